/**
 * The plan's lifecycle of domain.md 6: taslak → meclis onayında (submitted to the council, with
 * the date) → yürürlükte (council decision date and number) → kapandı. One step at a time; the
 * only way back is `withdraw`, meclis onayında → taslak (the plan comes back from the council to
 * be changed: its content is locked while the council has it, plan-content-lock.ts). Each step's
 * date may not precede the previous step's. Pure: no framework, no I/O.
 * The plan rules (COUNCIL_DECISION, ELECTION_DEADLINE, …) are checked by the plan editor after
 * the step, on the plan as it would then be.
 */
import type { PlanStatus } from '../../contracts/plan-document.js';
import type { PlanHeading, PlanLifecycleAction } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { isIsoDate } from './plan-document-parser.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

/** Each action moves the plan from exactly one status to the next. */
export const LIFECYCLE_TRANSITIONS: Readonly<
  Record<PlanLifecycleAction, { from: PlanStatus; to: PlanStatus }>
> = {
  submit: { from: 'taslak', to: 'meclis-onayinda' },
  enact: { from: 'meclis-onayinda', to: 'yururlukte' },
  close: { from: 'yururlukte', to: 'kapandi' },
  withdraw: { from: 'meclis-onayinda', to: 'taslak' },
};

export type LifecycleStep =
  | { action: 'submit'; date: string }
  | { action: 'enact'; date: string; number: string }
  | { action: 'close'; date: string }
  | { action: 'withdraw'; date: string };

/** The plan as the lifecycle sees it: its effective status and the dates of earlier steps. */
export interface LifecyclePlan {
  status: PlanStatus;
  submittedToCouncil: string | null;
  councilDecisionDate: string | null;
}

/** The plan columns a step sets; the status is always stored, never left to be derived. */
export interface LifecycleChanges {
  status: PlanStatus;
  /** null: a withdrawn plan has no submission until it is submitted again. */
  submittedToCouncil?: string | null;
  councilDecisionDate?: string;
  councilDecisionNumber?: string;
  /** The closing date, kept on the plan. */
  closedOn?: string;
}

export type LifecycleOutcome =
  | { ok: true; changes: LifecycleChanges }
  /** 409: the plan is not in the status the action starts from. */
  | { ok: false; code: 'PLAN_STATUS'; message: string }
  /** 400: the step's date precedes the previous step's. */
  | { ok: false; code: 'DATE_ORDER'; path: 'date'; message: string };

/** What a plan's status follows from: a stored plan row, or a plan document's council dates. */
export interface PlanStatusFacts {
  status?: PlanStatus | null;
  submittedToCouncil?: string | null;
  councilDecisionDate?: string | null;
  councilDecisionNumber?: string | null;
}

/**
 * The status a plan is in: its stored status, else what its council dates say (a decision date
 * and number: yürürlükte; a submission date: meclis onayında; nothing: taslak).
 */
export function effectiveStatus(plan: PlanStatusFacts): PlanStatus {
  if (plan.status) return plan.status;
  if (plan.councilDecisionDate && plan.councilDecisionNumber) return 'yururlukte';
  if (plan.submittedToCouncil) return 'meclis-onayinda';
  return 'taslak';
}

/**
 * A plan whose last year is over and that was never closed: it reads "süresi doldu — kapatılmadı"
 * rather than its stored status until a planner closes it. `year` is today's year in Istanbul.
 */
export function isExpired(plan: { endYear: number }, status: PlanStatus, year: number): boolean {
  return status !== 'kapandi' && year > plan.endYear;
}

/**
 * How every answer naming a plan heads it: its status in effect, and whether it expired as of
 * `year` (today's year in Istanbul).
 */
export function planHeading(
  plan: PlanStatusFacts & { id: string; title: string; startYear: number; endYear: number },
  year: number,
): PlanHeading {
  const status = effectiveStatus(plan);
  return {
    id: plan.id,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    status,
    expired: isExpired(plan, status, year),
  };
}

/**
 * The changes one lifecycle step makes, or why it cannot be taken. Dates must be YYYY-MM-DD
 * (callers validate input first; anything else is a programming error and throws).
 */
export function planTransition(
  plan: LifecyclePlan,
  step: LifecycleStep,
  lang: Lang = 'tr',
): LifecycleOutcome {
  if (!isIsoDate(step.date)) throw new RangeError(`not a YYYY-MM-DD date: ${step.date}`);
  const { from, to } = LIFECYCLE_TRANSITIONS[step.action];
  if (plan.status !== from) {
    return {
      ok: false,
      code: 'PLAN_STATUS',
      message: detailMessage(
        'PLAN_STATUS.lifecycle',
        { status: plan.status, from, action: step.action },
        lang,
      ),
    };
  }
  const order = checkOrder(plan, step, lang);
  if (order) return { ok: false, code: 'DATE_ORDER', path: 'date', message: order };
  switch (step.action) {
    case 'submit':
      return { ok: true, changes: { status: to, submittedToCouncil: step.date } };
    case 'enact':
      // A blank number is stored blank: COUNCIL_DECISION then refuses it with its own message.
      return {
        ok: true,
        changes: { status: to, councilDecisionDate: step.date, councilDecisionNumber: step.number.trim() },
      };
    case 'close':
      return { ok: true, changes: { status: to, closedOn: step.date } };
    case 'withdraw':
      // The submission is undone; submitting again records the new date (ELECTION_DEADLINE is judged on it).
      return { ok: true, changes: { status: to, submittedToCouncil: null } };
  }
}

/** The message when the step's date precedes an earlier step's date, else null. */
function checkOrder(plan: LifecyclePlan, step: LifecycleStep, lang: Lang): string | null {
  const earlier: Array<{ date: string | null; before: 'submitted' | 'decided' }> =
    step.action === 'enact' || step.action === 'withdraw'
      ? [{ date: plan.submittedToCouncil, before: 'submitted' }]
      : step.action === 'close'
        ? [
            { date: plan.councilDecisionDate, before: 'decided' },
            { date: plan.submittedToCouncil, before: 'submitted' },
          ]
        : [];
  const broken = earlier.find((item) => item.date !== null && isIsoDate(item.date) && step.date < item.date);
  if (!broken || broken.date === null) return null;
  return detailMessage(
    'DATE_ORDER.lifecycle',
    { action: step.action, date: step.date, before: broken.before, beforeDate: broken.date },
    lang,
  );
}
