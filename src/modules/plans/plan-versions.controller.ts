import { Body, Controller, Param, ParseIntPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PlanVersionResponse, VersionDiffLine } from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { NotFoundError } from '../../common/app-error.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PlanOf, PostAction, type PlanCall, Create, Read } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { ApproveUpdateDto, PlanUpdateDto, RejectUpdateDto } from './dto/plan-update.dto.js';
import { PlanVersionsService } from './plan-versions.service.js';

/** Versions are addressed by their number; anything else is simply not found. */
const VERSION_NUMBER = new ParseIntPipe({
  exceptionFactory: () => new NotFoundError('PLAN_VERSION_NOT_FOUND'),
});

@ApiTags('plans')
@ApiLang('Language of messages (default tr)')
@Controller('plans/:planId')
export class PlanVersionsController {
  constructor(private readonly versions: PlanVersionsService) {}

  @Create(
    'updates',
    'Propose an update (güncelleme) of a plan in force: yearly targets, weights, new indicators and target card fields for the remaining years; in force once an administrator approves it (400 UPDATE_RULES, 409 PLAN_STATUS, 409 UPDATE_PENDING)',
  )
  @Allow('admin', 'planner')
  proposeUpdate(
    @PlanOf() call: PlanCall,
    @Body() dto: PlanUpdateDto,
    @CurrentUser() user: RequestUser | null,
  ): Promise<PlanVersionResponse> {
    return this.versions.proposeUpdate(call.planId, dto, user, call.lang);
  }

  @PostAction(
    'versions/:number/approve',
    'The mayor’s approval: an administrator puts a proposed update in force (409 SELF_APPROVAL for the proposer, 409 VERSION_STATUS, 409 UPDATE_OUTDATED)',
  )
  @Allow('admin')
  approveUpdate(
    @Param('planId') planId: string,
    @Param('number', VERSION_NUMBER) number: number,
    @Body() dto: ApproveUpdateDto,
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
  ): Promise<PlanVersionResponse> {
    return this.versions.approveUpdate(planId, number, dto, user, lang);
  }

  @PostAction(
    'versions/:number/reject',
    'An administrator rejects a proposed update; the plan does not change',
  )
  @Allow('admin')
  rejectUpdate(
    @Param('planId') planId: string,
    @Param('number', VERSION_NUMBER) number: number,
    @Body() dto: RejectUpdateDto,
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
  ): Promise<PlanVersionResponse> {
    return this.versions.rejectUpdate(planId, number, dto, user, lang);
  }

  @Read('versions', 'Versions of the plan: 1 as first in force, then one per update (any status)')
  listVersions(@Param('planId') planId: string): Promise<PlanVersionResponse[]> {
    return this.versions.listVersions(planId);
  }

  @Read(
    'versions/:number/diff',
    'What a version changes against the previous one: yearly targets, weights, added indicators, card fields',
  )
  diff(
    @Param('planId') planId: string,
    @Param('number', VERSION_NUMBER) number: number,
  ): Promise<VersionDiffLine[]> {
    return this.versions.diff(planId, number);
  }
}
