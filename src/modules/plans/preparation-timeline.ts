/**
 * The legal timeline of a plan's preparation (planning-cycle.md 1), pure: the election deadline
 * of Law 5393 art. 41 and how many days remain or how late the plan is, the first plan year and
 * the publication week. ELECTION_DEADLINE, the plan page, the start screen and the plan book all
 * read it, so they state one deadline and one count of days.
 */
import type { InstitutionDoc, PlanDoc } from '../../contracts/plan-document.js';
import type { DeadlineBasis, PreparationTimeline } from '../../contracts/preparation.js';
import { daysInMonth, isIsoDate } from './plan-document-parser.js';
import { isObliged } from './rules/population-duty.js';

const DAY_MS = 24 * 60 * 60 * 1000;

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

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string): number => {
    const [year, month, day] = iso.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * The timeline of a plan of an institution, judged on `today` (YYYY-MM-DD, Europe/Istanbul).
 * The lateness is judged on the submission date, else the council decision date, else today.
 */
export function preparationTimeline(
  institution: Pick<InstitutionDoc, 'kind' | 'population' | 'electionDate'>,
  plan: Pick<PlanDoc, 'startYear' | 'submittedToCouncil' | 'councilDecision'>,
  today: string,
): PreparationTimeline {
  const common = {
    electionDate:
      institution.electionDate && isIsoDate(institution.electionDate) ? institution.electionDate : null,
    firstPlanYear: plan.startYear,
    publicationWeek: { from: `${plan.startYear}-01-01`, to: `${plan.startYear}-01-07` },
  };
  const exemption =
    institution.kind !== 'belediye' && institution.kind !== 'buyuksehir'
      ? ('kind' as const)
      : !isObliged(institution)
        ? ('population' as const)
        : common.electionDate === null
          ? ('no-election-date' as const)
          : null;
  if (exemption !== null || common.electionDate === null) {
    return {
      ...common,
      applies: false,
      exemption: exemption ?? 'no-election-date',
      deadline: null,
      judgedOn: null,
      daysRemaining: null,
      daysLate: null,
    };
  }
  const deadline = addMonthsClamped(common.electionDate, ELECTION_DEADLINE_MONTHS);
  const judgedOn = judgedDate(plan, today);
  const late = daysBetween(deadline, judgedOn.date);
  return {
    ...common,
    applies: true,
    exemption: null,
    deadline,
    judgedOn,
    daysRemaining: judgedOn.basis === 'today' && late <= 0 ? 0 - late : null,
    daysLate: late > 0 ? late : null,
  };
}

function judgedDate(
  plan: Pick<PlanDoc, 'submittedToCouncil' | 'councilDecision'>,
  today: string,
): { basis: DeadlineBasis; date: string } {
  if (plan.submittedToCouncil && isIsoDate(plan.submittedToCouncil))
    return { basis: 'submitted', date: plan.submittedToCouncil };
  const decision = plan.councilDecision?.date;
  if (decision && isIsoDate(decision)) return { basis: 'decision', date: decision };
  return { basis: 'today', date: today };
}

/** The columns of a stored plan the timeline reads (a Plan entity has them all). */
export interface StoredPlanDates {
  startYear: number;
  population: number | null;
  electionDate: string | null;
  submittedToCouncil: string | null;
  councilDecisionDate: string | null;
  councilDecisionNumber: string | null;
}

/** `preparationTimeline` of a stored plan: the one mapping of its columns, for PlanResponse and the programme. */
export function storedPlanTimeline(
  plan: StoredPlanDates,
  institution: Pick<InstitutionDoc, 'kind'>,
  today: string,
): PreparationTimeline {
  return preparationTimeline(
    {
      kind: institution.kind,
      population: plan.population ?? undefined,
      electionDate: plan.electionDate ?? undefined,
    },
    {
      startYear: plan.startYear,
      submittedToCouncil: plan.submittedToCouncil ?? undefined,
      councilDecision: plan.councilDecisionDate
        ? { date: plan.councilDecisionDate, number: plan.councilDecisionNumber ?? '' }
        : undefined,
    },
    today,
  );
}
