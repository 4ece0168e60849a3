import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ActivityReportPerformanceResponse,
  EvaluationResponse,
  EvaluationTexts,
  MeasureResponse,
} from '../../contracts/activity-report.js';
import { EVALUATION_CRITERIA } from '../../contracts/activity-report.js';
import type { ProgrammeResponse } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import {
  AppError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  targetNotFound,
} from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import type { RequestUser } from '../../common/request-user.js';
import { setActor, type Actor } from '../../database/actor.js';
import { yearEndEntryPeriod } from '../periods/period-keys.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import type { Plan } from '../plans/plan.entity.js';
import { ProgressService } from '../progress/progress.service.js';
import { ActivityReportEvaluation } from './activity-report-evaluation.entity.js';
import { ActivityReportMeasure } from './activity-report-measure.entity.js';
import {
  criteriaPrompts,
  evaluationProblems,
  evaluationTargets,
  mergedTexts,
  MEASURE_STEPS,
  type MeasureStep,
} from './activity-report-rules.js';
import { performanceTable } from './activity-report-table.js';
import { ActivityReport } from './activity-report.entity.js';
import type {
  MeasureTransitionDto,
  PutEvaluationDto,
  PutMeasureDto,
  ReturnMeasureDto,
} from './dto/activity-report.dto.js';
import { ownerOf, ProgrammesService } from './programmes.service.js';

/** Who takes a step on measures: the signed-in user (role and units per institution), the audit's actor. */
export interface MeasureCaller {
  user: RequestUser | null;
  actor: Actor | null;
  lang: Lang;
}

interface TargetRow {
  id: string;
  code: string;
  responsible_unit_id: string | null;
}

/**
 * The activity report's performance part of a plan year (planning-cycle.md 5): the Performans
 * Sonuçları Tablosu from GET progress of the year on approved values (the same service and cache,
 * never a second calculation), the measures per target in the value workflow's states, and the
 * yearly evaluation. Every write is one transaction, audited by the tables' triggers.
 */
@Injectable()
export class ActivityReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly programmes: ProgrammesService,
  ) {}

  async performance(
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<ActivityReportPerformanceResponse> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const year = reportYear(plan, yearText, lang);
    const progress = await this.progress.getProgress(plan.id, String(year), lang, { basis: 'approved' });
    const [indicators, units, phs, reasons, measures] = await Promise.all([
      manager.query<Array<{ code: string; data_source: string | null; monitoring_months: 6 | 12 | null }>>(
        'SELECT code, data_source, monitoring_months FROM indicators WHERE plan_id = $1',
        [plan.id],
      ),
      manager.query<Array<{ code: string; name: string }>>(
        'SELECT code, name FROM units WHERE institution_id = $1',
        [plan.institutionId],
      ),
      manager.query<Array<{ ph: string; target: string }>>(
        `SELECT pt.code AS ph, t.code AS target FROM programme_targets pt
           JOIN programmes p ON p.id = pt.programme_id JOIN targets t ON t.id = pt.target_id
          WHERE p.plan_id = $1 AND p.year = $2`,
        [plan.id, year],
      ),
      manager.query<Array<{ code: string; period: string; deviation_reason: string | null }>>(
        `SELECT i.code, v.period, v.deviation_reason FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
          WHERE v.plan_id = $1 AND v.status = 'approved' AND v.period IN ($2, $2 || '-H2')`,
        [plan.id, String(year)],
      ),
      this.measuresOf(manager, plan.id, year),
    ]);
    const reasonOf = new Map(reasons.map((row) => [`${row.code}|${row.period}`, row.deviation_reason]));
    return performanceTable(
      { ...progress, planId: plan.id },
      {
        dataSources: new Map(indicators.map((row) => [row.code, row.data_source])),
        deviationReasons: new Map(
          indicators.map((row) => [
            row.code,
            reasonOf.get(`${row.code}|${yearEndEntryPeriod(year, row.monitoring_months ?? 6)}`) ?? null,
          ]),
        ),
        unitNames: new Map(units.map((row) => [row.code, row.name])),
        programmeTargets: new Map(phs.map((row) => [row.target, row.ph])),
        measures: new Map(measures.map((measure) => [measure.target, measure])),
      },
    );
  }

  /** The year's programme (its activities and costs), or null when the year has none. */
  async programmeOf(planId: string, year: number, lang: Lang): Promise<ProgrammeResponse | null> {
    try {
      return await this.programmes.get(planId, String(year), lang);
    } catch (error) {
      if (error instanceof AppError && error.code === 'PROGRAMME_NOT_FOUND') return null;
      throw error;
    }
  }

  async listMeasures(planId: string, yearText: string, lang: Lang): Promise<MeasureResponse[]> {
    const plan = await getPlanOr404(this.dataSource.manager, planId);
    return this.measuresOf(this.dataSource.manager, plan.id, reportYear(plan, yearText, lang));
  }

  /** The unit writes or rewrites its draft (a returned one goes back to draft); answers whether it was made. */
  putMeasure(
    planId: string,
    yearText: string,
    targetCode: string,
    caller: MeasureCaller,
    dto: PutMeasureDto,
  ): Promise<{ created: boolean; measure: MeasureResponse }> {
    return this.measureStep(planId, yearText, targetCode, caller, 'write', dto.version, async (scope) => {
      const { manager, row } = scope;
      const fields = {
        measures: dto.measures,
        status: 'draft' as const,
        enteredBy: caller.actor?.id ?? null,
      };
      if (row) {
        await manager.update(ActivityReportMeasure, { id: row.id }, { ...fields, version: row.version + 1 });
      } else {
        await manager.insert(ActivityReportMeasure, {
          ...ownerOf(scope.plan),
          targetId: scope.target.id,
          year: scope.year,
          ...fields,
        });
      }
      return !row;
    });
  }

  submitMeasure(
    planId: string,
    yearText: string,
    target: string,
    caller: MeasureCaller,
    dto: MeasureTransitionDto,
  ) {
    return this.step(planId, yearText, target, caller, 'submit', dto.version, () => ({
      submittedBy: caller.actor?.id ?? null,
      submittedAt: new Date(),
    }));
  }

  approveMeasure(
    planId: string,
    yearText: string,
    target: string,
    caller: MeasureCaller,
    dto: MeasureTransitionDto,
  ) {
    return this.step(planId, yearText, target, caller, 'approve', dto.version, (row) => {
      const me = caller.actor?.id ?? null;
      // Four eyes, as for values: whoever wrote or submitted the measures does not approve them.
      if (me !== null && (row.enteredBy === me || row.submittedBy === me)) {
        throw new ConflictError('SELF_APPROVAL', {}, undefined, toMeasureResponse(row, target));
      }
      return { approvedBy: me, approvedAt: new Date(), returnComment: null };
    });
  }

  returnMeasure(
    planId: string,
    yearText: string,
    target: string,
    caller: MeasureCaller,
    dto: ReturnMeasureDto,
  ) {
    return this.step(planId, yearText, target, caller, 'return', dto.version, () => ({
      returnComment: dto.comment,
    }));
  }

  async evaluation(planId: string, yearText: string, lang: Lang): Promise<EvaluationResponse> {
    return (await this.report(planId, yearText, lang)).evaluation;
  }

  /** The performance table and the evaluation of the year, from one computation of the table. */
  async report(
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<{ performance: ActivityReportPerformanceResponse; evaluation: EvaluationResponse }> {
    const performance = await this.performance(planId, yearText, lang);
    const manager = this.dataSource.manager;
    const [report, stored] = await Promise.all([
      manager.findOneBy(ActivityReport, { planId: performance.planId, year: performance.year }),
      manager.find(ActivityReportEvaluation, {
        where: { planId: performance.planId, year: performance.year },
      }),
    ]);
    const ids = await indicatorIds(manager, performance.planId);
    const byId = new Map(stored.map((row) => [row.indicatorId, row]));
    const evaluation: EvaluationResponse = {
      planId: performance.planId,
      year: performance.year,
      informationSystem: report?.informationSystem ?? null,
      version: report?.version ?? null,
      criteria: criteriaPrompts(lang),
      targets: evaluationTargets(performance),
      indicators: performance.targets.flatMap((target) =>
        target.indicators.map((indicator) => {
          const row = byId.get(ids.get(indicator.code) ?? '');
          return {
            indicator: indicator.code,
            name: indicator.name,
            target: target.code,
            ...textsOf(row ?? null),
            version: row?.version ?? null,
          };
        }),
      ),
    };
    return { performance, evaluation };
  }

  /** Writes the texts given (null or blank clears one, left out keeps it); answers the evaluation. */
  async putEvaluation(
    planId: string,
    yearText: string,
    dto: PutEvaluationDto,
    lang: Lang,
  ): Promise<EvaluationResponse> {
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const plan = await getPlanOr404(manager, planId);
      const year = reportYear(plan, yearText, lang);
      await lockPlan(manager, plan.id, 'key share');
      const ids = await indicatorIds(manager, plan.id);
      const problems = evaluationProblems(dto, new Set(ids.keys()), lang);
      if (problems.length > 0) {
        throw new BadRequestError('EVALUATION_INDICATOR', problems[0].message, problems);
      }
      const report = await manager.findOne(ActivityReport, {
        where: { planId: plan.id, year },
        lock: { mode: 'pessimistic_write' },
      });
      if (dto.version !== undefined && report?.version !== dto.version) {
        throw new ConflictError('STALE_VERSION', {
          what: 'activity-report',
          name: String(year),
          given: dto.version,
          now: report ? report.version : '-',
        });
      }
      const informationSystem =
        dto.informationSystem === undefined
          ? (report?.informationSystem ?? null)
          : blank(dto.informationSystem);
      if (report) {
        await manager.update(
          ActivityReport,
          { id: report.id },
          { informationSystem, version: report.version + 1 },
        );
      } else {
        await manager.insert(ActivityReport, {
          ...ownerOf(plan),
          year,
          informationSystem,
        });
      }
      for (const item of dto.indicators ?? []) {
        const indicatorId = ids.get(item.indicator) as string;
        const row = await manager.findOne(ActivityReportEvaluation, {
          where: { indicatorId, year },
          lock: { mode: 'pessimistic_write' },
        });
        const texts = mergedTexts(row ? textsOf(row) : null, item);
        if (row) {
          if (EVALUATION_CRITERIA.every((criterion) => texts[criterion] === row[criterion])) continue;
          await manager.update(
            ActivityReportEvaluation,
            { id: row.id },
            { ...texts, version: row.version + 1 },
          );
        } else {
          await manager.insert(ActivityReportEvaluation, {
            ...ownerOf(plan),
            indicatorId,
            year,
            ...texts,
          });
        }
      }
    });
    return this.evaluation(planId, yearText, lang);
  }

  private async measuresOf(manager: EntityManager, planId: string, year: number): Promise<MeasureResponse[]> {
    const rows = await manager.query<Array<{ id: string; code: string }>>(
      `SELECT m.id, t.code FROM activity_report_measures m JOIN targets t ON t.id = m.target_id
        WHERE m.plan_id = $1 AND m.year = $2 ORDER BY t.position, t.code`,
      [planId, year],
    );
    if (rows.length === 0) return [];
    const measures = await manager.find(ActivityReportMeasure, { where: { planId, year } });
    const byId = new Map(measures.map((row) => [row.id, row]));
    return rows.map((row) => toMeasureResponse(byId.get(row.id) as ActivityReportMeasure, row.code));
  }

  /** A workflow step on existing measures: it exists, the client saw its version, the step may leave its status. */
  private async step(
    planId: string,
    yearText: string,
    targetCode: string,
    caller: MeasureCaller,
    step: Exclude<MeasureStep, 'write'>,
    version: number | undefined,
    fields: (row: ActivityReportMeasure) => Partial<ActivityReportMeasure>,
  ): Promise<MeasureResponse> {
    const { measure } = await this.measureStep(
      planId,
      yearText,
      targetCode,
      caller,
      step,
      version,
      async (scope) => {
        const row = scope.row as ActivityReportMeasure;
        await scope.manager.update(
          ActivityReportMeasure,
          { id: row.id },
          { ...fields(row), status: MEASURE_STEPS[step].to, version: row.version + 1 },
        );
      },
    );
    return measure;
  }

  private measureStep<T>(
    planId: string,
    yearText: string,
    targetCode: string,
    caller: MeasureCaller,
    step: MeasureStep,
    version: number | undefined,
    work: (scope: {
      manager: EntityManager;
      plan: Plan;
      year: number;
      target: TargetRow;
      row: ActivityReportMeasure | null;
    }) => Promise<T>,
  ): Promise<{ created: T; measure: MeasureResponse }> {
    const { lang } = caller;
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const plan = await getPlanOr404(manager, planId);
      const year = reportYear(plan, yearText, lang);
      await lockPlan(manager, plan.id, 'key share');
      const [target] = await manager.query<TargetRow[]>(
        'SELECT id, code, responsible_unit_id FROM targets WHERE plan_id = $1 AND code = $2',
        [plan.id, targetCode],
      );
      if (!target) throw targetNotFound(targetCode);
      // The responsible unit writes and submits; a unit manager of another unit may not.
      const membership = caller.user?.memberships.get(plan.institutionId);
      const unitManager = caller.user?.isSuperadmin !== true && membership?.role === 'unit_manager';
      const ownUnit =
        target.responsible_unit_id !== null &&
        (membership?.unitIds ?? []).includes(target.responsible_unit_id);
      if ((step === 'write' || step === 'submit') && unitManager && !ownUnit) {
        throw new AppError(403, 'NOT_YOUR_UNIT', { code: target.code, target: 1 });
      }
      const row = await manager.findOne(ActivityReportMeasure, {
        where: { targetId: target.id, year },
        lock: { mode: 'pessimistic_write' },
      });
      const current = row ? toMeasureResponse(row, target.code) : null;
      if (version !== undefined && row?.version !== version) {
        throw new ConflictError(
          'STALE_VERSION',
          { what: 'measure', name: target.code, given: version, now: row ? row.version : '-' },
          undefined,
          current,
        );
      }
      const allowed = MEASURE_STEPS[step].from;
      if (step === 'write') {
        if (row && !allowed.includes(row.status)) {
          throw new ConflictError(
            'MEASURE_LOCKED',
            { code: target.code, status: row.status },
            undefined,
            current,
          );
        }
      } else {
        if (!row) throw new NotFoundError('MEASURE_NOT_FOUND', { code: target.code, year });
        if (!allowed.includes(row.status)) {
          throw new ConflictError(
            'MEASURE_STATUS',
            { action: step, code: target.code, status: row.status, allowed: allowed.join(' or ') },
            undefined,
            current,
          );
        }
      }
      const created = await work({ manager, plan, year, target, row });
      const saved = await manager.findOneByOrFail(ActivityReportMeasure, { targetId: target.id, year });
      return { created, measure: toMeasureResponse(saved, target.code) };
    });
  }
}

/** 400 REPORT_YEAR unless `text` is one of the plan's years. */
export function reportYear(plan: Plan, text: string, lang: Lang): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= plan.startYear && year <= plan.endYear) return year;
  const params = { year: text.slice(0, 16), years: `${plan.startYear}–${plan.endYear}` };
  const message = errorMessage('REPORT_YEAR', params, lang);
  throw new BadRequestError('REPORT_YEAR', message, [{ path: 'year', code: 'REPORT_YEAR', message }]);
}

function blank(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

function textsOf(row: ActivityReportEvaluation | null): EvaluationTexts {
  return {
    relevance: row?.relevance ?? null,
    effectiveness: row?.effectiveness ?? null,
    efficiency: row?.efficiency ?? null,
    sustainability: row?.sustainability ?? null,
    impact: row?.impact ?? null,
  };
}

async function indicatorIds(manager: EntityManager, planId: string): Promise<Map<string, string>> {
  const rows = await manager.query<Array<{ id: string; code: string }>>(
    'SELECT id, code FROM indicators WHERE plan_id = $1',
    [planId],
  );
  return new Map(rows.map((row) => [row.code, row.id]));
}

export function toMeasureResponse(row: ActivityReportMeasure, target: string): MeasureResponse {
  return {
    target,
    year: row.year,
    measures: row.measures,
    status: row.status,
    returnComment: row.returnComment,
    enteredBy: row.enteredBy,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    version: row.version,
  };
}
