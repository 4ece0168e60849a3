import type {
  PreparationStepResponse,
  PreparationTimeline,
  TeamMemberResponse,
} from '../../contracts/preparation.js';
import type { Institution } from '../institutions/institution.entity.js';
import type { Plan } from '../plans/plan.entity.js';
import { preparationTimeline } from '../plans/preparation-timeline.js';
import type { PreparationStep } from './preparation-step.entity.js';
import type { PreparationTeamMember } from './preparation-team-member.entity.js';
import { stepLateness } from './preparation-steps.js';

/** A team member with its user and unit loaded: a user's name is the account's current one. */
export function toTeamMemberResponse(member: PreparationTeamMember): TeamMemberResponse {
  return {
    id: member.id,
    userId: member.userId,
    name: member.user?.name ?? member.name,
    title: member.title,
    role: member.role,
    unitCode: member.unit?.code ?? null,
    position: member.position,
    version: member.version,
  };
}

/** A step as the API answers it, with its lateness on `today` (Istanbul). */
export function toStepResponse(step: PreparationStep, today: string): PreparationStepResponse {
  return {
    id: step.id,
    title: step.title,
    ownerId: step.ownerId,
    startDate: step.startDate,
    dueDate: step.dueDate,
    status: step.status,
    doneDate: step.doneDate,
    position: step.position,
    ...stepLateness(step, today),
    version: step.version,
  };
}

/** The plan's legal timeline, judged as PlanResponse.preparation judges it. */
export function toPreparationTimeline(
  plan: Plan,
  institution: Pick<Institution, 'kind'>,
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
