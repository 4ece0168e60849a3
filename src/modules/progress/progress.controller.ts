import { Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  NationalComparisonResponse,
  PlanRateResponse,
  ProgressTrendResponse,
} from '../../contracts/progress.js';
import { sendJsonAnswer } from '../../common/http-answer.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { parseBasis, parseKind, ProgressService } from './progress.service.js';
import { SuperadminOnly } from '../auth/access.decorators.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { AccessService } from '../auth/access.service.js';
import { Read } from '../../common/routes.js';
import { INSTITUTION_KINDS } from '../../contracts/plan-document.js';

const BASIS_DESCRIPTION =
  'approved (default): approved values only, as the council and the public see them; all: including values awaiting approval';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(
    private readonly progress: ProgressService,
    private readonly access: AccessService,
  ) {}

  @Read(
    'plans/:planId/progress',
    'Realisation rates of indicators, targets, aims and the plan, with every input and exclusion (domain.md 4)',
  )
  @ApiQuery({
    name: 'period',
    required: false,
    example: '2025',
    description:
      'YYYY-H1 (izleme) or YYYY (değerlendirme); default: the latest closed period with approved values, else the latest with approved values, else the latest closed, else the latest ended',
  })
  @ApiQuery({ name: 'basis', required: false, enum: ['approved', 'all'], description: BASIS_DESCRIPTION })
  @ApiLang()
  @ApiOkResponse({
    description:
      'The progress (ProgressResponse) with an ETag; a request whose If-None-Match names it is answered 304 with no body',
  })
  async getProgress(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @Query('basis') basis: string | undefined,
    @RequestLang() lang: Lang,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const answer = await this.progress.getProgressAnswer(planId, period, lang, {
      basis: parseBasis(basis, lang),
    });
    sendJsonAnswer(request, reply, answer);
  }

  @Read(
    'plans/:planId/progress/trend',
    "The plan's, each aim's and each target's rate, band and coverage for every assessed period that holds a value, in time order",
  )
  @ApiQuery({ name: 'basis', required: false, enum: ['approved', 'all'], description: BASIS_DESCRIPTION })
  @ApiLang()
  getTrend(
    @Param('planId') planId: string,
    @Query('basis') basis: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<ProgressTrendResponse> {
    return this.progress.getTrend(planId, parseBasis(basis, lang));
  }

  @Read(
    'progress',
    'Plan rates of every plan the caller may see that covers the period (a union and its members)',
  )
  @ApiQuery({ name: 'period', required: true, example: '2025' })
  @ApiQuery({ name: 'basis', required: false, enum: ['approved', 'all'], description: BASIS_DESCRIPTION })
  @ApiLang()
  getPlanRates(
    @Query('period') period: string | undefined,
    @Query('basis') basis: string | undefined,
    @RequestLang() lang: Lang,
    @CurrentUser() user: RequestUser,
  ): Promise<PlanRateResponse[]> {
    return this.progress.getPlanRates(
      period ?? '',
      lang,
      this.access.visibleInstitutions(user),
      parseBasis(basis, lang),
    );
  }

  @Read(
    'progress/national',
    'Every plan of one kind of institution nationwide that covers the period, ranked by plan rate, with the plans per band (superadmin)',
  )
  @SuperadminOnly()
  @ApiQuery({ name: 'kind', required: true, enum: INSTITUTION_KINDS, example: 'belediye' })
  @ApiQuery({ name: 'period', required: true, example: '2025' })
  @ApiQuery({ name: 'basis', required: false, enum: ['approved', 'all'], description: BASIS_DESCRIPTION })
  @ApiLang()
  getNationalComparison(
    @Query('kind') kind: string | undefined,
    @Query('period') period: string | undefined,
    @Query('basis') basis: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<NationalComparisonResponse> {
    return this.progress.getNationalComparison(
      parseKind(kind, lang),
      period ?? '',
      lang,
      parseBasis(basis, lang),
    );
  }
}
