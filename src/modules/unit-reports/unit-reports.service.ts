import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  UnitActivityReportResponse,
  UnitReportActivity,
  UnitReportsResponse,
  UnitReportStatus,
} from '../../contracts/unit-reports.js';
import type { Lang } from '../../contracts/validation.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import type { RequestUser } from '../../common/request-user.js';
import { toActor } from '../../common/request-user.js';
import { setActor } from '../../database/actor.js';
import { endOfFebruary } from '../calendar/calendar-rules.js';
import {
  assertPlanNotClosed,
  assertStatus,
  assertUnlocked,
  assertVersion,
  STEP_FROM,
} from '../indicators/value-guards.js';
import { selfApprovalProblem } from '../indicators/value-rules.js';
import { Unit } from '../institutions/unit.entity.js';
import { ENTRY_ACTIVITY_ID, MONITORED_ACTIVITIES } from '../periods/monitored-activities.sql.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import type { Plan } from '../plans/plan.entity.js';
import { periodProgress, type ProgressRow } from '../programmes/activity-progress.js';
import { ProgressService } from '../progress/progress.service.js';
import type { PutUnitReportDto, ReportTransitionDto, ReturnReportDto } from './dto/unit-reports.dto.js';
import { UnitActivityReport } from './unit-activity-report.entity.js';
import { owingUnits, reportCounts, unitTargets } from './unit-reports.js';

/** A unit's report (plan, year, unit code) and who asks. */
export interface ReportCall {
  planId: string;
  year: string;
  unit: string;
  user: RequestUser | null;
  lang: Lang;
}

interface Located {
  manager: EntityManager;
  plan: Plan;
  year: number;
  unit: Unit;
  row: UnitActivityReport | null;
}

/**
 * Unit activity reports (issue 14 point 8): the unit manager writes the problems and proposals of
 * the year and submits them; a planner approves or returns them; the value workflow's guards
 * (indicators/value-guards.ts) judge every step: the version read (409 STALE_VERSION), the status
 * the step leaves (409 VALUE_STATUS), a submitted or approved report locked (409 VALUE_LOCKED),
 * no approval by who wrote or submitted it (409 SELF_APPROVAL), a closed plan (409 PLAN_CLOSED).
 * The results shown beside the text are GET progress's figures for the year on approved values.
 */
@Injectable()
export class UnitReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  /** Every unit that owes a report for the year (and any that wrote one), with its state. */
  async list(planId: string, yearText: string, lang: Lang): Promise<UnitReportsResponse> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const year = yearOf(plan, yearText, lang);
    const [units, responsible, reports] = await Promise.all([
      manager.find(Unit, { where: { institutionId: plan.institutionId } }),
      responsibleUnits(manager, plan.id, year),
      manager.find(UnitActivityReport, { where: { planId: plan.id, year } }),
    ]);
    const byUnit = new Map(reports.map((row) => [row.unitId, row]));
    const listed = owingUnits(units, new Set([...responsible, ...byUnit.keys()]));
    const statuses: UnitReportStatus[] = listed.map((unit) => {
      const row = byUnit.get(unit.id);
      return {
        unit: unit.code,
        unitName: unit.name,
        state: row ? row.status : 'missing',
        submittedAt: row?.submittedAt ? row.submittedAt.toISOString() : null,
        approvedAt: row?.approvedAt ? row.approvedAt.toISOString() : null,
        version: row ? row.version : null,
      };
    });
    return {
      planId: plan.id,
      year,
      dueDate: endOfFebruary(year + 1),
      units: statuses,
      counts: reportCounts(statuses),
    };
  }

  async get(call: ReportCall): Promise<UnitActivityReportResponse> {
    return this.answer(await this.locate(this.dataSource.manager, call, false), call.lang);
  }

  /** Creates or updates the draft (a returned report goes back to draft, its comment kept in view). */
  async put(
    call: ReportCall,
    dto: PutUnitReportDto,
  ): Promise<{ created: boolean; report: UnitActivityReportResponse }> {
    const located = await this.dataSource.transaction(async (manager) => {
      await setActor(manager, toActor(call.user));
      const entry = await this.locate(manager, call, true);
      assertOwnUnit(call.user, entry);
      assertVersion(entry.unit.code, String(entry.year), entry.row, dto.version);
      if (entry.row) assertUnlocked({ status: entry.row.status, period: String(entry.year) });
      const fields = {
        problems: dto.problems === undefined ? (entry.row?.problems ?? null) : dto.problems,
        proposals: dto.proposals === undefined ? (entry.row?.proposals ?? null) : dto.proposals,
        status: 'draft' as const,
        enteredBy: call.user?.id ?? null,
      };
      if (entry.row) {
        await manager.update(
          UnitActivityReport,
          { id: entry.row.id },
          { ...fields, version: entry.row.version + 1 },
        );
      } else {
        await manager.insert(UnitActivityReport, {
          institutionId: entry.plan.institutionId,
          planId: entry.plan.id,
          year: entry.year,
          unitId: entry.unit.id,
          ...fields,
        });
      }
      return { created: !entry.row, entry: await reload(entry) };
    });
    return { created: located.created, report: await this.answer(located.entry, call.lang) };
  }

  /** draft | returned → submitted, by the unit. */
  submit(call: ReportCall, dto: ReportTransitionDto): Promise<UnitActivityReportResponse> {
    return this.step(call, null, 'submit', dto.version, (entry) => {
      assertOwnUnit(call.user, entry);
      return { status: 'submitted', submittedBy: call.user?.id ?? null, submittedAt: new Date() };
    });
  }

  /** submitted → approved by a planner who neither wrote nor submitted it; the calendar's event is then done for the unit. */
  approve(call: ReportCall, dto: ReportTransitionDto): Promise<UnitActivityReportResponse> {
    return this.step(call, null, 'approve', dto.version, (entry, row) => {
      const problem = selfApprovalProblem(
        { period: String(entry.year), enteredBy: row.enteredBy, submittedBy: row.submittedBy },
        entry.unit.code,
        call.user?.id ?? null,
        call.lang,
      );
      if (problem) throw new ConflictError('SELF_APPROVAL', problem);
      return {
        status: 'approved',
        approvedBy: call.user?.id ?? null,
        approvedAt: new Date(),
        returnComment: null,
      };
    });
  }

  /** submitted → returned to the unit with the planner's comment. */
  returnReport(call: ReportCall, dto: ReturnReportDto): Promise<UnitActivityReportResponse> {
    return this.step(call, dto.comment, 'return', dto.version, () => ({
      status: 'returned',
      returnComment: dto.comment,
    }));
  }

  private async step(
    call: ReportCall,
    reason: string | null,
    action: keyof typeof STEP_FROM,
    version: number | undefined,
    fields: (entry: Located, row: UnitActivityReport) => Partial<UnitActivityReport>,
  ): Promise<UnitActivityReportResponse> {
    const entry = await this.dataSource.transaction(async (manager) => {
      await setActor(manager, toActor(call.user), reason);
      const located = await this.locate(manager, call, true);
      const row = located.row;
      if (!row)
        throw new NotFoundError('UNIT_REPORT_NOT_FOUND', { unit: located.unit.code, year: located.year });
      assertVersion(located.unit.code, String(located.year), row, version);
      assertStatus({ period: String(located.year), status: row.status }, STEP_FROM[action], action, {
        status: row.status,
        version: row.version,
      });
      await manager.update(
        UnitActivityReport,
        { id: row.id },
        { ...fields(located, row), version: row.version + 1 },
      );
      return reload(located);
    });
    return this.answer(entry, call.lang);
  }

  /** The plan (404), the year (400 REPORT_YEAR), the unit of the plan's institution (404 UNIT_NOT_FOUND) and its report. */
  private async locate(manager: EntityManager, call: ReportCall, lock: boolean): Promise<Located> {
    const plan = await getPlanOr404(manager, call.planId);
    if (lock) {
      await lockPlan(manager, plan.id, 'key share');
      assertPlanNotClosed(plan);
    }
    const year = yearOf(plan, call.year, call.lang);
    const unit = await manager.findOneBy(Unit, { institutionId: plan.institutionId, code: call.unit });
    if (!unit) throw new NotFoundError('UNIT_NOT_FOUND', { code: call.unit.slice(0, 64) });
    const row = await manager.findOne(UnitActivityReport, {
      where: { planId: plan.id, year, unitId: unit.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return { manager, plan, year, unit, row };
  }

  /** The report with its results: GET progress of the year on approved values, and the unit's activities. */
  private async answer(entry: Located, lang: Lang): Promise<UnitActivityReportResponse> {
    const progress = await this.progress.getProgress(entry.plan.id, String(entry.year), lang, {
      basis: 'approved',
    });
    const { programmeStatus, activities } = await unitActivities(this.dataSource.manager, entry);
    const row = entry.row;
    return {
      planId: entry.plan.id,
      year: entry.year,
      unit: entry.unit.code,
      unitName: entry.unit.name,
      dueDate: endOfFebruary(entry.year + 1),
      state: row ? row.status : 'missing',
      status: row ? row.status : null,
      problems: row?.problems ?? null,
      proposals: row?.proposals ?? null,
      returnComment: row?.returnComment ?? null,
      submittedAt: row?.submittedAt ? row.submittedAt.toISOString() : null,
      approvedAt: row?.approvedAt ? row.approvedAt.toISOString() : null,
      version: row ? row.version : null,
      results: {
        period: progress.period,
        basis: 'approved',
        targets: unitTargets(progress.aims, entry.unit.code),
      },
      programmeStatus,
      activities,
    };
  }
}

/** A unit manager writes and submits only their own unit's report (403 NOT_YOUR_UNIT). */
function assertOwnUnit(user: RequestUser | null, entry: Located): void {
  if (!user || user.isSuperadmin) return;
  const membership = user.memberships.get(entry.plan.institutionId);
  if (membership?.role !== 'unit_manager' || membership.unitIds.includes(entry.unit.id)) return;
  throw new AppError(403, 'NOT_YOUR_UNIT', { code: entry.unit.code });
}

function yearOf(plan: Plan, text: string, lang: Lang): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= plan.startYear && year <= plan.endYear) return year;
  const params = { year: text.slice(0, 16), years: `${plan.startYear}–${plan.endYear}` };
  const message = errorMessage('REPORT_YEAR', params, lang);
  throw new BadRequestError('REPORT_YEAR', message, [{ path: 'year', code: 'REPORT_YEAR', message }]);
}

async function reload(entry: Located): Promise<Located> {
  const row = await entry.manager.findOneBy(UnitActivityReport, {
    planId: entry.plan.id,
    year: entry.year,
    unitId: entry.unit.id,
  });
  return { ...entry, row };
}

/** Units responsible for a target of the plan, or for an activity of the year's accepted programme. */
async function responsibleUnits(manager: EntityManager, planId: string, year: number): Promise<string[]> {
  const rows = await manager.query<Array<{ unit_id: string }>>(
    `SELECT t.responsible_unit_id AS unit_id FROM targets t
      WHERE t.plan_id = $1 AND t.responsible_unit_id IS NOT NULL
     UNION
     SELECT a.unit_id FROM programme_activities a JOIN programmes p ON p.id = a.programme_id
      WHERE p.plan_id = $1 AND p.year = $2 AND p.status IN ('accepted', 'published') AND a.unit_id IS NOT NULL`,
    [planId, year],
  );
  return rows.map((row) => row.unit_id);
}

/** The unit's activities in the year's programme with their progress entries. */
async function unitActivities(
  manager: EntityManager,
  entry: Located,
): Promise<{ programmeStatus: string | null; activities: UnitReportActivity[] }> {
  const programmes = await manager.query<Array<{ id: string; status: string }>>(
    'SELECT id, status FROM programmes WHERE plan_id = $1 AND year = $2',
    [entry.plan.id, entry.year],
  );
  if (programmes.length === 0) return { programmeStatus: null, activities: [] };
  // The activities of either format (issue 14 point 5), in the programme's order.
  const activities = await manager.query<Array<{ id: string; code: string; name: string; ph: string }>>(
    `SELECT a.id, a.code, a.name, a.group_code AS ph FROM ${MONITORED_ACTIVITIES} a
      WHERE a.programme_id = $1 AND a.unit_id = $2 ORDER BY a.sort, a.code`,
    [programmes[0].id, entry.unit.id],
  );
  const progress = await manager.query<Array<ProgressRow & { activityId: string }>>(
    `SELECT ${ENTRY_ACTIVITY_ID} AS "activityId", e.period, e.percent, e.note, e.spending, e.status
       FROM programme_activity_progress_entries e
      WHERE e.activity_id = ANY($1::uuid[]) OR e.budget_activity_id = ANY($1::uuid[])`,
    [activities.map((row) => row.id)],
  );
  return {
    programmeStatus: programmes[0].status,
    activities: activities.map((row) => ({
      programmeTarget: row.ph,
      code: row.code,
      name: row.name,
      progress: periodProgress(
        entry.year,
        progress.filter((item) => item.activityId === row.id),
      ),
    })),
  };
}
