import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiLang } from '../../common/lang.js';
import type { RequestUser } from '../../common/request-user.js';
import { CurrentUser } from '../../common/request-user.js';
import { PostAction, Read, pathOf, type PathOf } from '../../common/routes.js';
import type {
  PublicCouncilResponse,
  PublicCouncilSummary,
  RecommendationResponse,
} from '../../contracts/working-groups.js';
import { Allow, Public } from '../auth/access.decorators.js';
import { ReplyDto } from './dto/working-groups.dto.js';
import { WorkingGroupsService } from './working-groups.service.js';

const ReplyAt = pathOf('planId', 'recommendationId');
type ReplyAt = PathOf<'planId' | 'recommendationId'>;

/** City councils' recommendations linked to a plan's aims and targets, seen from the plan. */
@ApiTags('working-groups')
@ApiLang()
@Controller('plans/:planId/council-recommendations')
export class PlanRecommendationsController {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Read(
    undefined,
    'The city councils’ recommendations naming this plan’s aims or targets, with their journey',
  )
  @Allow('admin', 'planner', 'reviewer')
  list(@Param('planId') planId: string): Promise<RecommendationResponse[]> {
    return this.groups.planRecommendations(planId);
  }

  @PostAction(':recommendationId/reply', 'The plan’s planners reply to a recommendation')
  @Allow('admin', 'planner')
  reply(
    @CurrentUser() user: RequestUser,
    @ReplyAt() at: ReplyAt,
    @Body() dto: ReplyDto,
  ): Promise<RecommendationResponse> {
    return this.groups.reply(user, at.planId, at.recommendationId, dto);
  }
}

/** The public page of a city council's working groups: no contact details. */
@ApiTags('public')
@ApiLang()
@Controller('public/councils')
export class PublicCouncilController {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Read(undefined, 'The city councils with at least one active working group, by name')
  @Public()
  councils(): Promise<PublicCouncilSummary[]> {
    return this.groups.publicCouncils();
  }

  @Read(
    ':institutionId/working-groups',
    'Active working groups, their meetings’ decisions and recommendations (no contact details)',
  )
  @Public()
  council(@Param('institutionId') institutionId: string): Promise<PublicCouncilResponse> {
    return this.groups.publicCouncil(institutionId);
  }
}
