import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { planNotFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import { bulkInsert, type BulkColumn } from '../../database/bulk-insert.js';
import { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';
import { CoreValue } from './core-value.entity.js';
import type { PlanRows } from './plan-document.mapper.js';
import { Plan } from './plan.entity.js';
import { TargetCollaborator } from './target-collaborator.entity.js';
import { Target } from './target.entity.js';

/*
 * The storage of the plan aggregate: the one place that reads a whole plan's rows, finds or
 * locks a plan row, and writes a plan document as rows. Every service reads and writes plans
 * through these functions, inside its own transaction when it has one.
 */

/** The plan row, or 404 PLAN_NOT_FOUND (a malformed id is simply not found). */
export async function getPlanOr404(
  manager: EntityManager,
  planId: string,
  where: { published?: true } = {},
): Promise<Plan> {
  const plan = isUuid(planId)
    ? await manager
        .createQueryBuilder(Plan, 'plan')
        .where('plan.id = :planId', { planId })
        .andWhere(where.published ? 'plan.published_at IS NOT NULL' : 'TRUE')
        .getOne()
    : null;
  if (!plan) throw planNotFound(planId);
  return plan;
}

/**
 * Locks the plan row for the rest of the transaction, or 404 PLAN_NOT_FOUND. `update`: whoever
 * changes the plan's content or status (one at a time); `key share`: an entry of a value, which
 * many may hold at once while none holds `update`.
 */
export async function lockPlan(
  manager: EntityManager,
  planId: string,
  mode: 'update' | 'key share' = 'update',
): Promise<void> {
  const rows = await manager.query<unknown[]>(
    `SELECT id FROM plans WHERE id::text = $1 FOR ${mode === 'update' ? 'UPDATE' : 'KEY SHARE'}`,
    [planId],
  );
  if (rows.length === 0) throw planNotFound(planId);
}

/**
 * Every row of one plan, read as plain rows (reading them as entities costs most of a large
 * plan's export time), with the entities' columns under their property names; throws
 * PLAN_NOT_FOUND. `values: false` leaves the entries out (a report takes them from the progress).
 */
export async function loadPlanRows(
  manager: EntityManager,
  planId: string,
  options: { values?: boolean } = {},
): Promise<PlanRows> {
  if (!isUuid(planId)) throw planNotFound(planId);
  const select = <T extends ObjectLiteral>(entity: EntityTarget<T>, rest: string): Promise<T[]> =>
    manager.query<T[]>(`SELECT ${columnsOf(manager, entity)} FROM ${rest}`, [planId]);
  const institutionOf = '(SELECT institution_id FROM plans WHERE id = $1)';
  // Inside a transaction the queries share one connection and must go one after another;
  // outside one they all start at once and are awaited in turn.
  const inTransaction = manager.queryRunner?.isTransactionActive === true;
  const query = <T>(task: () => Promise<T>): (() => Promise<T>) => {
    if (inTransaction) return task;
    const started = task();
    started.catch(() => undefined); // awaited below; a failure is thrown there, never left unhandled
    return () => started;
  };
  const queries = {
    plans: query(() => select(Plan, 'plans WHERE id = $1')),
    institutions: query(() => select(Institution, `institutions WHERE id = ${institutionOf}`)),
    units: query(() => select(Unit, `units WHERE institution_id = ${institutionOf} ORDER BY position, code`)),
    coreValues: query(() => select(CoreValue, 'core_values WHERE plan_id = $1 ORDER BY position')),
    aims: query(() => select(Aim, 'aims WHERE plan_id = $1 ORDER BY position')),
    targets: query(() => select(Target, 'targets WHERE plan_id = $1 ORDER BY position')),
    collaborators: query(() =>
      select(
        TargetCollaborator,
        'target_collaborators WHERE target_id IN (SELECT id FROM targets WHERE plan_id = $1)',
      ),
    ),
    indicators: query(() => select(Indicator, 'indicators WHERE plan_id = $1 ORDER BY position')),
    yearlyTargets: query(() => select(IndicatorTarget, 'indicator_targets WHERE plan_id = $1')),
    values: query(() =>
      options.values === false
        ? Promise.resolve([])
        : select(IndicatorValue, 'indicator_values WHERE plan_id = $1'),
    ),
  };
  const plans = await queries.plans();
  const institutions = await queries.institutions();
  const units = await queries.units();
  const coreValues = await queries.coreValues();
  const aims = await queries.aims();
  const targets = await queries.targets();
  const collaborators = await queries.collaborators();
  const indicators = await queries.indicators();
  const yearlyTargets = await queries.yearlyTargets();
  const values = await queries.values();
  const [plan] = plans;
  const [institution] = institutions;
  if (!plan || !institution) throw planNotFound(planId);
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

/** The select list of an entity's columns under their property names: `"plan_id" AS "planId", …`. */
function columnsOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const column of manager.connection.getMetadata(entity).columns) {
    // A relation's own join column (named after the relation) repeats an explicit id column.
    const joinOnly = column.relationMetadata?.propertyName === column.propertyName;
    if (joinOnly || seen.has(column.databaseName)) continue;
    seen.add(column.databaseName);
    columns.push(`"${column.databaseName}" AS "${column.propertyName}"`);
  }
  return columns.join(', ');
}

/**
 * Writes a whole plan document as new rows of a new plan, its units into the institution's (the
 * institution made or updated by name); returns the plan's id. `user`: who entered (and
 * submitted) the values; null for the historical load. Call inside a transaction.
 */
export async function writeDocumentRows(
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

  const unitIds = await upsertUnits(manager, institutionId, document);
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
  await bulkInsert(manager, 'core_values', PLAN_TABLE_COLUMNS.coreValues, coreValues);
  await bulkInsert(manager, 'aims', PLAN_TABLE_COLUMNS.aims, aims);
  await bulkInsert(manager, 'targets', PLAN_TABLE_COLUMNS.targets, targets);
  await bulkInsert(manager, 'target_collaborators', PLAN_TABLE_COLUMNS.collaborators, collaborators);
  await bulkInsert(manager, 'indicators', PLAN_TABLE_COLUMNS.indicators, indicators);
  await bulkInsert(manager, 'indicator_targets', PLAN_TABLE_COLUMNS.yearlyTargets, yearlyTargets);
  await bulkInsert(manager, 'indicator_values', PLAN_TABLE_COLUMNS.values, values);
  return planId;
}

/** Units are the institution's: codes in the document are added or renamed, others kept. */
async function upsertUnits(
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
    await manager.update(Unit, { id: ids.get(unitDoc.code) }, { parentId: ids.get(unitDoc.parent) ?? null });
  }
  return ids;
}

/** Columns of the bulk inserts of a plan's tables, in the order the rows list them. */
export const PLAN_TABLE_COLUMNS = {
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
