/**
 * The rules of a plan's preparation programme (planning-cycle.md 1), pure: the default steps and
 * their dates, when a step is late, what a step's dates and status must satisfy, and the order of
 * a list after a move.
 */
import type { PreparationTimeline, StepStatus } from '../../contracts/preparation.js';
import { addDays, addMonthsClamped, daysBetween } from '../plans/preparation-timeline.js';

/** The steps of planning-cycle.md 1 in order; Farklılaşma stratejisi is optional in the guide. */
export const DEFAULT_STEP_TITLES = [
  'Hazırlık programı',
  'Durum analizi',
  'Geleceğe bakış (misyon, vizyon, temel değerler)',
  'Farklılaşma stratejisi (isteğe bağlı)',
  'Strateji geliştirme (amaçlar, hedefler, göstergeler, maliyetler)',
  'İzleme ve değerlendirme düzeni',
  'Meclise sunuş',
  'Yayım',
] as const;

/** For an institution the election deadline does not bind: the preparation spans six months. */
export const UNBOUND_SPAN_MONTHS = 6;

export interface StepDates {
  title: string;
  startDate: string;
  dueDate: string;
}

export { addDays };

/**
 * The span the default steps fill: from the election date (else today) to the election deadline;
 * for an institution not bound by the deadline, six months from today.
 */
export function preparationSpan(
  timeline: Pick<PreparationTimeline, 'applies' | 'deadline' | 'electionDate'>,
  today: string,
): { from: string; to: string } {
  if (timeline.applies && timeline.deadline !== null)
    return { from: timeline.electionDate ?? today, to: timeline.deadline };
  return { from: today, to: addMonthsClamped(today, UNBOUND_SPAN_MONTHS) };
}

/**
 * The default steps with their dates: every step but the last shares the span in equal parts, one
 * after the other (each due the day before the next starts, the council submission due on the
 * span's last day); Yayım takes the publication week of the first plan year.
 */
export function defaultSteps(
  span: { from: string; to: string },
  publicationWeek: { from: string; to: string },
): StepDates[] {
  const spread = DEFAULT_STEP_TITLES.length - 1;
  const days = Math.max(0, daysBetween(span.from, span.to));
  const starts = Array.from({ length: spread }, (_, index) =>
    addDays(span.from, Math.floor((index * days) / spread)),
  );
  const steps = starts.map((startDate, index) => {
    const next = index + 1 < spread ? addDays(starts[index + 1], -1) : span.to;
    return {
      title: DEFAULT_STEP_TITLES[index],
      startDate,
      dueDate: next < startDate ? startDate : next,
    };
  });
  return [
    ...steps,
    { title: DEFAULT_STEP_TITLES[spread], startDate: publicationWeek.from, dueDate: publicationWeek.to },
  ];
}

/** Late: not done and due before today (both Istanbul calendar dates); lateDays counts the days past. */
export function stepLateness(
  step: { status: StepStatus; dueDate: string },
  today: string,
): { late: boolean; lateDays: number } {
  if (step.status === 'done' || step.dueDate >= today) return { late: false, lateDays: 0 };
  return { late: true, lateDays: daysBetween(step.dueDate, today) };
}

/** A problem of a step's fields, at the request path it concerns. */
export interface StepProblem {
  path: 'dueDate' | 'doneDate';
  code: 'DATE_ORDER' | 'PREP_DONE_DATE';
}

/**
 * A step's dates and status as they would be stored: the due date is not before the start, and a
 * done date is given exactly when the step is done.
 */
export function stepProblems(step: {
  startDate: string;
  dueDate: string;
  status: StepStatus;
  doneDate: string | null;
}): StepProblem[] {
  const problems: StepProblem[] = [];
  if (step.dueDate < step.startDate) problems.push({ path: 'dueDate', code: 'DATE_ORDER' });
  if ((step.status === 'done') !== (step.doneDate !== null))
    problems.push({ path: 'doneDate', code: 'PREP_DONE_DATE' });
  return problems;
}

export { moveTo } from '../../database/ordered-rows.js';
