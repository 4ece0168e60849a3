import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { bulkInsert, type BulkColumn } from '../../database/bulk-insert.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { AppError, BadRequestError, NotFoundError } from '../../common/app-error.js';
import type { RequestUser } from '../../common/request-user.js';
import { setActor } from '../../database/actor.js';
import { currentReason } from '../../common/request-context.js';
import { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';
import { CoreValue } from './core-value.entity.js';
import { parsePlanDocumentBody } from './plan-document-body.js';
import { applyImportStatuses, historicalNote, loweredWarning, type ImportTrust } from './import-statuses.js';
import { toPlanDocument, type PlanRows } from './plan-document.mapper.js';
import { Plan } from './plan.entity.js';
import { validatePlan } from './plan-rules.js';
import { TargetCollaborator } from './target-collaborator.entity.js';
import { Target } from './target.entity.js';
import { isUuid } from '../../common/ids.js';

/** Who imports a plan document: a signed-in caller, or the system's historical load. */
export type Importer = RequestUser | 'historical-load';

export interface ImportResult {
  id: string;
  warnings: ValidationIssue[];
}

/** Whole-plan documents: import (all or nothing) and export (plan-document.md). */
@Injectable()
export class PlanDocumentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Checks the document's shape and the rules of domain.md 5, then stores it in one transaction.
   * `importer`: the signed-in caller, who must plan for the institution the document names; or
   * `'historical-load'`, the system loading historical data with no request (the demo seed, the
   * bench). Who imports decides the stored value statuses (import-statuses.ts).
   */
  async importDocument(body: unknown, lang: Lang, importer: Importer): Promise<ImportResult> {
    const { document: parsed, problems } = await parsePlanDocumentBody(body, lang);
    if (!parsed) {
      throw new BadRequestError('VALIDATION_FAILED', problemSummary(problems.length, lang), problems);
    }
    const trust = importer === 'historical-load' ? importer : await this.importTrust(importer, parsed);
    // The rules judge the values as they will be stored.
    const { document, lowered, keptApproved } = applyImportStatuses(parsed, trust);
    const issues = validatePlan(document, { today: today(), lang });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      throw new BadRequestError(
        'PLAN_INVALID',
        lang === 'en'
          ? `The plan breaks ${errors.length} rule(s) of domain.md section 5; nothing was saved`
          : `Plan ${errors.length} kurala uymuyor; hiçbir şey kaydedilmedi`,
        errors.map(({ path, code, message }) => ({ path, code, message })),
      );
    }
    const user = importer === 'historical-load' ? null : importer;
    const note = historicalNote(trust, keptApproved);
    const reason = currentReason() ?? (trust === 'historical-load' ? null : 'plan import');
    const id = await this.dataSource.transaction(async (manager) => {
      await setActor(manager, user, [reason, note].filter((part) => part !== null).join('; '));
      return this.store(manager, document, user);
    });
    const warning = loweredWarning(lowered, lang);
    return {
      id,
      warnings: [...issues.filter((issue) => issue.severity === 'warning'), ...(warning ? [warning] : [])],
    };
  }

  /**
   * Plans are imported by a planner or administrator of the institution the document names; a
   * new institution needs a superadmin. Both refusals read the same, so names do not leak.
   */
  private async importTrust(user: RequestUser, document: PlanDocument): Promise<ImportTrust> {
    if (user.isSuperadmin) return 'superadmin';
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM institutions WHERE name = $1',
      [document.institution.name],
    );
    const role = rows[0] ? user.memberships.get(rows[0].id)?.role : undefined;
    if (role !== 'admin' && role !== 'planner') {
      throw new AppError(
        403,
        'FORBIDDEN',
        `You may import plans only for institutions where you are a planner or administrator`,
      );
    }
    return role;
  }

  async exportDocument(planId: string): Promise<PlanDocument> {
    return toPlanDocument(await this.loadRows(this.dataSource.manager, planId));
  }

  /** Every row of one plan; throws PLAN_NOT_FOUND. */
  async loadRows(manager: EntityManager, planId: string): Promise<PlanRows> {
    const plan = isUuid(planId) ? await manager.findOne(Plan, { where: { id: planId } }) : null;
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    const where = { planId };
    // Inside a transaction the queries share one connection and must go one after another.
    const inTransaction = manager.queryRunner?.isTransactionActive === true;
    const run = <T extends unknown[]>(tasks: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> =>
      inTransaction
        ? (tasks.reduce<Promise<unknown[]>>(
            async (done, task) => [...(await done), await task()],
            Promise.resolve([]),
          ) as Promise<T>)
        : (Promise.all(tasks.map((task) => task())) as Promise<T>);
    const [institution, units, coreValues, aims, targets, indicators, collaborators, yearlyTargets, values] =
      await run<
        [
          Institution,
          Unit[],
          CoreValue[],
          Aim[],
          Target[],
          Indicator[],
          TargetCollaborator[],
          IndicatorTarget[],
          IndicatorValue[],
        ]
      >([
        () => manager.findOneOrFail(Institution, { where: { id: plan.institutionId } }),
        () =>
          manager.find(Unit, {
            where: { institutionId: plan.institutionId },
            order: { position: 'ASC', code: 'ASC' },
          }),
        () => manager.find(CoreValue, { where, order: { position: 'ASC' } }),
        () => manager.find(Aim, { where, order: { position: 'ASC' } }),
        () => manager.find(Target, { where, order: { position: 'ASC' } }),
        () => manager.find(Indicator, { where, order: { position: 'ASC' } }),
        () =>
          manager
            .createQueryBuilder(TargetCollaborator, 'c')
            .innerJoin(Target, 't', 't.id = c.target_id')
            .where('t.plan_id = :planId', { planId })
            .getMany(),
        () => manager.find(IndicatorTarget, { where }),
        () => manager.find(IndicatorValue, { where }),
      ]);
    return {
      institution,
      units,
      plan,
      coreValues,
      aims,
      targets,
      collaborators,
      indicators,
      yearlyTargets,
      values,
    };
  }

  /** `user`: who entered (and submitted) the values; null for the historical load. */
  private async store(
    manager: EntityManager,
    document: PlanDocument,
    user: RequestUser | null,
  ): Promise<string> {
    const { institution: institutionDoc, plan: planDoc } = document;
    const [institution] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO institutions (name, kind, population, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT ON CONSTRAINT institutions_name_key
       DO UPDATE SET kind = EXCLUDED.kind, population = COALESCE(EXCLUDED.population, institutions.population),
                     updated_at = now(), version = institutions.version + 1
       RETURNING id`,
      [institutionDoc.name, institutionDoc.kind, institutionDoc.population ?? null],
    );
    const institutionId = institution.id;

    const unitIds = await this.upsertUnits(manager, institutionId, document);
    const planId = randomUUID();
    await manager.insert(Plan, {
      id: planId,
      institutionId,
      title: planDoc.title,
      startYear: planDoc.startYear,
      endYear: planDoc.endYear,
      status: planDoc.status ?? null,
      mission: planDoc.mission ?? null,
      vision: planDoc.vision ?? null,
      submittedToCouncil: planDoc.submittedToCouncil ?? null,
      councilDecisionDate: planDoc.councilDecision?.date ?? null,
      councilDecisionNumber: planDoc.councilDecision?.number ?? null,
      closedOn: planDoc.closedOn ?? null,
      population: institutionDoc.population ?? null,
      electionDate: institutionDoc.electionDate ?? null,
      settings: planDoc.settings ?? null,
      costing: planDoc.costing ?? null,
    });
    const coreValues = (planDoc.values ?? []).map((value, index) => [
      randomUUID(),
      institutionId,
      planId,
      index + 1,
      value.title,
      value.description ?? null,
    ]);
    const aims: unknown[][] = [];
    const targets: unknown[][] = [];
    const collaborators: unknown[][] = [];
    const indicators: unknown[][] = [];
    const yearlyTargets: unknown[][] = [];
    const values: unknown[][] = [];
    const now = new Date();
    for (const [aimIndex, aimDoc] of planDoc.aims.entries()) {
      const aimId = randomUUID();
      aims.push([aimId, institutionId, planId, aimDoc.code, aimDoc.title, aimIndex + 1, 1]);
      for (const targetDoc of aimDoc.targets) {
        const targetId = randomUUID();
        targets.push([
          targetId,
          institutionId,
          planId,
          aimId,
          targetDoc.code,
          targetDoc.title,
          targets.length + 1,
          unitIds.get(targetDoc.responsibleUnit),
          targetDoc.risks,
          targetDoc.controls,
          targetDoc.strategies,
          targetDoc.activities,
          targetDoc.costEstimate,
          targetDoc.findings,
          targetDoc.needs,
          1,
        ]);
        for (const [position, code] of (targetDoc.collaboratingUnits ?? []).entries()) {
          collaborators.push([targetId, unitIds.get(code), institutionId, position + 1]);
        }
        for (const indicatorDoc of targetDoc.indicators) {
          const indicatorId = randomUUID();
          indicators.push([
            indicatorId,
            institutionId,
            planId,
            targetId,
            indicatorDoc.code,
            indicatorDoc.name,
            indicatorDoc.unit,
            indicatorDoc.weight,
            indicatorDoc.direction,
            indicatorDoc.valueType,
            indicatorDoc.method,
            indicatorDoc.baseline,
            indicatorDoc.monitoringMonths,
            indicatorDoc.reportingMonths,
            indicatorDoc.dataSource,
            indicatorDoc.sinceYear,
            indicators.length + 1,
            1,
          ]);
          for (const [year, value] of Object.entries(indicatorDoc.targets)) {
            yearlyTargets.push([indicatorId, Number(year), institutionId, planId, value]);
          }
          for (const [period, entry] of Object.entries(indicatorDoc.values ?? {})) {
            values.push([
              randomUUID(),
              institutionId,
              planId,
              indicatorId,
              period,
              entry.value,
              entry.note,
              entry.deviationReason,
              // Every status is explicit by now (applyImportStatuses).
              entry.status,
              entry.revised ?? false,
              entry.originalValue,
              entry.correctionReason,
              user?.id ?? null,
              entry.status === 'submitted' ? (user?.id ?? null) : null,
              entry.status === 'submitted' && user ? now : null,
              1,
            ]);
          }
        }
      }
    }
    await bulkInsert(manager, 'core_values', COLUMNS.coreValues, coreValues);
    await bulkInsert(manager, 'aims', COLUMNS.aims, aims);
    await bulkInsert(manager, 'targets', COLUMNS.targets, targets);
    await bulkInsert(manager, 'target_collaborators', COLUMNS.collaborators, collaborators);
    await bulkInsert(manager, 'indicators', COLUMNS.indicators, indicators);
    await bulkInsert(manager, 'indicator_targets', COLUMNS.yearlyTargets, yearlyTargets);
    await bulkInsert(manager, 'indicator_values', COLUMNS.values, values);
    return planId;
  }

  /** Units are the institution's: codes in the document are added or renamed, others kept. */
  private async upsertUnits(
    manager: EntityManager,
    institutionId: string,
    document: PlanDocument,
  ): Promise<Map<string, string>> {
    const existing = await manager.find(Unit, { where: { institutionId } });
    const ids = new Map(existing.map((unit) => [unit.code, unit.id]));
    let position = existing.reduce((max, unit) => Math.max(max, unit.position), 0);
    const fresh: Array<Partial<Unit>> = [];
    for (const unitDoc of document.units) {
      const known = existing.find((unit) => unit.code === unitDoc.code);
      if (known) {
        if (known.name !== unitDoc.name) await manager.update(Unit, { id: known.id }, { name: unitDoc.name });
        continue;
      }
      const id = randomUUID();
      ids.set(unitDoc.code, id);
      position += 1;
      fresh.push({ id, institutionId, code: unitDoc.code, name: unitDoc.name, position, parentId: null });
    }
    if (fresh.length > 0) await manager.insert(Unit, fresh);
    for (const unitDoc of document.units) {
      if (!unitDoc.parent) continue;
      await manager.update(
        Unit,
        { id: ids.get(unitDoc.code) },
        { parentId: ids.get(unitDoc.parent) ?? null },
      );
    }
    return ids;
  }
}

/** Columns of the bulk inserts, in the order the rows above list them. */
const COLUMNS = {
  coreValues: [
    ['id', 'uuid'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['position', 'integer'],
    ['title', 'text'],
    ['description', 'text'],
  ],
  aims: [
    ['id', 'uuid'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['code', 'text'],
    ['title', 'text'],
    ['position', 'integer'],
    ['version', 'integer'],
  ],
  targets: [
    ['id', 'uuid'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['aim_id', 'uuid'],
    ['code', 'text'],
    ['title', 'text'],
    ['position', 'integer'],
    ['responsible_unit_id', 'uuid'],
    ['risks', 'jsonb'],
    ['controls', 'jsonb'],
    ['strategies', 'jsonb'],
    ['activities', 'jsonb'],
    ['cost_estimate', 'jsonb'],
    ['findings', 'jsonb'],
    ['needs', 'jsonb'],
    ['version', 'integer'],
  ],
  collaborators: [
    ['target_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['institution_id', 'uuid'],
    ['position', 'integer'],
  ],
  indicators: [
    ['id', 'uuid'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['target_id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['unit', 'text'],
    ['weight', 'numeric'],
    ['direction', 'text'],
    ['value_type', 'text'],
    ['method', 'text'],
    ['baseline', 'numeric'],
    ['monitoring_months', 'smallint'],
    ['reporting_months', 'smallint'],
    ['data_source', 'text'],
    ['since_year', 'integer'],
    ['position', 'integer'],
    ['version', 'integer'],
  ],
  yearlyTargets: [
    ['indicator_id', 'uuid'],
    ['year', 'integer'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['value', 'numeric'],
  ],
  values: [
    ['id', 'uuid'],
    ['institution_id', 'uuid'],
    ['plan_id', 'uuid'],
    ['indicator_id', 'uuid'],
    ['period', 'text'],
    ['value', 'numeric'],
    ['note', 'text'],
    ['deviation_reason', 'text'],
    ['status', 'text'],
    ['revised', 'boolean'],
    ['original_value', 'numeric'],
    ['correction_reason', 'text'],
    ['entered_by', 'uuid'],
    ['submitted_by', 'uuid'],
    ['submitted_at', 'timestamptz'],
    ['version', 'integer'],
  ],
} as const satisfies Record<string, readonly BulkColumn[]>;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function problemSummary(count: number, lang: Lang): string {
  return lang === 'en'
    ? `The plan document has ${count} problem(s); nothing was saved`
    : `Plan belgesinde ${count} sorun var; hiçbir şey kaydedilmedi`;
}
