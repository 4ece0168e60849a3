import type { PreparationStepResponse, TeamMemberResponse } from '../../contracts/preparation.js';
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
