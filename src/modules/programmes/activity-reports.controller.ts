import { applyDecorators, Body, Controller, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  ActivityReportPerformanceResponse,
  EvaluationResponse,
  MeasureResponse,
} from '../../contracts/activity-report.js';
import { ApiLang } from '../../common/lang.js';
import { callerOf, pathParams, PostAction, Read, Replace, type Caller } from '../../common/routes.js';
import type { Role } from '../../contracts/auth.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from '../reports/download.decorators.js';
import { ActivityReportExportsService } from './activity-report-exports.service.js';
import { ActivityReportsService, type MeasureCaller } from './activity-reports.service.js';
import {
  MeasureTransitionDto,
  PutEvaluationDto,
  PutMeasureDto,
  ReturnMeasureDto,
} from './dto/activity-report.dto.js';

interface YearCall extends Caller {
  planId: string;
  year: string;
}

/** A route on a target's measures: the path and who takes the step. */
interface MeasureCall {
  planId: string;
  year: string;
  target: string;
  caller: MeasureCaller;
}

const YearOf = pathParams(['planId', 'year'], ({ planId, year }, request): YearCall => ({
  planId,
  year,
  ...callerOf(request),
}));
const MeasureAt = pathParams(
  ['planId', 'year', 'target'],
  ({ planId, year, target }, request): MeasureCall => ({
    planId,
    year,
    target,
    caller: { user: request.user ?? null, ...callerOf(request) },
  }),
);

/** A step of the measures' workflow (POST …/measures/:target/<step>), taken by `roles`. */
const MeasureStep = (step: string, summary: string, ...roles: Role[]): MethodDecorator =>
  applyDecorators(PostAction(`:year/measures/:target/${step}`, summary), Allow(...roles));

/**
 * The activity report's performance part of a plan year (faaliyet raporu, planning-cycle.md 5):
 * every role of the institution reads; the responsible unit writes and submits the measures of its
 * targets, the planner approves or returns them and writes the evaluation.
 */
@ApiTags('activity-reports')
@ApiLang()
@Controller('plans/:planId/activity-reports')
export class ActivityReportsController {
  constructor(
    private readonly reports: ActivityReportsService,
    private readonly exports: ActivityReportExportsService,
  ) {}

  @Read(
    ':year/performance',
    'Performans Sonuçları Tablosu: GET progress of the year on approved values, with each deviation’s reason and the measures',
  )
  performance(@YearOf() call: YearCall): Promise<ActivityReportPerformanceResponse> {
    return this.reports.performance(call.planId, call.year, call.lang);
  }

  @Read(':year/measures', 'The measures taken or planned per target, with their workflow status')
  measures(@YearOf() call: YearCall): Promise<MeasureResponse[]> {
    return this.reports.listMeasures(call.planId, call.year, call.lang);
  }

  @Replace(':year/measures/:target', 'The responsible unit writes its measures for a target (201 when made)')
  @Allow('admin', 'unit_manager')
  async putMeasure(
    @MeasureAt() at: MeasureCall,
    @Body() dto: PutMeasureDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeasureResponse> {
    const { created, measure } = await this.reports.putMeasure(at.planId, at.year, at.target, at.caller, dto);
    if (created) void reply.status(201);
    return measure;
  }

  @MeasureStep('submit', 'The unit submits its measures to the planner', 'admin', 'unit_manager')
  submitMeasure(@MeasureAt() at: MeasureCall, @Body() dto: MeasureTransitionDto): Promise<MeasureResponse> {
    return this.reports.submitMeasure(at.planId, at.year, at.target, at.caller, dto);
  }

  @MeasureStep('approve', 'The planner approves submitted measures (not their own)', 'admin', 'planner')
  approveMeasure(@MeasureAt() at: MeasureCall, @Body() dto: MeasureTransitionDto): Promise<MeasureResponse> {
    return this.reports.approveMeasure(at.planId, at.year, at.target, at.caller, dto);
  }

  @MeasureStep('return', 'The planner returns submitted measures with a comment', 'admin', 'planner')
  returnMeasure(@MeasureAt() at: MeasureCall, @Body() dto: ReturnMeasureDto): Promise<MeasureResponse> {
    return this.reports.returnMeasure(at.planId, at.year, at.target, at.caller, dto);
  }

  @Read(
    ':year/evaluation',
    'The yearly evaluation: per target deviations and measures, per indicator the criteria with their guiding questions',
  )
  evaluation(@YearOf() call: YearCall): Promise<EvaluationResponse> {
    return this.reports.evaluation(call.planId, call.year, call.lang);
  }

  @Replace(':year/evaluation', 'Write the evaluation: the texts given replace the stored ones')
  @Allow('admin', 'planner')
  putEvaluation(@YearOf() call: YearCall, @Body() dto: PutEvaluationDto): Promise<EvaluationResponse> {
    return this.reports.putEvaluation(call.planId, call.year, dto, call.lang);
  }

  @ReadFile(':year/performance.xlsx', 'The results table and the evaluation as a workbook')
  async workbook(@YearOf() call: YearCall): Promise<StreamableFile> {
    return download(await this.exports.performanceWorkbook(call.planId, call.year, call.lang));
  }

  @ReadFile(
    ':year/activity-report.docx',
    'The activity report’s performance part as a Word document, with charts',
    'docx',
  )
  async document(@YearOf() call: YearCall): Promise<StreamableFile> {
    return download(await this.exports.reportDocument(call.planId, call.year, call.lang), 'docx');
  }
}
