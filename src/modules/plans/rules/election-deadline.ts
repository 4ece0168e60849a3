/** ELECTION_DEADLINE: an obliged municipality's plan reaches the council within six months of the election. */
import type { PlanDocument } from '../../../contracts/plan-document.js';
import { isIsoDate } from '../plan-document-parser.js';
import { addMonthsClamped, ELECTION_DEADLINE_MONTHS } from '../preparation-timeline.js';
import { isObliged } from './population-duty.js';
import { at, type RuleChecker } from './rule-context.js';

const BASIS_TR = {
  submitted: 'meclise sunuş tarihi',
  decision: 'meclis karar tarihi',
  today: 'plan henüz sunulmadı, bugün',
};
const BASIS_EN = {
  submitted: 'submitted to the council on',
  decision: 'council decision dated',
  today: 'not submitted yet, today is',
};

export const electionDeadline: RuleChecker = {
  code: 'ELECTION_DEADLINE',
  severity: 'error',
  check({ doc, today }, report) {
    const missed = missedElectionDeadline(doc, today);
    if (!missed) return;
    const { path, judged, deadline, basis } = missed;
    const electionDate = doc.institution.electionDate ?? '';
    report.add(
      at.electionDeadline,
      path,
      `seçim tarihi ${electionDate}: plan en geç ${deadline} tarihine kadar meclise sunulmalı; ${BASIS_TR[basis]} ${judged}`,
      `election on ${electionDate}: the plan must reach the council by ${deadline}; ${BASIS_EN[basis]} ${judged}`,
    );
  },
};

/**
 * For an obliged municipality with a known election date: judged on the submission date, else
 * the council decision date, else today (a draft). Null when met.
 */
function missedElectionDeadline(
  doc: PlanDocument,
  today: string,
): { path: string; judged: string; deadline: string; basis: 'submitted' | 'decision' | 'today' } | null {
  const { institution, plan } = doc;
  if (institution.kind !== 'belediye' && institution.kind !== 'buyuksehir') return null;
  if (!isObliged(institution) || !institution.electionDate || !isIsoDate(institution.electionDate))
    return null;
  const deadline = addMonthsClamped(institution.electionDate, ELECTION_DEADLINE_MONTHS);
  const decisionDate = plan.councilDecision?.date;
  const judgedOn =
    plan.submittedToCouncil && isIsoDate(plan.submittedToCouncil)
      ? { path: 'plan.submittedToCouncil', judged: plan.submittedToCouncil, basis: 'submitted' as const }
      : decisionDate && isIsoDate(decisionDate)
        ? { path: 'plan.councilDecision.date', judged: decisionDate, basis: 'decision' as const }
        : { path: 'plan.submittedToCouncil', judged: today, basis: 'today' as const };
  return judgedOn.judged > deadline ? { ...judgedOn, deadline } : null;
}
