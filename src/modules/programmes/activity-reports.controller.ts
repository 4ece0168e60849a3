import { Body, Controller, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  ActivityReportPerformanceResponse,
  EvaluationResponse,
  MeasureResponse,
} from '../../contracts/activity-report.js';
import { ApiLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { callerOf, pathParams, PostAction, Read, Replace, type Caller } from '../../common/routes.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../contracts/workbooks.js';
import { Allow } from '../auth/access.decorators.js';
import { contentDisposition } from '../reports/report-files.js';
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

interface TargetCall extends YearCall {
  target: string;
}

const YearOf = pathParams(['planId', 'year'], ({ planId, year }, request): YearCall => ({
  planId,
  year,
  ...callerOf(request),
}));
const TargetOf = pathParams(
  ['planId', 'year', 'target'],
  ({ planId, year, target }, request): TargetCall => ({ planId, year, target, ...callerOf(request) }),
);

function measureCaller(call: Caller, user: RequestUser): MeasureCaller {
  return { user, actor: call.actor, lang: call.lang };
}

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
    @TargetOf() call: TargetCall,
    @CurrentUser() user: RequestUser,
    @Body() dto: PutMeasureDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeasureResponse> {
    const { created, measure } = await this.reports.putMeasure(
      call.planId,
      call.year,
      call.target,
      measureCaller(call, user),
      dto,
    );
    if (created) void reply.status(201);
    return measure;
  }

  @PostAction(':year/measures/:target/submit', 'The unit submits its measures to the planner')
  @Allow('admin', 'unit_manager')
  submitMeasure(
    @TargetOf() call: TargetCall,
    @CurrentUser() user: RequestUser,
    @Body() dto: MeasureTransitionDto,
  ): Promise<MeasureResponse> {
    return this.reports.submitMeasure(call.planId, call.year, call.target, measureCaller(call, user), dto);
  }

  @PostAction(':year/measures/:target/approve', 'The planner approves submitted measures (not their own)')
  @Allow('admin', 'planner')
  approveMeasure(
    @TargetOf() call: TargetCall,
    @CurrentUser() user: RequestUser,
    @Body() dto: MeasureTransitionDto,
  ): Promise<MeasureResponse> {
    return this.reports.approveMeasure(call.planId, call.year, call.target, measureCaller(call, user), dto);
  }

  @PostAction(':year/measures/:target/return', 'The planner returns submitted measures with a comment')
  @Allow('admin', 'planner')
  returnMeasure(
    @TargetOf() call: TargetCall,
    @CurrentUser() user: RequestUser,
    @Body() dto: ReturnMeasureDto,
  ): Promise<MeasureResponse> {
    return this.reports.returnMeasure(call.planId, call.year, call.target, measureCaller(call, user), dto);
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

  @Read(':year/performance.xlsx', 'The results table and the evaluation as a workbook')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async workbook(@YearOf() call: YearCall): Promise<StreamableFile> {
    const file = await this.exports.performanceWorkbook(call.planId, call.year, call.lang);
    return new StreamableFile(file.content, {
      type: XLSX_CONTENT_TYPE,
      disposition: contentDisposition(file.fileName),
      length: file.content.length,
    });
  }

  @Read(
    ':year/activity-report.docx',
    'The activity report’s performance part as a Word document, with charts',
  )
  @ApiProduces(DOCX_CONTENT_TYPE)
  async document(@YearOf() call: YearCall): Promise<StreamableFile> {
    const file = await this.exports.reportDocument(call.planId, call.year, call.lang);
    return new StreamableFile(file.content, {
      type: DOCX_CONTENT_TYPE,
      disposition: contentDisposition(file.fileName),
      length: file.content.length,
    });
  }
}
