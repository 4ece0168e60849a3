import type { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import { CouncilBoardMember } from './council-board-member.entity.js';
import { CouncilMember } from './council-member.entity.js';
import { CouncilRecommendationStep } from './council-recommendation-step.entity.js';
import { CouncilRecommendation } from './council-recommendation.entity.js';
import { WorkingGroupElection } from './working-group-election.entity.js';
import { WorkingGroupMeeting } from './working-group-meeting.entity.js';
import { WorkingGroupMember } from './working-group-member.entity.js';
import { WorkingGroup } from './working-group.entity.js';

/** Every row of a city council's working groups, in the orders the pages show them. */
export interface CouncilRows {
  members: CouncilMember[];
  board: CouncilBoardMember[];
  groups: WorkingGroup[];
  groupMembers: WorkingGroupMember[];
  elections: WorkingGroupElection[];
  meetings: WorkingGroupMeeting[];
  recommendations: CouncilRecommendation[];
  steps: CouncilRecommendationStep[];
}

/** Reads a council's rows at once (one query per table): the pages, the validation and the exports build on them. */
export async function loadCouncil(manager: EntityManager, institutionId: string): Promise<CouncilRows> {
  const all = <T extends { institutionId: string }>(
    entity: EntityTarget<T>,
    order: FindOptionsOrder<T>,
  ): Promise<T[]> => manager.find(entity, { where: { institutionId } as FindOptionsWhere<T>, order });
  // One after the other: inside a transaction they share one connection anyway.
  return {
    members: await all(CouncilMember, { name: 'ASC', id: 'ASC' }),
    board: await all(CouncilBoardMember, { createdAt: 'ASC', id: 'ASC' }),
    groups: await all(WorkingGroup, { proposedOn: 'ASC', name: 'ASC' }),
    groupMembers: await all(WorkingGroupMember, { createdAt: 'ASC', id: 'ASC' }),
    elections: await all(WorkingGroupElection, { date: 'ASC', createdAt: 'ASC' }),
    meetings: await all(WorkingGroupMeeting, { date: 'ASC', createdAt: 'ASC' }),
    recommendations: await all(CouncilRecommendation, { createdAt: 'ASC', id: 'ASC' }),
    steps: await all(CouncilRecommendationStep, { position: 'ASC' }),
  };
}
