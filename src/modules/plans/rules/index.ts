/**
 * The registry of the rules of domain.md section 5 that validatePlan runs, one checker per rule
 * code. A new rule is a new file here and a line in RULE_CHECKERS. UPDATE_RULES is not among
 * them: it compares a plan version with the one it updates (plan-updates.ts).
 */
import { analysisLink } from './analysis-link.js';
import { codePrefix } from './code-prefix.js';
import { costBalance } from './cost-balance.js';
import { councilDecision } from './council-decision.js';
import { deviationReason } from './deviation-reason.js';
import { electionDeadline } from './election-deadline.js';
import { planPeriod } from './plan-period.js';
import { needUnanswered } from './need-unanswered.js';
import { populationDuty } from './population-duty.js';
import type { RuleChecker } from './rule-context.js';
import { responsibleUnit } from './responsible-unit.js';
import { targetDirection } from './target-direction.js';
import { targetHasIndicator } from './target-has-indicator.js';
import { targetWithoutNeed } from './target-without-need.js';
import { weightsSum } from './weights-sum.js';

/** In the order of domain.md section 5; issues are listed in document order whatever this order. */
export const RULE_CHECKERS: readonly RuleChecker[] = [
  planPeriod,
  electionDeadline,
  populationDuty,
  councilDecision,
  targetHasIndicator,
  weightsSum,
  codePrefix,
  responsibleUnit,
  targetDirection,
  costBalance,
  deviationReason,
  analysisLink,
  needUnanswered,
  targetWithoutNeed,
];
