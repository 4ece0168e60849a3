/**
 * The legal timeline of a plan's preparation (planning-cycle.md 1), pure and shared by the server
 * and the client: the election deadline of Law 5393 art. 41 and how many days remain or how late
 * the plan is, the first plan year and the publication week. ELECTION_DEADLINE, the plan page, the
 * start screen ("Yeni plan", as the user types) and the plan book all read it, so they state one
 * deadline and one count of days.
 */
import type { InstitutionDoc, PlanDoc } from './plan-document.js';
import type { DeadlineBasis, PreparationTimeline } from './preparation.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** ELECTION_DEADLINE: the plan goes to the council within six months after the election. */
export const ELECTION_DEADLINE_MONTHS = 6;

/** POPULATION_DUTY: Law 5393 art. 41 obliges municipalities of 50,000 or more (exactly 50,000 too). */
export const OBLIGED_POPULATION = 50000;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `text` a real calendar date written YYYY-MM-DD (2025-02-30 is not)? */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Year 0000 is no year of PostgreSQL's calendar (1 BC precedes AD 1): storing it fails.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days of a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Must this institution make a strategic plan? Metropolitan municipalities always,
 * municipalities of 50,000 or more (or of unknown population), nobody else.
 */
export function isObliged(institution: Pick<InstitutionDoc, 'kind' | 'population'>): boolean {
  if (institution.kind === 'buyuksehir') return true;
  if (institution.kind !== 'belediye') return false;
  const population = institution.population;
  return population === undefined || population === null || population >= OBLIGED_POPULATION;
}

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

/** A YYYY-MM-DD date moved by whole days (calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
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
