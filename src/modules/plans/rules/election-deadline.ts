/** ELECTION_DEADLINE: an obliged municipality's plan reaches the council within six months of the election. */
import type { PlanDocument } from '../../../contracts/plan-document.js';
import { daysInMonth, isIsoDate } from '../plan-document-parser.js';
import { isObliged } from './population-duty.js';
import { at, type RuleChecker } from './rule-context.js';

/** ELECTION_DEADLINE: the plan goes to the council within six months after the election. */
export const ELECTION_DEADLINE_MONTHS = 6;

/**
 * Adds calendar months to a YYYY-MM-DD date, clamping to the last day of the month reached:
 * 2019-08-31 + 6 → 2020-02-29, 2018-08-31 + 6 → 2019-02-28.
 */
export function addMonthsClamped(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const [year, month, day] = isoDate.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${pad2(newMonth)}-${pad2(newDay)}`;
}

export const electionDeadline: RuleChecker = {
  code: 'ELECTION_DEADLINE',
  severity: 'error',
  check({ doc, today }, report) {
    const missed = missedElectionDeadline(doc, today);
    if (!missed) return;
    const { path, judged, deadline, basis } = missed;
    const electionDate = doc.institution.electionDate ?? '';
    report.add(at.electionDeadline, path, 'ELECTION_DEADLINE', {
      election: electionDate,
      deadline,
      basis,
      judged,
    });
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

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
