/**
 * The rules of domain.md section 5 on a structurally valid plan document
 * (plan-document-parser.ts checks the structure first). Errors block submit and approve,
 * warnings inform. Pure: no framework, no I/O. Each rule code is one checker in rules/.
 *
 * UPDATE_RULES is not checked here: it compares a plan version with the one it updates, so it
 * is checked where versions are made.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, RuleCode, ValidationIssue, ValidationResponse } from '../../contracts/validation.js';
import { ruleMessage } from '../../common/messages/rule-messages.js';
import { isIsoDate } from './plan-document-parser.js';
import { RULE_CHECKERS } from './rules/index.js';
import { comparePositions, ruleContext, type Position } from './rules/rule-context.js';

export { needsDeviationReason } from './rules/deviation-reason.js';
export { addMonthsClamped, ELECTION_DEADLINE_MONTHS } from './preparation-timeline.js';
export { PLAN_YEARS } from './rules/plan-period.js';
export { isObliged, OBLIGED_POPULATION } from './rules/population-duty.js';

export interface ValidatePlanOptions {
  /** Today's date (YYYY-MM-DD): ELECTION_DEADLINE judges a draft on it. */
  today: string;
  lang?: Lang;
  /** Check only these rules (default: all); e.g. ['DEVIATION_REASON'] after a value entry. */
  scope?: readonly RuleCode[];
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Every rule of domain.md section 5 (but UPDATE_RULES) that the document breaks, in document
 * order: institution, units, plan header, costing, then each aim, target and indicator.
 */
export function validatePlan(doc: PlanDocument, options: ValidatePlanOptions): ValidationIssue[] {
  if (!isIsoDate(options.today))
    throw new RangeError(`options.today is not a YYYY-MM-DD date: ${options.today}`);
  const lang = options.lang ?? 'tr';
  const context = ruleContext(doc, options.today, lang);
  const found: Array<{ position: Position; issue: ValidationIssue }> = [];
  for (const checker of RULE_CHECKERS) {
    if (options.scope && !options.scope.includes(checker.code)) continue;
    const { code, severity } = checker;
    checker.check(context, {
      add(position, path, key, params) {
        found.push({ position, issue: { code, severity, path, message: ruleMessage(key, params, lang) } });
      },
    });
  }
  // A stable sort: issues at one position keep the order their checker found them in.
  return found.sort((a, b) => comparePositions(a.position, b.position)).map(({ issue }) => issue);
}

/** GET …/validation's answer from a validation of the plan (also the target card's, after a save). */
export function validationResponse(planId: string, issues: ValidationIssue[]): ValidationResponse {
  return {
    planId,
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
    issues,
  };
}
