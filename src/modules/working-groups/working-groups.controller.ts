import { applyDecorators, Body, Controller, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestUser } from '../../common/request-user.js';
import { CurrentUser } from '../../common/request-user.js';
import { ApiLang } from '../../common/lang.js';
import { Change, Create, PostAction, Read, Replace, pathOf, type PathOf } from '../../common/routes.js';
import type {
  BoardResponse,
  CouncilMemberResponse,
  CouncilValidationResponse,
  GroupResponse,
  GroupSummaryResponse,
  RecommendationResponse,
} from '../../contracts/working-groups.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from '../reports/download.decorators.js';
import {
  BoardDto,
  CreateCouncilMemberDto,
  ElectionDto,
  GroupCloseDto,
  GroupDecisionDto,
  GroupMembersDto,
  MeetingDto,
  ProposeGroupDto,
  RecommendationDto,
  StepDto,
  UpdateCouncilMemberDto,
} from './dto/working-groups.dto.js';
import { CouncilExportsService } from './council-exports.service.js';
import { WorkingGroupsService } from './working-groups.service.js';

const GroupAt = pathOf('institutionId', 'groupId');
type GroupAt = PathOf<'institutionId' | 'groupId'>;
const MemberAt = pathOf('institutionId', 'memberId');
type MemberAt = PathOf<'institutionId' | 'memberId'>;
const RecommendationAt = pathOf('institutionId', 'groupId', 'recommendationId');
type RecommendationAt = PathOf<'institutionId' | 'groupId' | 'recommendationId'>;
const MeetingAt = pathOf('institutionId', 'groupId', 'meetingId');
type MeetingAt = PathOf<'institutionId' | 'groupId' | 'meetingId'>;

/** A step the secretariat takes on a group (POST working-groups/:groupId/<step>). */
const GroupStep = (step: string, summary: string): MethodDecorator =>
  applyDecorators(PostAction(`working-groups/:groupId/${step}`, summary), Allow('admin', 'secretariat'));

/**
 * A city council's working groups (planning-cycle.md 7; only an institution of kind
 * kent-konseyi, others 404): every role of the council reads, the secretariat (and the
 * administrator) keeps them, a group's chair records its meetings and recommendations.
 */
@ApiTags('working-groups')
@ApiLang()
@Controller('institutions/:institutionId')
export class WorkingGroupsController {
  constructor(
    private readonly groups: WorkingGroupsService,
    private readonly exports: CouncilExportsService,
  ) {}

  @Read('council-members', 'The general assembly’s members (genel kurul), with their contact')
  members(@Param('institutionId') institutionId: string): Promise<CouncilMemberResponse[]> {
    return this.groups.members(institutionId);
  }

  @Create('council-members', 'Add a member of the general assembly')
  @Allow('admin', 'secretariat')
  addMember(
    @Param('institutionId') institutionId: string,
    @Body() dto: CreateCouncilMemberDto,
  ): Promise<CouncilMemberResponse> {
    return this.groups.addMember(institutionId, dto);
  }

  @Change(
    'council-members/:memberId',
    'Change a member (`version` guards against a stale edit; activeTo ends the membership)',
  )
  @Allow('admin', 'secretariat')
  updateMember(
    @MemberAt() at: MemberAt,
    @Body() dto: UpdateCouncilMemberDto,
  ): Promise<CouncilMemberResponse> {
    return this.groups.updateMember(at.institutionId, at.memberId, dto);
  }

  @Read('board', 'The executive board (yürütme kurulu)')
  board(@Param('institutionId') institutionId: string): Promise<BoardResponse> {
    return this.groups.board(institutionId);
  }

  @Replace('board', 'Replace the executive board by these active members')
  @Allow('admin', 'secretariat')
  replaceBoard(@Param('institutionId') institutionId: string, @Body() dto: BoardDto): Promise<BoardResponse> {
    return this.groups.replaceBoard(institutionId, dto);
  }

  @Read('working-groups', 'The working groups with their state, chair, managers and warnings')
  list(@Param('institutionId') institutionId: string): Promise<GroupSummaryResponse[]> {
    return this.groups.groups(institutionId);
  }

  @Create('working-groups', 'Propose a working group: at least 5 founding members (WG_FOUNDERS)')
  @Allow('admin', 'secretariat')
  propose(
    @Param('institutionId') institutionId: string,
    @Body() dto: ProposeGroupDto,
  ): Promise<GroupResponse> {
    return this.groups.propose(institutionId, dto);
  }

  @ReadFile('working-groups/register.xlsx', 'The working-group register (çalışma grupları sicili) as Excel')
  async register(@Param('institutionId') institutionId: string): Promise<StreamableFile> {
    return download(await this.exports.register(institutionId));
  }

  @Read(
    'working-groups/:groupId',
    'A group: proposal, members, elections, meetings, recommendations, warnings',
  )
  group(@GroupAt() at: GroupAt): Promise<GroupResponse> {
    return this.groups.group(at.institutionId, at.groupId);
  }

  @GroupStep('members', 'Add active members of the general assembly to the group')
  addGroupMembers(@GroupAt() at: GroupAt, @Body() dto: GroupMembersDto): Promise<GroupResponse> {
    return this.groups.addGroupMembers(at.institutionId, at.groupId, dto);
  }

  @GroupStep('decision', 'The executive board accepts (active) or rejects a proposed group')
  decide(@GroupAt() at: GroupAt, @Body() dto: GroupDecisionDto): Promise<GroupResponse> {
    return this.groups.decide(at.institutionId, at.groupId, dto);
  }

  @GroupStep('close', 'Close an active group with a date and a reason (ends the running term)')
  close(@GroupAt() at: GroupAt, @Body() dto: GroupCloseDto): Promise<GroupResponse> {
    return this.groups.close(at.institutionId, at.groupId, dto);
  }

  @Create(
    'working-groups/:groupId/elections',
    'Record an election: at least 6 present (WG_QUORUM), 1 chair + 4 managers present (WG_BOARD_SIZE), none managing another group (WG_ONE_GROUP_PER_MANAGER)',
  )
  @Allow('admin', 'secretariat')
  elect(@GroupAt() at: GroupAt, @Body() dto: ElectionDto): Promise<GroupResponse> {
    return this.groups.elect(at.institutionId, at.groupId, dto);
  }

  @Create('working-groups/:groupId/meetings', 'Record a meeting (the secretariat, or the group’s chair)')
  meet(
    @CurrentUser() user: RequestUser,
    @GroupAt() at: GroupAt,
    @Body() dto: MeetingDto,
  ): Promise<GroupResponse> {
    return this.groups.meet(user, at.institutionId, at.groupId, dto);
  }

  @ReadFile(
    'working-groups/:groupId/meetings/:meetingId/minutes.docx',
    'The meeting’s minutes (toplantı tutanağı) as .docx',
    'docx',
  )
  async minutes(@MeetingAt() at: MeetingAt): Promise<StreamableFile> {
    return download(await this.exports.minutes(at.institutionId, at.groupId, at.meetingId), 'docx');
  }

  @Create(
    'working-groups/:groupId/recommendations',
    'Write a recommendation at a meeting (the secretariat, or the group’s chair); it may name a plan’s aim or target',
  )
  recommend(
    @CurrentUser() user: RequestUser,
    @GroupAt() at: GroupAt,
    @Body() dto: RecommendationDto,
  ): Promise<RecommendationResponse> {
    return this.groups.recommend(user, at.institutionId, at.groupId, dto);
  }

  @Create(
    'working-groups/:groupId/recommendations/:recommendationId/steps',
    'The next step of the journey: executive board → general assembly → municipal council (WG_STEP_ORDER)',
  )
  @Allow('admin', 'secretariat')
  addStep(@RecommendationAt() at: RecommendationAt, @Body() dto: StepDto): Promise<RecommendationResponse> {
    return this.groups.addStep(at.institutionId, at.groupId, at.recommendationId, dto);
  }

  @ReadFile(
    'working-groups/:groupId/recommendations/:recommendationId/journey.xlsx',
    'A recommendation’s journey as Excel',
  )
  async journey(@RecommendationAt() at: RecommendationAt): Promise<StreamableFile> {
    return download(await this.exports.journey(at.institutionId, at.groupId, at.recommendationId));
  }

  @Read('validation', 'The council’s findings (WG_*): errors and warnings in the request’s language')
  validation(@Param('institutionId') institutionId: string): Promise<CouncilValidationResponse> {
    return this.groups.validation(institutionId);
  }
}
