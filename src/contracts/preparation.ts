/**
 * The legal timeline of a plan's preparation (planning-cycle.md 1): a municipality bound by Law
 * 5393 art. 41 takes its plan to the council within six months of the local election
 * (ELECTION_DEADLINE), and the plan is published in the first week of its first year.
 */

/** Why the election deadline does not bind an institution. */
export type DeadlineExemption = 'kind' | 'population' | 'no-election-date';

/** What the lateness of a plan is judged on: its submission, else the council decision, else today. */
export type DeadlineBasis = 'submitted' | 'decision' | 'today';

export interface PreparationTimeline {
  /** Does the election deadline bind this institution? */
  applies: boolean;
  /** When it does not: a union or a city council, a municipality under 50,000, no election date. */
  exemption: DeadlineExemption | null;
  electionDate: string | null;
  /** Six calendar months after the election (YYYY-MM-DD), or null when it does not apply. */
  deadline: string | null;
  /** The date the plan is judged on and why. */
  judgedOn: { basis: DeadlineBasis; date: string } | null;
  /** Days from today to the deadline while the plan is not yet submitted and not late (0 on the day). */
  daysRemaining: number | null;
  /** Days past the deadline of the judged date, when the plan is (or was) late. */
  daysLate: number | null;
  firstPlanYear: number;
  /** The first week of January of the first plan year, when the plan is published. */
  publicationWeek: { from: string; to: string };
}
