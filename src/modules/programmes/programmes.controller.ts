import { applyDecorators, Body, Controller, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  ActivityProgressResponse,
  ProgrammeResponse,
  ProgrammeRevisionResponse,
  ProgrammeTablesResponse,
} from '../../contracts/programme.js';
import type { Role } from '../../contracts/auth.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang } from '../../common/lang.js';
import {
  Change,
  Create,
  PlanOf,
  PostAction,
  Read,
  Remove,
  Replace,
  callerOf,
  pathParams,
  type PlanCall,
} from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from '../reports/download.decorators.js';
import {
  AcceptProgrammeDto,
  CreateProgrammeActivityDto,
  CreateProgrammeTargetDto,
  OpenRevisionDto,
  ProgressTransitionDto,
  PublishProgrammeDto,
  PutActivityProgressDto,
  PutProgrammeDto,
  ReturnProgressDto,
  PutProgrammeIndicatorDto,
  SubmitProgrammeDto,
  UpdateProgrammeActivityDto,
  UpdateProgrammeTargetDto,
} from './dto/programme.dto.js';
import { ActivityProgressService, type ProgressCall } from './activity-progress.service.js';
import { ProgrammeExportsService } from './programme-exports.service.js';
import { ProgrammesService } from './programmes.service.js';

/** The path parameters of a route, with the caller's language. */
type At<K extends string> = Readonly<Record<K, string>> & { lang: Lang };

const YearAt = pathParams(['planId', 'year'], ({ planId, year }, request): At<'planId' | 'year'> => ({
  planId,
  year,
  lang: callerOf(request).lang,
}));
const TargetAt = pathParams(
  ['planId', 'year', 'ph'],
  ({ planId, year, ph }, request): At<'planId' | 'year' | 'ph'> => ({
    planId,
    year,
    ph,
    lang: callerOf(request).lang,
  }),
);
const IndicatorAt = pathParams(
  ['planId', 'year', 'ph', 'indicator'],
  ({ planId, year, ph, indicator }, request): At<'planId' | 'year' | 'ph' | 'indicator'> => ({
    planId,
    year,
    ph,
    indicator,
    lang: callerOf(request).lang,
  }),
);
const ActivityAt = pathParams(
  ['planId', 'year', 'activity'],
  ({ planId, year, activity }, request): At<'planId' | 'year' | 'activity'> => ({
    planId,
    year,
    activity,
    lang: callerOf(request).lang,
  }),
);

const ProgressAt = pathParams(
  ['planId', 'year', 'activity', 'period'],
  ({ planId, year, activity, period }, request): ProgressCall => ({
    planId,
    year,
    activity,
    period,
    user: request.user ?? null,
    lang: callerOf(request).lang,
  }),
);
const ActivityProgressAt = pathParams(
  ['planId', 'year', 'activity'],
  ({ planId, year, activity }, request): Omit<ProgressCall, 'period'> => ({
    planId,
    year,
    activity,
    user: request.user ?? null,
    lang: callerOf(request).lang,
  }),
);

/** A step of a progress entry's workflow (POST …/progress/:period/<step>), taken by `roles`. */
const ProgressStep = (step: string, summary: string, ...roles: Role[]): MethodDecorator =>
  applyDecorators(
    PostAction(`:year/activities/:activity/progress/:period/${step}`, summary),
    Allow(...roles),
  );

interface ProgrammeValidationResponse {
  planId: string;
  year: number;
  errors: number;
  warnings: number;
  issues: Array<{ code: string; severity: 'error' | 'warning'; path: string; message: string }>;
}

/**
 * A plan's yearly performance programmes (performans programı, planning-cycle.md 3): planners
 * and administrators write, every role of the institution reads (unit managers, reviewers).
 */
@ApiTags('programmes')
@ApiLang()
@Controller('plans/:planId/programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly exports: ProgrammeExportsService,
    private readonly progress: ActivityProgressService,
  ) {}

  @Read(undefined, 'The plan’s performance programmes, year by year')
  list(@PlanOf() call: PlanCall): Promise<ProgrammeResponse[]> {
    return this.programmes.list(call.planId);
  }

  @Read(
    ':year',
    'The programme of a year: PHs with their indicators’ figures, activities and costs, lifecycle',
  )
  get(@YearAt() at: At<'planId' | 'year'>): Promise<ProgrammeResponse> {
    return this.programmes.get(at.planId, at.year, at.lang);
  }

  @Replace(
    ':year',
    'Make the programme of a plan year (201) or change its format, budget proposal, general administration and transfers',
  )
  @Allow('admin', 'planner')
  async put(
    @YearAt() at: At<'planId' | 'year'>,
    @Body() dto: PutProgrammeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgrammeResponse> {
    const { created, programme } = await this.programmes.put(at.planId, at.year, dto, at.lang);
    if (created) void reply.status(201);
    return programme;
  }

  @Remove(':year', 'Delete a draft programme that was never accepted')
  @Allow('admin', 'planner')
  remove(@YearAt() at: At<'planId' | 'year'>): Promise<void> {
    return this.programmes.remove(at.planId, at.year, at.lang);
  }

  @Read(
    ':year/tables',
    'Tables 1–5 computed from the programme, and where the budget proposal breaks the identity',
  )
  tables(@YearAt() at: At<'planId' | 'year'>): Promise<ProgrammeTablesResponse> {
    return this.programmes.tables(at.planId, at.year, at.lang);
  }

  @ReadFile(':year/tables.xlsx', 'Tables 1–5 as one workbook')
  async workbook(@YearAt() at: At<'planId' | 'year'>): Promise<StreamableFile> {
    return download(await this.exports.tablesWorkbook(at.planId, at.year, at.lang));
  }

  @Read(':year/validation', 'The programme’s rules (PP_*): errors and warnings in the request’s language')
  validation(@YearAt() at: At<'planId' | 'year'>): Promise<ProgrammeValidationResponse> {
    return this.programmes.validation(at.planId, at.year, at.lang);
  }

  @Create(':year/targets', 'Add a performance target (PH): a plan target of the year')
  @Allow('admin', 'planner')
  addTarget(
    @YearAt() at: At<'planId' | 'year'>,
    @Body() dto: CreateProgrammeTargetDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.addTarget(at.planId, at.year, dto, at.lang);
  }

  @Change(':year/targets/:ph', 'Change a PH: its code, plan target or explanation')
  @Allow('admin', 'planner')
  updateTarget(
    @TargetAt() at: At<'planId' | 'year' | 'ph'>,
    @Body() dto: UpdateProgrammeTargetDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.updateTarget(at.planId, at.year, at.ph, dto, at.lang);
  }

  @Remove(':year/targets/:ph', 'Delete a PH with its activities')
  @Allow('admin', 'planner')
  deleteTarget(@TargetAt() at: At<'planId' | 'year' | 'ph'>): Promise<void> {
    return this.programmes.deleteTarget(at.planId, at.year, at.ph, at.lang);
  }

  @Replace(
    ':year/targets/:ph/indicators/:indicator',
    'Figures typed for an indicator’s years (t-2, t-1, t) and its explanation',
  )
  @Allow('admin', 'planner')
  putIndicator(
    @IndicatorAt() at: At<'planId' | 'year' | 'ph' | 'indicator'>,
    @Body() dto: PutProgrammeIndicatorDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.putIndicator(at.planId, at.year, at.ph, at.indicator, dto, at.lang);
  }

  @Create(':year/activities', 'Add an activity or project to a PH: responsible unit and costs')
  @Allow('admin', 'planner')
  addActivity(
    @YearAt() at: At<'planId' | 'year'>,
    @Body() dto: CreateProgrammeActivityDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.addActivity(at.planId, at.year, dto, at.lang);
  }

  @Change(':year/activities/:activity', 'Change an activity')
  @Allow('admin', 'planner')
  updateActivity(
    @ActivityAt() at: At<'planId' | 'year' | 'activity'>,
    @Body() dto: UpdateProgrammeActivityDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.updateActivity(at.planId, at.year, at.activity, dto, at.lang);
  }

  @Remove(':year/activities/:activity', 'Delete an activity')
  @Allow('admin', 'planner')
  deleteActivity(@ActivityAt() at: At<'planId' | 'year' | 'activity'>): Promise<void> {
    return this.programmes.deleteActivity(at.planId, at.year, at.activity, at.lang);
  }

  @PostAction(':year/submit', 'Submit a draft without errors to the council (date)')
  @Allow('admin', 'planner')
  submit(@YearAt() at: At<'planId' | 'year'>, @Body() dto: SubmitProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.submit(at.planId, at.year, dto, at.lang);
  }

  @PostAction(':year/accept', 'Record the council’s acceptance (decision date and number)')
  @Allow('admin', 'planner')
  accept(@YearAt() at: At<'planId' | 'year'>, @Body() dto: AcceptProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.accept(at.planId, at.year, dto, at.lang);
  }

  @PostAction(
    ':year/publish',
    'Record that the accepted programme was published (date); the public plan page then shows it',
  )
  @Allow('admin', 'planner')
  publish(@YearAt() at: At<'planId' | 'year'>, @Body() dto: PublishProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.publish(at.planId, at.year, dto, at.lang);
  }

  @Read(
    ':year/activities/:activity/progress',
    'An activity’s progress entries, period by period, with their workflow status',
  )
  listProgress(
    @ActivityProgressAt() call: Omit<ProgressCall, 'period'>,
  ): Promise<ActivityProgressResponse[]> {
    return this.progress.list(call);
  }

  @Replace(
    ':year/activities/:activity/progress/:period',
    'Enter the draft progress (0–100 %, note) and spending by economic code of an activity for YYYY-H1 or YYYY; the period must be open; the activity’s unit only',
  )
  @Allow('admin', 'unit_manager')
  async putProgress(
    @ProgressAt() call: ProgressCall,
    @Body() dto: PutActivityProgressDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityProgressResponse> {
    const result = await this.progress.put(call, dto);
    void reply.status(result.created ? 201 : 200);
    return result.progress;
  }

  @ProgressStep('submit', 'Submit a draft or returned progress entry for approval', 'admin', 'unit_manager')
  submitProgress(
    @ProgressAt() call: ProgressCall,
    @Body() dto: ProgressTransitionDto,
  ): Promise<ActivityProgressResponse> {
    return this.progress.submit(call, dto);
  }

  @ProgressStep(
    'withdraw',
    'Withdraw a submitted progress entry before it is approved',
    'admin',
    'unit_manager',
  )
  withdrawProgress(
    @ProgressAt() call: ProgressCall,
    @Body() dto: ProgressTransitionDto,
  ): Promise<ActivityProgressResponse> {
    return this.progress.withdraw(call, dto);
  }

  @ProgressStep(
    'approve',
    'Approve a submitted progress entry (never by who entered or submitted it)',
    'admin',
    'planner',
  )
  approveProgress(
    @ProgressAt() call: ProgressCall,
    @Body() dto: ProgressTransitionDto,
  ): Promise<ActivityProgressResponse> {
    return this.progress.approve(call, dto);
  }

  @ProgressStep('return', 'Return a submitted progress entry to the unit with a comment', 'admin', 'planner')
  returnProgress(
    @ProgressAt() call: ProgressCall,
    @Body() dto: ReturnProgressDto,
  ): Promise<ActivityProgressResponse> {
    return this.progress.returnEntry(call, dto);
  }

  @Create(':year/revisions', 'Open a revision of an accepted programme, with its reason')
  @Allow('admin', 'planner')
  openRevision(
    @YearAt() at: At<'planId' | 'year'>,
    @Body() dto: OpenRevisionDto,
  ): Promise<ProgrammeRevisionResponse> {
    return this.programmes.openRevision(at.planId, at.year, dto, at.lang);
  }

  @Read(':year/revisions', 'The revisions opened, each with the programme as accepted before it')
  revisions(@YearAt() at: At<'planId' | 'year'>): Promise<ProgrammeRevisionResponse[]> {
    return this.programmes.revisions(at.planId, at.year, at.lang);
  }
}
