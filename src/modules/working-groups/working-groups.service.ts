import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { ErrorCode } from '../../contracts/error-codes.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import type {
  BoardResponse,
  CouncilMemberResponse,
  CouncilValidationResponse,
  GroupResponse,
  GroupSummaryResponse,
  PublicCouncilResponse,
  PublicCouncilSummary,
  RecommendationResponse,
} from '../../contracts/working-groups.js';
import {
  AppError,
  BadRequestError,
  ConflictError,
  institutionNotFound,
  NotFoundError,
  planNotFound,
} from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { COUNCIL_TEXTS } from '../../common/messages/council-texts.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import { currentLang } from '../../common/request-context.js';
import type { RequestUser } from '../../common/request-user.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import { AccessService } from '../auth/access.service.js';
import { Institution } from '../institutions/institution.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { CouncilBoardMember } from './council-board-member.entity.js';
import { CouncilMember } from './council-member.entity.js';
import { CouncilRecommendationStep } from './council-recommendation-step.entity.js';
import { CouncilRecommendation } from './council-recommendation.entity.js';
import type {
  BoardDto,
  CreateCouncilMemberDto,
  ElectionDto,
  GroupCloseDto,
  GroupDecisionDto,
  GroupMembersDto,
  MeetingDto,
  ProposeGroupDto,
  RecommendationDto,
  ReplyDto,
  StepDto,
  UpdateCouncilMemberDto,
} from './dto/working-groups.dto.js';
import { WorkingGroupElection } from './working-group-election.entity.js';
import { WorkingGroupMeeting } from './working-group-meeting.entity.js';
import { WorkingGroupMember } from './working-group-member.entity.js';
import {
  boardProblems,
  distinct,
  founderProblems,
  groupAllows,
  managerConflicts,
  quorumProblem,
  stateAfterDecision,
  stepProblem,
  type GroupAction,
} from './working-group-rules.js';
import { WorkingGroup } from './working-group.entity.js';
import { CouncilView } from './working-groups.mapper.js';
import { loadCouncil } from './working-groups.repository.js';

/** Roles that keep a council's members, groups, meetings and recommendations. */
const KEEPERS = new Set(['admin', 'secretariat']);

/** A council loaded for a use case: its institution and its rows as the answers see them. */
interface Council {
  institution: Institution;
  view: CouncilView;
}

/**
 * A city council's working groups (planning-cycle.md 7): members, board, groups, elections,
 * meetings and recommendations, each write checked against the directive's rules
 * (working-group-rules.ts) inside its transaction, so a refusal changes nothing.
 */
@Injectable()
export class WorkingGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async members(institutionId: string): Promise<CouncilMemberResponse[]> {
    const { view } = await this.council(this.dataSource.manager, institutionId);
    return view.rows.members.map((row) => view.toMember(row));
  }

  async addMember(institutionId: string, dto: CreateCouncilMemberDto): Promise<CouncilMemberResponse> {
    return this.write(institutionId, async (manager) => {
      const fields = {
        name: dto.name,
        represents: dto.represents ?? null,
        contact: dto.contact ?? null,
        userId: dto.userId ?? null,
        activeFrom: dto.activeFrom,
        activeTo: dto.activeTo ?? null,
      };
      await assertMemberFields(manager, institutionId, fields);
      const inserted = await manager.insert(CouncilMember, { ...fields, institutionId });
      return String(inserted.identifiers[0].id);
    }).then(({ view, id }) => view.toMember(findOr404(view.rows.members, id, 'COUNCIL_MEMBER_NOT_FOUND')));
  }

  async updateMember(
    institutionId: string,
    memberId: string,
    dto: UpdateCouncilMemberDto,
  ): Promise<CouncilMemberResponse> {
    return this.write(institutionId, async (manager, { view }) => {
      const row = findOr404(view.rows.members, memberId, 'COUNCIL_MEMBER_NOT_FOUND');
      await assertFreshVersion({ what: 'council-member', name: row.name }, row.version, dto.version, () =>
        Promise.resolve(view.toMember(row)),
      );
      const fields = {
        name: dto.name ?? row.name,
        represents: dto.represents === undefined ? row.represents : dto.represents,
        contact: dto.contact === undefined ? row.contact : dto.contact,
        userId: dto.userId === undefined ? row.userId : dto.userId,
        activeFrom: dto.activeFrom ?? row.activeFrom,
        activeTo: dto.activeTo === undefined ? row.activeTo : dto.activeTo,
      };
      await assertMemberFields(manager, institutionId, fields);
      await manager.update(CouncilMember, { id: row.id }, fields);
      return row.id;
    }).then(({ view, id }) => view.toMember(findOr404(view.rows.members, id, 'COUNCIL_MEMBER_NOT_FOUND')));
  }

  async board(institutionId: string): Promise<BoardResponse> {
    const { view } = await this.council(this.dataSource.manager, institutionId);
    return toBoard(view);
  }

  async replaceBoard(institutionId: string, dto: BoardDto): Promise<BoardResponse> {
    return this.write(institutionId, async (manager, { view }) => {
      const ids = distinct(dto.memberIds);
      assertActiveMembers(view, ids, 'memberIds', istanbulDate());
      await manager.delete(CouncilBoardMember, { institutionId });
      if (ids.length > 0) {
        await manager.insert(
          CouncilBoardMember,
          ids.map((memberId) => ({ institutionId, memberId })),
        );
      }
      return '';
    }).then(({ view }) => toBoard(view));
  }

  async groups(institutionId: string): Promise<GroupSummaryResponse[]> {
    const { view } = await this.council(this.dataSource.manager, institutionId);
    return view.rows.groups.map((group) => view.toSummary(group));
  }

  async group(institutionId: string, groupId: string): Promise<GroupResponse> {
    const { view } = await this.council(this.dataSource.manager, institutionId);
    return view.toGroup(findOr404(view.rows.groups, groupId, 'WORKING_GROUP_NOT_FOUND'));
  }

  async propose(institutionId: string, dto: ProposeGroupDto): Promise<GroupResponse> {
    return this.groupWrite(institutionId, null, null, async (manager, { view }) => {
      const active = activeMemberIds(view, dto.proposedOn);
      const problems = founderProblems(dto.founderIds, active);
      if (problems !== null) {
        const details: ErrorDetail[] = problems.notMembers.map((id) =>
          detail(
            `founderIds[${dto.founderIds.indexOf(id)}]`,
            'WG_FOUNDERS',
            COUNCIL_TEXTS['WG_FOUNDERS.notMember'],
            { id },
          ),
        );
        if (problems.tooFew) {
          details.push(
            detail('founderIds', 'WG_FOUNDERS', COUNCIL_TEXTS['WG_FOUNDERS.tooFew'], {
              count: problems.count,
            }),
          );
        }
        throw new BadRequestError('WG_FOUNDERS', { count: problems.count }, details);
      }
      const inserted = await manager.insert(WorkingGroup, {
        institutionId,
        name: dto.name,
        aim: dto.aim,
        scope: dto.scope,
        duration: dto.duration,
        workPlan: dto.workPlan,
        state: 'proposed',
        proposedOn: dto.proposedOn,
      });
      const groupId = String(inserted.identifiers[0].id);
      await manager.insert(
        WorkingGroupMember,
        distinct(dto.founderIds).map((memberId) => ({ institutionId, groupId, memberId, founder: true })),
      );
      return groupId;
    });
  }

  async addGroupMembers(
    institutionId: string,
    groupId: string,
    dto: GroupMembersDto,
  ): Promise<GroupResponse> {
    return this.groupWrite(institutionId, groupId, 'join', async (manager, { view }, group) => {
      assertActiveMembers(view, dto.memberIds, 'memberIds', istanbulDate());
      const current = new Set(view.groupMemberIds(group.id));
      const added = distinct(dto.memberIds).filter((id) => !current.has(id));
      if (added.length > 0) {
        await manager.insert(
          WorkingGroupMember,
          added.map((memberId) => ({ institutionId, groupId: group.id, memberId, founder: false })),
        );
      }
      return group.id;
    });
  }

  async decide(institutionId: string, groupId: string, dto: GroupDecisionDto): Promise<GroupResponse> {
    return this.groupWrite(institutionId, groupId, 'decide', async (manager, _council, group) => {
      if (dto.date < group.proposedOn) {
        throw dateOrder('date', dto.date, group.proposedOn);
      }
      await manager.update(
        WorkingGroup,
        { id: group.id },
        { state: stateAfterDecision(dto.decision), decisionDate: dto.date, decisionNumber: dto.number },
      );
      return group.id;
    });
  }

  async close(institutionId: string, groupId: string, dto: GroupCloseDto): Promise<GroupResponse> {
    return this.groupWrite(institutionId, groupId, 'close', async (manager, { view }, group) => {
      const last = [...view.elections(group.id), ...view.meetings(group.id)]
        .map((row) => row.date)
        .sort()
        .at(-1);
      const notBefore = [group.decisionDate ?? group.proposedOn, last ?? ''].sort().at(-1) ?? '';
      if (dto.date < notBefore) throw dateOrder('date', dto.date, notBefore);
      await manager.update(
        WorkingGroup,
        { id: group.id },
        { state: 'closed', closedOn: dto.date, closeReason: dto.reason },
      );
      // Closing ends the running term (directive: terms end with a new election or the closing).
      await manager.update(
        WorkingGroupElection,
        { groupId: group.id, termEnd: IsNull() },
        { termEnd: dto.date },
      );
      return group.id;
    });
  }

  async elect(institutionId: string, groupId: string, dto: ElectionDto): Promise<GroupResponse> {
    return this.groupWrite(institutionId, groupId, 'elect', async (manager, { view }, group) => {
      assertNotBeforeAcceptance(group, dto.date, 'date');
      const present = distinct(dto.presentIds);
      assertGroupMembers(view, group.id, present, 'presentIds');
      const quorum = quorumProblem(present);
      if (quorum !== null) {
        throw new BadRequestError('WG_QUORUM', { count: quorum }, [
          detail('presentIds', 'WG_QUORUM', COUNCIL_TEXTS.WG_QUORUM, { count: quorum }),
        ]);
      }
      const board = boardProblems(dto);
      if (board.length > 0) {
        throw new BadRequestError(
          'WG_BOARD_SIZE',
          {},
          board.map((problem) =>
            problem.kind === 'managerCount'
              ? detail('managerIds', 'WG_BOARD_SIZE', COUNCIL_TEXTS['WG_BOARD_SIZE.managerCount'], {
                  count: problem.count,
                })
              : detail(
                  problem.memberId === dto.chairId
                    ? 'chairId'
                    : `managerIds[${dto.managerIds.indexOf(problem.memberId)}]`,
                  'WG_BOARD_SIZE',
                  COUNCIL_TEXTS[
                    problem.kind === 'notPresent'
                      ? 'WG_BOARD_SIZE.notPresent'
                      : 'WG_BOARD_SIZE.chairIsManager'
                  ],
                  { name: view.nameOf(problem.memberId) },
                ),
          ),
        );
      }
      const conflicts = managerConflicts(group.id, [dto.chairId, ...dto.managerIds], view.holders());
      const [first] = conflicts;
      if (first !== undefined) {
        const groupName = (id: string): string => view.rows.groups.find((row) => row.id === id)?.name ?? id;
        throw new ConflictError(
          'WG_ONE_GROUP_PER_MANAGER',
          { name: view.nameOf(first.memberId), group: groupName(first.groupId) },
          conflicts.map(({ memberId, groupId: other }) =>
            detail(
              memberId === dto.chairId ? 'chairId' : `managerIds[${dto.managerIds.indexOf(memberId)}]`,
              'WG_ONE_GROUP_PER_MANAGER',
              COUNCIL_TEXTS.WG_ONE_GROUP_PER_MANAGER,
              { name: view.nameOf(memberId), group: groupName(other) },
            ),
          ),
        );
      }
      const running = view.currentElection(group.id);
      if (running !== undefined) {
        if (dto.date < running.date) throw dateOrder('date', dto.date, running.date);
        await manager.update(WorkingGroupElection, { id: running.id }, { termEnd: dto.date });
      }
      const votes = dto.votes ?? [];
      assertGroupMembers(
        view,
        group.id,
        votes.map((vote) => vote.memberId),
        'votes',
      );
      await manager.insert(WorkingGroupElection, {
        institutionId,
        groupId: group.id,
        date: dto.date,
        presentIds: present,
        votes: votes.map(({ memberId, votes: count }) => ({ memberId, votes: count })),
        chairId: dto.chairId,
        managerIds: [...dto.managerIds],
        termEnd: null,
      });
      return group.id;
    });
  }

  async meet(
    user: RequestUser,
    institutionId: string,
    groupId: string,
    dto: MeetingDto,
  ): Promise<GroupResponse> {
    return this.groupWrite(
      institutionId,
      groupId,
      'meet',
      async (manager, { view }, group) => {
        assertNotBeforeAcceptance(group, dto.date, 'date');
        const attendance = distinct(dto.attendanceIds);
        assertGroupMembers(view, group.id, attendance, 'attendanceIds');
        await manager.insert(WorkingGroupMeeting, {
          institutionId,
          groupId: group.id,
          date: dto.date,
          place: dto.place,
          agenda: dto.agenda,
          attendanceIds: attendance,
          decisions: dto.decisions ?? [],
        });
        return group.id;
      },
      user,
    );
  }

  async recommend(
    user: RequestUser,
    institutionId: string,
    groupId: string,
    dto: RecommendationDto,
  ): Promise<RecommendationResponse> {
    let recommendationId = '';
    const answer = await this.groupWrite(
      institutionId,
      groupId,
      'recommend',
      async (manager, { view }, group) => {
        const meeting = view.meetings(group.id).find((row) => row.id === dto.meetingId);
        if (meeting === undefined) throw new NotFoundError('WG_MEETING_NOT_FOUND', { id: dto.meetingId });
        const link = await planLink(manager, dto.planId ?? null, dto.planCode ?? null);
        const inserted = await manager.insert(CouncilRecommendation, {
          institutionId,
          groupId: group.id,
          meetingId: meeting.id,
          title: dto.title,
          text: dto.text,
          linkedPlanId: link?.planId ?? null,
          linkedCode: link?.code ?? null,
        });
        recommendationId = String(inserted.identifiers[0].id);
        // Written by the group at the meeting: the journey's first step.
        await manager.insert(CouncilRecommendationStep, {
          institutionId,
          recommendationId,
          position: 1,
          stage: 'working-group',
          date: meeting.date,
          decision: 'accepted',
          note: null,
        });
        return group.id;
      },
      user,
    );
    return findOr404(answer.recommendations, recommendationId, 'RECOMMENDATION_NOT_FOUND');
  }

  async addStep(
    institutionId: string,
    groupId: string,
    recommendationId: string,
    dto: StepDto,
  ): Promise<RecommendationResponse> {
    const answer = await this.groupWrite(institutionId, groupId, null, async (manager, { view }, group) => {
      const recommendation = findOr404(
        view.recommendations(group.id),
        recommendationId,
        'RECOMMENDATION_NOT_FOUND',
      );
      const steps = view.steps(recommendation.id);
      const problem = stepProblem(steps, dto);
      if (problem !== null) {
        const message =
          problem.kind === 'order'
            ? COUNCIL_TEXTS['WG_STEP_ORDER.order'][currentLang()]({ expected: problem.expected })
            : problem.kind === 'date'
              ? COUNCIL_TEXTS['WG_STEP_ORDER.date'][currentLang()]({ date: problem.before })
              : COUNCIL_TEXTS[problem.kind === 'closed' ? 'WG_STEP_ORDER.closed' : 'WG_STEP_ORDER.decision'][
                  currentLang()
                ]({});
        const path = problem.kind === 'date' ? 'date' : problem.kind === 'decision' ? 'decision' : 'stage';
        throw new ConflictError('WG_STEP_ORDER', {}, [{ path, code: 'WG_STEP_ORDER', message }]);
      }
      await manager.insert(CouncilRecommendationStep, {
        institutionId,
        recommendationId: recommendation.id,
        position: steps.length + 1,
        stage: dto.stage,
        date: dto.date,
        decision: dto.decision,
        note: dto.note ?? null,
      });
      return group.id;
    });
    return findOr404(answer.recommendations, recommendationId, 'RECOMMENDATION_NOT_FOUND');
  }

  async validation(institutionId: string): Promise<CouncilValidationResponse> {
    const { view } = await this.council(this.dataSource.manager, institutionId);
    const issues = view.councilIssues();
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    return { institutionId, errors, warnings: issues.length - errors, issues };
  }

  /** The city councils with an active working group: what the public page lists (no contact). */
  async publicCouncils(): Promise<PublicCouncilSummary[]> {
    return this.dataSource.query<PublicCouncilSummary[]>(
      `SELECT i.id AS "institutionId", i.name AS institution, count(*)::int AS "activeGroups"
         FROM institutions i
         JOIN working_groups g ON g.institution_id = i.id AND g.state = 'active'
        WHERE i.kind = 'kent-konseyi'
        GROUP BY i.id, i.name
        ORDER BY i.name, i.id`,
    );
  }

  async publicCouncil(institutionId: string): Promise<PublicCouncilResponse> {
    const { institution, view } = await this.council(this.dataSource.manager, institutionId);
    return view.toPublic(institution);
  }

  /** A council's rows for the exports. */
  async view(institutionId: string, lang: Lang): Promise<Council> {
    return this.council(this.dataSource.manager, institutionId, lang);
  }

  /** The recommendations linked to a plan's aims and targets, from every council. */
  async planRecommendations(planId: string): Promise<RecommendationResponse[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.find(CouncilRecommendation, { where: { linkedPlanId: planId } });
    const councils = distinct(rows.map((row) => row.institutionId));
    const answers: RecommendationResponse[] = [];
    for (const institutionId of councils) {
      const view = new CouncilView(await loadCouncil(manager, institutionId), istanbulDate(), currentLang());
      for (const row of view.rows.recommendations) {
        if (row.linkedPlanId === planId) answers.push(view.toRecommendation(row));
      }
    }
    return answers;
  }

  /** A planner's reply to a recommendation linked to their plan. */
  async reply(
    user: RequestUser,
    planId: string,
    recommendationId: string,
    dto: ReplyDto,
  ): Promise<RecommendationResponse> {
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const row = isUuid(recommendationId)
        ? await manager.findOneBy(CouncilRecommendation, { id: recommendationId, linkedPlanId: planId })
        : null;
      if (!row) throw new NotFoundError('RECOMMENDATION_NOT_FOUND', { id: recommendationId });
      await manager.update(
        CouncilRecommendation,
        { id: row.id },
        { replyText: dto.text, replyDate: istanbulDate(), replyBy: user.name },
      );
    });
    const answer = (await this.planRecommendations(planId)).find((row) => row.id === recommendationId);
    if (answer === undefined) throw planNotFound(planId);
    return answer;
  }

  /** The council `institutionId` (a kent-konseyi), else 404 as for an unknown institution. */
  private async council(
    manager: EntityManager,
    institutionId: string,
    lang = currentLang(),
  ): Promise<Council> {
    const institution = isUuid(institutionId)
      ? await manager.findOneBy(Institution, { id: institutionId })
      : null;
    if (!institution || institution.kind !== 'kent-konseyi') throw institutionNotFound(institutionId);
    return {
      institution,
      view: new CouncilView(await loadCouncil(manager, institutionId), istanbulDate(), lang),
    };
  }

  /** A write in one transaction over the council's rows; answers the council as the write left it. */
  private async write(
    institutionId: string,
    change: (manager: EntityManager, council: Council) => Promise<string>,
  ): Promise<{ view: CouncilView; id: string }> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      // One writer per council at a time: the rules read the council's rows before they change them.
      await manager.query('SELECT id FROM institutions WHERE id = $1 FOR UPDATE', [
        isUuid(institutionId) ? institutionId : null,
      ]);
      const id = await change(manager, await this.council(manager, institutionId));
      return { view: (await this.council(manager, institutionId)).view, id };
    });
  }

  /** A write on a group (or a new one when `groupId` is null): `action` must be allowed in its state. */
  private async groupWrite(
    institutionId: string,
    groupId: string | null,
    action: GroupAction | null,
    change: (manager: EntityManager, council: Council, group: WorkingGroup) => Promise<string>,
    user?: RequestUser,
  ): Promise<GroupResponse> {
    const { view, id } = await this.write(institutionId, async (manager, council) => {
      if (groupId === null) return change(manager, council, new WorkingGroup());
      const group = findOr404(council.view.rows.groups, groupId, 'WORKING_GROUP_NOT_FOUND');
      if (user !== undefined) this.assertKeeperOrChair(user, institutionId, council.view, group.id);
      if (action !== null && !groupAllows(group.state, action)) {
        throw new ConflictError('WG_GROUP_STATE', { state: group.state }, [
          {
            path: 'groupId',
            code: 'WG_GROUP_STATE',
            message: errorMessage('WG_GROUP_STATE', { state: group.state }),
          },
        ]);
      }
      return change(manager, council, group);
    });
    return view.toGroup(findOr404(view.rows.groups, id, 'WORKING_GROUP_NOT_FOUND'));
  }

  /** The council's keepers (admin, secretariat) record anything; the group's chair its meetings and recommendations. */
  private assertKeeperOrChair(
    user: RequestUser,
    institutionId: string,
    view: CouncilView,
    groupId: string,
  ): void {
    const role = this.access.roleIn(user, institutionId);
    if (role !== null && KEEPERS.has(role)) return;
    const chair = view.currentElection(groupId)?.chairId;
    if (chair !== undefined && view.member(chair)?.userId === user.id) return;
    throw new AppError(403, 'FORBIDDEN', { roles: 'admin, secretariat' });
  }
}

function toBoard(view: CouncilView): BoardResponse {
  return {
    members: view.boardMembers().map(({ id, name, represents }) => ({ id, name, represents })),
  };
}

function findOr404<T extends { id: string }>(rows: readonly T[], id: string, code: ErrorCode): T {
  const row = rows.find((candidate) => candidate.id === id);
  if (row === undefined) throw new NotFoundError(code, { id });
  return row;
}

type Text<P> = Record<Lang, (params: P) => string>;

function detail<P>(path: string, code: ErrorCode, text: Text<P>, params: P): ErrorDetail {
  return { path, code, message: text[currentLang()](params) };
}

/** The members active on `date` (from their start, to their end inclusive). */
function activeMemberIds(view: CouncilView, date: string): Set<string> {
  return new Set(
    view.rows.members
      .filter((member) => member.activeFrom <= date && (member.activeTo === null || member.activeTo >= date))
      .map((member) => member.id),
  );
}

/** 400 WG_UNKNOWN_MEMBER naming each id that is not an active member of the council on `date`. */
function assertActiveMembers(view: CouncilView, ids: readonly string[], path: string, date: string): void {
  const active = activeMemberIds(view, date);
  const unknown = ids.map((id, index) => ({ id, index })).filter(({ id }) => !active.has(id));
  const [first] = unknown;
  if (first === undefined) return;
  throw new BadRequestError(
    'WG_UNKNOWN_MEMBER',
    { id: first.id },
    unknown.map(({ id, index }) =>
      detail(`${path}[${index}]`, 'WG_UNKNOWN_MEMBER', COUNCIL_TEXTS.WG_UNKNOWN_MEMBER, { id }),
    ),
  );
}

/** 400 WG_NOT_GROUP_MEMBER naming each person who is not a member of the group. */
function assertGroupMembers(view: CouncilView, groupId: string, ids: readonly string[], path: string): void {
  const members = new Set(view.groupMemberIds(groupId));
  const outside = ids.map((id, index) => ({ id, index })).filter(({ id }) => !members.has(id));
  const [first] = outside;
  if (first === undefined) return;
  throw new BadRequestError(
    'WG_NOT_GROUP_MEMBER',
    { name: view.nameOf(first.id) },
    outside.map(({ id, index }) =>
      detail(`${path}[${index}]`, 'WG_NOT_GROUP_MEMBER', COUNCIL_TEXTS.WG_NOT_GROUP_MEMBER, {
        name: view.nameOf(id),
      }),
    ),
  );
}

/** 409 WG_GROUP_STATE for a record dated before the group's acceptance. */
function assertNotBeforeAcceptance(group: WorkingGroup, date: string, path: string): void {
  if (group.decisionDate !== null && date >= group.decisionDate) return;
  const before = group.decisionDate ?? '';
  throw new ConflictError('WG_GROUP_STATE', { state: group.state, before }, [
    detail(path, 'WG_GROUP_STATE', COUNCIL_TEXTS['WG_GROUP_STATE.beforeAcceptance'], { date: before }),
  ]);
}

function dateOrder(path: string, date: string, beforeDate: string): BadRequestError {
  const params: MessageParams = { date, beforeDate };
  return new BadRequestError('DATE_ORDER', params, [
    { path, code: 'DATE_ORDER', message: errorMessage('DATE_ORDER', params) },
  ]);
}

/** A member's dates in order (DATE_ORDER) and their account, if any, one with a role in the council (PREP_NOT_A_MEMBER). */
async function assertMemberFields(
  manager: EntityManager,
  institutionId: string,
  fields: { userId: string | null; activeFrom: string; activeTo: string | null },
): Promise<void> {
  if (fields.activeTo !== null && fields.activeTo < fields.activeFrom) {
    throw dateOrder('activeTo', fields.activeTo, fields.activeFrom);
  }
  if (fields.userId === null) return;
  const rows = await manager.query<unknown[]>(
    'SELECT 1 FROM memberships WHERE user_id = $1 AND institution_id = $2',
    [fields.userId, institutionId],
  );
  if (rows.length === 0) {
    throw new BadRequestError('PREP_NOT_A_MEMBER', {}, [
      { path: 'userId', code: 'PREP_NOT_A_MEMBER', message: errorMessage('PREP_NOT_A_MEMBER') },
    ]);
  }
}

/** The checked link of a recommendation to a plan's aim or target: both given and existing, or neither. */
async function planLink(
  manager: EntityManager,
  planId: string | null,
  code: string | null,
): Promise<{ planId: string; code: string } | null> {
  if (planId === null && (code === null || code === '')) return null;
  const texts = COUNCIL_TEXTS;
  const refuse = (path: 'planId' | 'planCode', message: string): BadRequestError =>
    new BadRequestError('WG_PLAN_LINK', path === 'planCode' && code !== null ? { code } : {}, [
      { path, code: 'WG_PLAN_LINK', message },
    ]);
  const lang = currentLang();
  if (planId === null || code === null || code === '') {
    throw refuse(planId === null ? 'planId' : 'planCode', texts['WG_PLAN_LINK.pair'][lang]({}));
  }
  if (!(await manager.existsBy(Plan, { id: planId }))) {
    throw refuse('planId', texts['WG_PLAN_LINK.unknownPlan'][lang]({}));
  }
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM aims WHERE plan_id = $1 AND code = $2 UNION ALL SELECT 1 FROM targets WHERE plan_id = $1 AND code = $2`,
    [planId, code],
  );
  if (rows.length === 0) throw refuse('planCode', texts['WG_PLAN_LINK.unknownCode'][lang]({ code }));
  return { planId, code };
}
