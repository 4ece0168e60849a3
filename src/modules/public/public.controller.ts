import { Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendJsonAnswer } from '../../common/http-answer.js';
import type {
  OpenDataResponse,
  PublicPlan,
  PublicPlanSummary,
  PublicProgramme,
  PublicProgrammeSummary,
} from '../../contracts/public.js';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { Public } from '../auth/access.decorators.js';
import { PublicService } from './public.service.js';
import { PublicPlansQueryDto } from './dto/public.dto.js';
import { PUBLIC_PLANS_PAGE_SIZE } from '../plans/plan-limits.js';
import { openDataFileName } from './open-data.js';
import { Read } from '../../common/routes.js';
import { FromReplica } from '../../database/replica-read.interceptor.js';

/** No sign-in: published plans and approved values only (never drafts, notes, questions or users). */
@ApiTags('public')
@Public()
@FromReplica()
@Controller('public/plans')
export class PublicController {
  constructor(private readonly service: PublicService) {}

  @Read(
    undefined,
    'Published plans, one page at a time (pageSize at most 100, the default); X-Total-Count gives how many there are',
  )
  async listPlans(
    @Query() query: PublicPlansQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicPlanSummary[]> {
    const page = await this.service.listPlans(query.page ?? 1, query.pageSize ?? PUBLIC_PLANS_PAGE_SIZE);
    void reply.header('X-Total-Count', String(page.total));
    return page.items;
  }

  @Read(':id', 'A published plan with its approved values (revised ones marked)')
  getPlan(@Param('id') id: string): Promise<PublicPlan> {
    return this.service.getPlan(id);
  }

  @Read(':id/programmes', 'The plan’s performance programmes accepted by the council and published, by year')
  listProgrammes(@Param('id') id: string): Promise<PublicProgrammeSummary[]> {
    return this.service.listProgrammes(id);
  }

  @Read(
    ':id/programmes/:year',
    'A published performance programme: its targets, indicators and activities with costs, and Tablo 3',
  )
  getProgramme(
    @Param('id') id: string,
    @Param('year') year: string,
    @RequestLang() lang: Lang,
  ): Promise<PublicProgramme> {
    return this.service.getProgramme(id, year, lang);
  }

  @Read(':id/progress', 'Progress computed from approved values only')
  @ApiQuery({ name: 'period', required: false, example: '2025' })
  @ApiOkResponse({
    description:
      'The progress (ProgressResponse) with an ETag; a request whose If-None-Match names it is answered 304 with no body',
  })
  async getProgress(
    @Param('id') id: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendJsonAnswer(request, reply, await this.service.getProgress(id, period, lang), 'public');
  }

  @Read(
    ':id/data.csv',
    'Open data: every approved figure of a published plan, one row per indicator and entry period, as CSV; the licence in the Link header (rel="license")',
  )
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, UTF-8 with BOM; columns in docs/api.md (open data)' })
  async getOpenDataCsv(
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.service.getOpenDataCsv(id);
    void reply
      .header('content-type', 'text/csv; charset=utf-8; header=present')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('link', `<${file.licence.url}>; rel="license"`);
    return file.content;
  }

  @Read(
    ':id/data.json',
    'Open data: the rows of data.csv as JSON, with the plan, the column names and the licence',
  )
  async getOpenDataJson(
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpenDataResponse> {
    const data = await this.service.getOpenData(id);
    void reply
      .header('content-disposition', `inline; filename="${openDataFileName(data.plan, 'json')}"`)
      .header('link', `<${data.licence.url}>; rel="license"`);
    return data;
  }
}
