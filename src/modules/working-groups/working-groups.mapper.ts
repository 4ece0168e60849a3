import { COUNCIL_TEXTS } from '../../common/messages/council-texts.js';
import type { Lang } from '../../contracts/validation.js';
import type {
  CouncilIssue,
  CouncilMemberResponse,
  ElectionResponse,
  GroupResponse,
  GroupSummaryResponse,
  MeetingResponse,
  PersonRef,
  PublicCouncilResponse,
  RecommendationResponse,
  StepResponse,
} from '../../contracts/working-groups.js';
import type { CouncilMember } from './council-member.entity.js';
import type { CouncilRecommendation } from './council-recommendation.entity.js';
import type { WorkingGroupElection } from './working-group-election.entity.js';
import type { WorkingGroupMeeting } from './working-group-meeting.entity.js';
import type { WorkingGroup } from './working-group.entity.js';
import {
  MIN_FOUNDERS,
  managersOfSeveralGroups,
  monthsWithoutMeeting,
  nextStage,
  type Holder,
} from './working-group-rules.js';
import type { CouncilRows } from './working-groups.repository.js';

/** A council's rows indexed for the answers: who is who, each group's rows. */
export class CouncilView {
  private readonly memberById: Map<string, CouncilMember>;
  private readonly boardIds: Set<string>;
  private readonly meetingsByGroup: Map<string, WorkingGroupMeeting[]>;
  private readonly electionsByGroup: Map<string, WorkingGroupElection[]>;

  constructor(
    readonly rows: CouncilRows,
    readonly today: string,
    readonly lang: Lang,
  ) {
    this.memberById = new Map(rows.members.map((member) => [member.id, member]));
    this.boardIds = new Set(rows.board.map((row) => row.memberId));
    this.meetingsByGroup = byGroup(rows.meetings);
    this.electionsByGroup = byGroup(rows.elections);
  }

  member(id: string): CouncilMember | undefined {
    return this.memberById.get(id);
  }

  /** A member's name, or the id of one no longer stored. */
  nameOf(id: string): string {
    return this.memberById.get(id)?.name ?? id;
  }

  person(id: string): PersonRef {
    return { id, name: this.nameOf(id) };
  }

  toMember(row: CouncilMember): CouncilMemberResponse {
    return {
      id: row.id,
      name: row.name,
      represents: row.represents,
      contact: row.contact,
      userId: row.userId,
      activeFrom: row.activeFrom,
      activeTo: row.activeTo,
      onBoard: this.boardIds.has(row.id),
      version: row.version,
    };
  }

  /** The executive board's members, in the members' order (by name). */
  boardMembers(): CouncilMember[] {
    return this.rows.members.filter((member) => this.boardIds.has(member.id));
  }

  groupMemberIds(groupId: string, foundersOnly = false): string[] {
    return this.rows.groupMembers
      .filter((row) => row.groupId === groupId && (!foundersOnly || row.founder))
      .map((row) => row.memberId);
  }

  elections(groupId: string): WorkingGroupElection[] {
    return this.electionsByGroup.get(groupId) ?? [];
  }

  /** The election whose term runs, if any. */
  currentElection(groupId: string): WorkingGroupElection | undefined {
    return this.elections(groupId).find((row) => row.termEnd === null);
  }

  meetings(groupId: string): WorkingGroupMeeting[] {
    return this.meetingsByGroup.get(groupId) ?? [];
  }

  recommendations(groupId: string): CouncilRecommendation[] {
    return this.rows.recommendations.filter((row) => row.groupId === groupId);
  }

  steps(recommendationId: string): StepResponse[] {
    return this.rows.steps
      .filter((row) => row.recommendationId === recommendationId)
      .map(({ stage, date, decision, note }) => ({ stage, date, decision, note }));
  }

  /** Who chairs or manages which group now: the running terms of the active groups. */
  holders(): Holder[] {
    const active = new Set(
      this.rows.groups.filter((group) => group.state === 'active').map((group) => group.id),
    );
    return this.rows.elections
      .filter((row) => row.termEnd === null && active.has(row.groupId))
      .flatMap((row) =>
        [row.chairId, ...row.managerIds].map((memberId) => ({ memberId, groupId: row.groupId })),
      );
  }

  toElection(row: WorkingGroupElection): ElectionResponse {
    return {
      id: row.id,
      date: row.date,
      present: row.presentIds.map((id) => this.person(id)),
      votes: row.votes,
      chair: this.person(row.chairId),
      managers: row.managerIds.map((id) => this.person(id)),
      termEnd: row.termEnd,
    };
  }

  toMeeting(row: WorkingGroupMeeting): MeetingResponse {
    return {
      id: row.id,
      date: row.date,
      place: row.place,
      agenda: row.agenda,
      attendance: row.attendanceIds.map((id) => this.person(id)),
      decisions: row.decisions,
    };
  }

  toRecommendation(row: CouncilRecommendation): RecommendationResponse {
    const steps = this.steps(row.id);
    const next = nextStage(steps);
    return {
      id: row.id,
      groupId: row.groupId,
      groupName: this.rows.groups.find((group) => group.id === row.groupId)?.name ?? '',
      meetingId: row.meetingId,
      title: row.title,
      text: row.text,
      planId: row.linkedPlanId,
      planCode: row.linkedCode,
      closed: next === null,
      nextStage: next,
      steps,
      reply:
        row.replyText === null || row.replyDate === null
          ? null
          : { text: row.replyText, date: row.replyDate, by: row.replyBy ?? '' },
      version: row.version,
    };
  }

  /** The findings of one group: too few founders of a proposal, the months an active group did not meet. */
  groupIssues(group: WorkingGroup): CouncilIssue[] {
    const issues: CouncilIssue[] = [];
    const founders = this.groupMemberIds(group.id, true).length;
    if (group.state === 'proposed' && founders < MIN_FOUNDERS) {
      issues.push({
        code: 'WG_FOUNDERS',
        severity: 'error',
        groupId: group.id,
        month: null,
        message: COUNCIL_TEXTS['WG_FOUNDERS.finding'][this.lang]({ group: group.name, count: founders }),
      });
    }
    const dates = this.meetings(group.id).map((meeting) => meeting.date);
    for (const month of monthsWithoutMeeting(group, dates, this.today)) {
      issues.push({
        code: 'WG_MONTHLY_MEETING',
        severity: 'warning',
        groupId: group.id,
        month,
        message: COUNCIL_TEXTS.WG_MONTHLY_MEETING[this.lang]({ group: group.name, month }),
      });
    }
    return issues;
  }

  /** The council's findings: every group's, and each person holding posts in several groups. */
  councilIssues(): CouncilIssue[] {
    const groupName = (id: string): string => this.rows.groups.find((group) => group.id === id)?.name ?? id;
    const several = managersOfSeveralGroups(this.holders()).map(({ memberId, groupIds }): CouncilIssue => ({
      code: 'WG_ONE_GROUP_PER_MANAGER',
      severity: 'error',
      groupId: null,
      month: null,
      message: COUNCIL_TEXTS['WG_ONE_GROUP_PER_MANAGER.finding'][this.lang]({
        name: this.nameOf(memberId),
        groups: groupIds.map(groupName).join(', '),
      }),
    }));
    return [...this.rows.groups.flatMap((group) => this.groupIssues(group)), ...several];
  }

  toSummary(group: WorkingGroup): GroupSummaryResponse {
    const election = this.currentElection(group.id);
    const meetings = this.meetings(group.id);
    return {
      id: group.id,
      name: group.name,
      state: group.state,
      proposedOn: group.proposedOn,
      decisionDate: group.decisionDate,
      chair: election ? this.person(election.chairId) : null,
      managers: election ? election.managerIds.map((id) => this.person(id)) : [],
      memberCount: this.groupMemberIds(group.id).length,
      meetingCount: meetings.length,
      lastMeeting: meetings.at(-1)?.date ?? null,
      warnings: this.groupIssues(group).length,
    };
  }

  toGroup(group: WorkingGroup): GroupResponse {
    const election = this.currentElection(group.id);
    return {
      id: group.id,
      name: group.name,
      aim: group.aim,
      scope: group.scope,
      duration: group.duration,
      workPlan: group.workPlan,
      state: group.state,
      proposedOn: group.proposedOn,
      decisionDate: group.decisionDate,
      decisionNumber: group.decisionNumber,
      closedOn: group.closedOn,
      closeReason: group.closeReason,
      founders: this.groupMemberIds(group.id, true).map((id) => this.person(id)),
      members: this.groupMemberIds(group.id).map((id) => this.person(id)),
      chair: election ? this.person(election.chairId) : null,
      managers: election ? election.managerIds.map((id) => this.person(id)) : [],
      elections: this.elections(group.id).map((row) => this.toElection(row)),
      meetings: this.meetings(group.id).map((row) => this.toMeeting(row)),
      recommendations: this.recommendations(group.id).map((row) => this.toRecommendation(row)),
      issues: this.groupIssues(group),
      version: group.version,
    };
  }

  /** The public page: active groups, names only (no contact), meetings' decisions, recommendations. */
  toPublic(institution: { id: string; name: string }): PublicCouncilResponse {
    return {
      institutionId: institution.id,
      institution: institution.name,
      groups: this.rows.groups
        .filter((group) => group.state === 'active')
        .map((group) => {
          const election = this.currentElection(group.id);
          return {
            id: group.id,
            name: group.name,
            aim: group.aim,
            chair: election ? this.nameOf(election.chairId) : null,
            managers: election ? election.managerIds.map((id) => this.nameOf(id)) : [],
            meetings: this.meetings(group.id).map(({ date, decisions }) => ({ date, decisions })),
            recommendations: this.recommendations(group.id).map((row) => {
              const steps = this.steps(row.id);
              return { title: row.title, text: row.text, closed: nextStage(steps) === null, steps };
            }),
          };
        }),
    };
  }
}

/** Rows by their group, each list in the rows' order. */
function byGroup<T extends { groupId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.groupId);
    if (list === undefined) groups.set(row.groupId, [row]);
    else list.push(row);
  }
  return groups;
}
