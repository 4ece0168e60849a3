import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActivityProgressResponse, EconomicCode } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import type { RequestUser } from '../../common/request-user.js';
import { toActor } from '../../common/request-user.js';
import { setActor } from '../../database/actor.js';
import { selfApprovalProblem } from '../indicators/value-rules.js';
import {
  assertPlanNotClosed,
  assertStatus,
  assertUnlocked,
  assertVersion,
  STEP_FROM,
} from '../indicators/value-guards.js';
import { assertPeriodOpen } from '../periods/period-gate.repository.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import type { Plan } from '../plans/plan.entity.js';
import {
  MONITORED_PROGRAMME,
  progressInputProblems,
  progressPeriodProblem,
  progressRefusalCode,
} from './activity-progress.js';
import type {
  PutActivityProgressDto,
  ProgressTransitionDto,
  ReturnProgressDto,
} from './dto/programme.dto.js';
import { activityKey, type MonitoredActivity } from './monitored-activity.js';
import { findMonitoredActivity } from './monitored-activity.repository.js';
import { ProgrammeActivityProgress } from './programme-activity-progress.entity.js';
import { Programme } from './programme.entity.js';
import { toProgressResponse } from './programme.mapper.js';

/** A progress entry's place (plan, programme year, activity code, period) and who asks. */
export interface ProgressCall {
  planId: string;
  year: string;
  activity: string;
  period: string;
  user: RequestUser | null;
  lang: Lang;
}

/** One entry inside its transaction: the plan, the programme, the activity (locked) and its row, null when none. */
interface Entry {
  manager: EntityManager;
  plan: Plan;
  programme: Programme;
  /** A classic activity or a programme-budget one, by the programme's format (monitored-activity.ts). */
  activity: MonitoredActivity;
  period: string;
  row: ProgrammeActivityProgress | null;
}

/**
 * The monitoring of an accepted programme's activities (issue 14 point 5) in the value workflow
 * of domain.md 6, with its rules and guards (indicators/value-guards.ts, value-rules.ts) and its
 * period gate (periods/period-gate.repository.ts): the activity's unit enters progress and
 * spending as a draft and submits it; a planner approves it or returns it with a comment; every
 * step needs the assessment period open, the version read, and the status the step leaves; the
 * one who entered or submitted it never approves it (SELF_APPROVAL). The tables' triggers audit
 * every step. Locking: the plan row FOR KEY SHARE (as value entries), the activity row FOR NO KEY
 * UPDATE, so steps on one activity run one after another and the period never closes under them.
 */
@Injectable()
export class ActivityProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An activity's entries, period by period. */
  async list(call: Omit<ProgressCall, 'period'>): Promise<ActivityProgressResponse[]> {
    const manager = this.dataSource.manager;
    const { programme, activity } = await this.locate(manager, call, false);
    const rows = await manager.find(ProgrammeActivityProgress, {
      where: activityKey(activity),
      order: { period: 'ASC' },
    });
    return rows.map((row) => toProgressResponse(row, activity.code, programme.year));
  }

  /** Creates or updates the draft of a period (a returned entry goes back to draft); answers whether it was created. */
  async put(
    call: ProgressCall,
    dto: PutActivityProgressDto,
  ): Promise<{ created: boolean; progress: ActivityProgressResponse }> {
    const problems = progressInputProblems(dto, call.lang);
    if (problems.length > 0)
      throw new BadRequestError(progressRefusalCode(problems) as 'ACTIVITY_PERCENT', {}, problems);
    return this.withEntry(call, null, async (entry) => {
      assertVersion(entry.activity.code, entry.period, current(entry), dto.version);
      if (entry.row) assertUnlocked({ status: entry.row.status, period: entry.period });
      const fields = {
        percent: dto.percent,
        note: dto.note ?? null,
        spending: (dto.spending ?? {}) as Partial<Record<EconomicCode, number>>,
        status: 'draft' as const,
        enteredBy: call.user?.id ?? null,
        returnComment: entry.row?.returnComment ?? null,
      };
      if (entry.row) {
        await entry.manager.update(
          ProgrammeActivityProgress,
          { id: entry.row.id },
          { ...fields, version: entry.row.version + 1 },
        );
      } else {
        await entry.manager.insert(ProgrammeActivityProgress, {
          institutionId: entry.plan.institutionId,
          planId: entry.plan.id,
          ...activityKey(entry.activity),
          period: entry.period,
          ...fields,
        });
      }
      return { created: !entry.row, progress: await reload(entry) };
    });
  }

  /** draft | returned → submitted. */
  submit(call: ProgressCall, dto: ProgressTransitionDto): Promise<ActivityProgressResponse> {
    return this.withEntry(call, null, async (entry) => {
      const row = stepRow(entry, dto.version, 'submit');
      await update(entry, row, {
        status: 'submitted',
        submittedBy: call.user?.id ?? null,
        submittedAt: new Date(),
      });
      return reload(entry);
    });
  }

  /** submitted → draft, before anyone approved it. */
  withdraw(call: ProgressCall, dto: ProgressTransitionDto): Promise<ActivityProgressResponse> {
    return this.withEntry(call, null, async (entry) => {
      const row = stepRow(entry, dto.version, 'withdraw');
      await update(entry, row, { status: 'draft', submittedBy: null, submittedAt: null });
      return reload(entry);
    });
  }

  /** submitted → approved, by someone who neither entered nor submitted it (409 SELF_APPROVAL). */
  approve(call: ProgressCall, dto: ProgressTransitionDto): Promise<ActivityProgressResponse> {
    return this.withEntry(call, null, async (entry) => {
      const row = stepRow(entry, dto.version, 'approve');
      const selfApproval = selfApprovalProblem(row, entry.activity.code, call.user?.id ?? null, call.lang);
      if (selfApproval)
        throw new ConflictError('SELF_APPROVAL', selfApproval, undefined, response(entry, row));
      await update(entry, row, {
        status: 'approved',
        approvedBy: call.user?.id ?? null,
        approvedAt: new Date(),
        returnComment: null,
      });
      return reload(entry);
    });
  }

  /** submitted → returned to the unit with the planner's comment (the audit trail's reason). */
  returnEntry(call: ProgressCall, dto: ReturnProgressDto): Promise<ActivityProgressResponse> {
    return this.withEntry(call, dto.comment, async (entry) => {
      const row = stepRow(entry, dto.version, 'return');
      await update(entry, row, { status: 'returned', returnComment: dto.comment });
      return reload(entry);
    });
  }

  /**
   * One transaction: the actor and reason for the audit trail, the plan shared, the activity
   * locked; the plan open, the programme accepted, the caller's unit, the period one of the
   * programme year's and open.
   */
  private withEntry<T>(
    call: ProgressCall,
    reason: string | null,
    work: (entry: Entry) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, toActor(call.user), reason);
      const located = await this.locate(manager, call, true);
      assertPlanNotClosed(located.plan);
      if (!MONITORED_PROGRAMME.has(located.programme.status))
        throw new ConflictError('PP_STATUS', { status: located.programme.status });
      const problem = progressPeriodProblem(
        located.activity.code,
        located.programme.year,
        call.period,
        call.lang,
      );
      if (problem !== null)
        throw new BadRequestError('VALUE_PERIOD', problem, [
          { path: 'period', code: 'VALUE_PERIOD', message: problem },
        ]);
      await assertPeriodOpen(manager, located.plan, call.period, call.lang);
      const row = await manager.findOneBy(ProgrammeActivityProgress, {
        ...activityKey(located.activity),
        period: call.period,
      });
      return work({ manager, ...located, period: call.period, row });
    });
  }

  /** The plan, the programme of the year (404s, 400 PP_YEAR) and the activity, checked against the caller's units. */
  private async locate(
    manager: EntityManager,
    call: Omit<ProgressCall, 'period'>,
    lock: boolean,
  ): Promise<Omit<Entry, 'manager' | 'period' | 'row'>> {
    const plan = await getPlanOr404(manager, call.planId);
    if (lock) await lockPlan(manager, plan.id, 'key share');
    const year = /^\d{4}$/.test(call.year) ? Number(call.year) : NaN;
    if (!(year >= plan.startYear && year <= plan.endYear)) {
      const params = { year: call.year.slice(0, 16), years: `${plan.startYear}–${plan.endYear}` };
      const message = errorMessage('PP_YEAR', params, call.lang);
      throw new BadRequestError('PP_YEAR', message, [{ path: 'year', code: 'PP_YEAR', message }]);
    }
    const programme = await manager.findOneBy(Programme, { planId: plan.id, year });
    if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', { year });
    const activity = await findMonitoredActivity(manager, programme, call.activity, lock);
    if (!activity)
      throw new NotFoundError('PROGRAMME_ACTIVITY_NOT_FOUND', { code: call.activity.slice(0, 64) });
    if (lock) assertOwnUnit(call.user, plan.institutionId, activity);
    return { plan, programme, activity };
  }
}

/** A unit manager enters only for activities of their own units (403 NOT_YOUR_UNIT), as for indicators. */
function assertOwnUnit(user: RequestUser | null, institutionId: string, activity: MonitoredActivity): void {
  if (!user || user.isSuperadmin) return;
  const membership = user.memberships.get(institutionId);
  if (membership?.role !== 'unit_manager') return;
  if (activity.unitId !== null && membership.unitIds.includes(activity.unitId)) return;
  throw new AppError(403, 'NOT_YOUR_UNIT', { code: activity.code });
}

/** The row a step acts on: it exists (404), the client saw its version (409 STALE_VERSION), its status allows the step (409 VALUE_STATUS). */
function stepRow(
  entry: Entry,
  version: number | undefined,
  action: keyof typeof STEP_FROM,
): ProgrammeActivityProgress {
  const row = entry.row;
  if (!row)
    throw new NotFoundError('ACTIVITY_PROGRESS_NOT_FOUND', {
      code: entry.activity.code,
      period: entry.period,
    });
  assertVersion(entry.activity.code, entry.period, current(entry), version);
  assertStatus(row, STEP_FROM[action], action, response(entry, row));
  return row;
}

async function update(
  entry: Entry,
  row: ProgrammeActivityProgress,
  fields: Partial<ProgrammeActivityProgress>,
): Promise<void> {
  await entry.manager.update(
    ProgrammeActivityProgress,
    { id: row.id },
    { ...fields, version: row.version + 1 },
  );
}

function current(entry: Entry): ActivityProgressResponse | null {
  return entry.row ? response(entry, entry.row) : null;
}

function response(entry: Entry, row: ProgrammeActivityProgress): ActivityProgressResponse {
  return toProgressResponse(row, entry.activity.code, entry.programme.year);
}

async function reload(entry: Entry): Promise<ActivityProgressResponse> {
  const row = await entry.manager.findOneByOrFail(ProgrammeActivityProgress, {
    ...activityKey(entry.activity),
    period: entry.period,
  });
  return response(entry, row);
}
