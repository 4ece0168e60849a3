import { Body, Controller, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { UnitActivityReportResponse, UnitReportsResponse } from '../../contracts/unit-reports.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang } from '../../common/lang.js';
import { callerOf, pathParams, PostAction, Read, Replace } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { PutUnitReportDto, ReportTransitionDto, ReturnReportDto } from './dto/unit-reports.dto.js';
import { UnitReportsService, type ReportCall } from './unit-reports.service.js';

const YearOf = pathParams(['planId', 'year'], ({ planId, year }, request) => ({
  planId,
  year,
  lang: callerOf(request).lang,
}));

const ReportOf = pathParams(
  ['planId', 'year', 'unitCode'],
  ({ planId, year, unitCode }, request): ReportCall => ({
    planId,
    year,
    unit: unitCode,
    user: request.user ?? null,
    lang: callerOf(request).lang,
  }),
);

/**
 * Unit activity reports of a plan year (issue 14 point 8): every role of the institution reads;
 * the unit's manager writes and submits; planners approve or return.
 */
@ApiTags('unit-activity-reports')
@ApiLang()
@Controller('plans/:planId/activity-reports/:year/units')
export class UnitReportsController {
  constructor(private readonly reports: UnitReportsService) {}

  @Read(
    undefined,
    'Every unit that owes its activity report for the year, with its state and the counts by state',
  )
  list(@YearOf() at: { planId: string; year: string; lang: Lang }): Promise<UnitReportsResponse> {
    return this.reports.list(at.planId, at.year, at.lang);
  }

  @Read(
    ':unitCode',
    'A unit’s activity report: problems and proposals, its targets’ results (approved values) and its activities’ progress',
  )
  get(@ReportOf() call: ReportCall): Promise<UnitActivityReportResponse> {
    return this.reports.get(call);
  }

  @Replace(':unitCode', 'Write the report’s problems and proposals as a draft (the unit’s manager)')
  @Allow('admin', 'unit_manager')
  async put(
    @ReportOf() call: ReportCall,
    @Body() dto: PutUnitReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitActivityReportResponse> {
    const result = await this.reports.put(call, dto);
    void reply.status(result.created ? 201 : 200);
    return result.report;
  }

  @PostAction(':unitCode/submit', 'Submit a draft or returned report for approval')
  @Allow('admin', 'unit_manager')
  submit(
    @ReportOf() call: ReportCall,
    @Body() dto: ReportTransitionDto,
  ): Promise<UnitActivityReportResponse> {
    return this.reports.submit(call, dto);
  }

  @PostAction(':unitCode/approve', 'Approve a submitted report (never by who wrote or submitted it)')
  @Allow('admin', 'planner')
  approve(
    @ReportOf() call: ReportCall,
    @Body() dto: ReportTransitionDto,
  ): Promise<UnitActivityReportResponse> {
    return this.reports.approve(call, dto);
  }

  @PostAction(':unitCode/return', 'Return a submitted report to the unit with a comment')
  @Allow('admin', 'planner')
  returnReport(
    @ReportOf() call: ReportCall,
    @Body() dto: ReturnReportDto,
  ): Promise<UnitActivityReportResponse> {
    return this.reports.returnReport(call, dto);
  }
}
