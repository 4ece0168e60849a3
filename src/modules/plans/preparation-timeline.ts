/**
 * The legal timeline of a plan's preparation (planning-cycle.md 1): the pure computation is in
 * src/contracts/preparation-timeline.ts (shared with the client); this maps a stored plan to it.
 */
import type { InstitutionDoc } from '../../contracts/plan-document.js';
import type { PreparationTimeline } from '../../contracts/preparation.js';
import { preparationTimeline } from '../../contracts/preparation-timeline.js';

// The pure timeline lives in src/contracts/ so the client's start screen computes the same one.
export {
  addDays,
  addMonthsClamped,
  daysBetween,
  ELECTION_DEADLINE_MONTHS,
  preparationTimeline,
} from '../../contracts/preparation-timeline.js';

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
