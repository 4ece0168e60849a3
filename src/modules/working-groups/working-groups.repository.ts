import type { EntityManager } from 'typeorm';
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
  const where = { institutionId };
  // One after the other: inside a transaction they share one connection anyway.
  const members = await manager.find(CouncilMember, { where, order: { name: 'ASC', id: 'ASC' } });
  const board = await manager.find(CouncilBoardMember, { where, order: { createdAt: 'ASC', id: 'ASC' } });
  const groups = await manager.find(WorkingGroup, { where, order: { proposedOn: 'ASC', name: 'ASC' } });
  const groupMembers = await manager.find(WorkingGroupMember, {
    where,
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const elections = await manager.find(WorkingGroupElection, {
    where,
    order: { date: 'ASC', createdAt: 'ASC' },
  });
  const meetings = await manager.find(WorkingGroupMeeting, {
    where,
    order: { date: 'ASC', createdAt: 'ASC' },
  });
  const recommendations = await manager.find(CouncilRecommendation, {
    where,
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const steps = await manager.find(CouncilRecommendationStep, { where, order: { position: 'ASC' } });
  return { members, board, groups, groupMembers, elections, meetings, recommendations, steps };
}
