import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { ConflictError, planNotFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import { bulkInsert, bulkInsertStatement, columnArray, type BulkColumn } from '../../database/bulk-insert.js';
import { contentStampSql } from '../../database/content-stamp.js';
import { inlined, literal, queryBatch, type Statement } from '../../database/query-batch.js';
import { analysisDocRows, type AnalysisRows } from '../analysis/analysis-document.mapper.js';
import { AnalysisItem } from '../analysis/analysis-item.entity.js';
import { AnalysisLink } from '../analysis/analysis-link.entity.js';
import { AnalysisRow } from '../analysis/analysis-row.entity.js';
import { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';
import { CoreValue } from './core-value.entity.js';
import type { PlanRows } from './plan-document.mapper.js';
import type { PlanContentCache } from './plan-content-cache.js';
import {
  indicatorRow,
  noRowChanges,
  targetRow,
  planRow,
  yearlyTargetRows,
  type AimRow,
  type CollaboratorRow,
  type IndicatorRow,
  type PlanFields,
  type PlanRowChanges,
  type StoredPlanRows,
  type TargetRow,
  type YearlyTargetRow,
} from './plan-row-changes.js';
import { effectiveStatus } from './plan-lifecycle.js';
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
 * Locks the plan row for a write of its content (`lockPlan`) and reads it; a closed plan is 409
 * PLAN_CLOSED. The other status rules are the caller's (the preparation programme writes in any
 * status, the situation analysis only while the content is open).
 */
export async function lockOpenPlan(manager: EntityManager, planId: string): Promise<Plan> {
  if (!isUuid(planId)) throw planNotFound(planId);
  // One round trip: the plan row read under the lock lockPlan takes.
  const plan = await manager.findOne(Plan, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
  if (!plan) throw planNotFound(planId);
  if (effectiveStatus(plan) === 'kapandi') throw new ConflictError('PLAN_CLOSED', { what: 'content' });
  return plan;
}

/**
 * Every row of one plan, read as plain rows (reading them as entities costs most of a large
 * plan's export time), with the entities' columns under their property names; throws
 * PLAN_NOT_FOUND. `values: false` leaves the entries out (a report takes them from the progress).
 * `lock`: the plan row is locked first, as lockPlan locks it, and the other rows are read after
 * the lock is held (inside a transaction). One round trip: the tables' statements go as one batch.
 * `first`: a statement sent before them in the same trip (the editor names the audit's actor).
 */
export async function loadPlanRows(
  manager: EntityManager,
  planId: string,
  options: {
    values?: boolean;
    lock?: 'update' | 'key share';
    first?: Statement;
    cache?: PlanContentCache<PlanContent>;
  } = {},
): Promise<PlanRows> {
  if (!isUuid(planId)) throw planNotFound(planId);
  const id = literal(planId, 'uuid');
  const select = (entity: EntityTarget<ObjectLiteral>, rest: string): string =>
    `SELECT ${columnsOf(manager, entity)} FROM ${rest}`;
  const institutionOf = `(SELECT institution_id FROM plans WHERE id = ${id})`;
  const lock = { update: ' FOR UPDATE', 'key share': ' FOR KEY SHARE', none: '' }[options.lock ?? 'none'];
  // The content cache serves a reader under the plan's update lock only: while it is held, no
  // other transaction changes the content, so the version read stands for the rows read.
  const cache = options.lock === 'update' && options.values !== false ? options.cache : undefined;
  const cached = cache?.get(planId);
  // With content kept at a version, the content tables are read only if the version has moved.
  const moved = cached ? ` AND ${contentStampSql(id)} <> ${literal(cached.version, 'text')}` : '';
  // The plan's statement comes first: it takes the lock, and each later statement of the batch
  // sees what was committed before it started.
  const [
    plans,
    versions,
    institutions,
    units,
    coreValues,
    aims,
    targets,
    collaborators,
    indicators,
    yearlyTargets,
    values,
    analysisRows,
    analysisItems,
    analysisLinks,
  ] = await queryBatch<
    [
      Plan[],
      Array<{ version: string }>,
      Institution[],
      Unit[],
      CoreValue[],
      Aim[],
      Target[],
      TargetCollaborator[],
      Indicator[],
      IndicatorTarget[],
      IndicatorValue[],
      AnalysisRow[],
      AnalysisItem[],
      AnalysisLink[],
    ]
  >(
    manager,
    [
      select(Plan, `plans WHERE id = ${id}${lock}`),
      cache ? `SELECT ${contentStampSql(id)} AS version` : 'SELECT WHERE FALSE',
      select(Institution, `institutions WHERE id = ${institutionOf}`),
      select(Unit, `units WHERE institution_id = ${institutionOf} ORDER BY position, code`),
      select(CoreValue, `core_values WHERE plan_id = ${id} ORDER BY position`),
      select(Aim, `aims WHERE plan_id = ${id}${moved} ORDER BY position`),
      select(Target, `targets WHERE plan_id = ${id}${moved} ORDER BY position`),
      select(
        TargetCollaborator,
        `target_collaborators WHERE target_id IN (SELECT id FROM targets WHERE plan_id = ${id})`,
      ),
      select(Indicator, `indicators WHERE plan_id = ${id}${moved} ORDER BY position`),
      select(IndicatorTarget, `indicator_targets WHERE plan_id = ${id}${moved}`),
      options.values === false
        ? select(IndicatorValue, 'indicator_values WHERE FALSE')
        : select(IndicatorValue, `indicator_values WHERE plan_id = ${id}${moved}`),
      select(AnalysisRow, `analysis_rows WHERE plan_id = ${id} ORDER BY part, position`),
      select(AnalysisItem, `analysis_items WHERE plan_id = ${id} ORDER BY position`),
      select(AnalysisLink, `analysis_links WHERE plan_id = ${id}`),
    ],
    { first: options.first },
  );
  const analysis: AnalysisRows = { analysisRows, analysisItems, analysisLinks };
  const [plan] = plans;
  const [institution] = institutions;
  if (!plan || !institution) throw planNotFound(planId);
  let content: PlanContent = { aims, targets, indicators, yearlyTargets, values };
  const version = versions[0]?.version;
  if (cache && version !== undefined) {
    if (cached && cached.version === version) {
      cache.counts.hits += 1;
      content = cached.content;
    } else {
      cache.counts.misses += 1;
      cache.put(planId, version, content);
    }
  }
  return { institution, units, plan, coreValues, collaborators, analysis, ...content };
}

/**
 * A plan's content rows: the rows of the tables whose every change moves the plan's content stamp
 * (database/content-stamp.ts: database triggers on aims, targets, indicators, yearly targets and
 * entries, whoever writes them: the app, another instance, a migration, psql).
 */
export type PlanContent = Pick<PlanRows, 'aims' | 'targets' | 'indicators' | 'yearlyTargets' | 'values'>;

/** The content of `rows`. */
export function contentOf(rows: PlanRows): PlanContent {
  const { aims, targets, indicators, yearlyTargets, values } = rows;
  return { aims, targets, indicators, yearlyTargets, values };
}

/** The statement that reads a plan's content stamp (as text), for a batch after a write. */
export function contentVersionRead(planId: string): string {
  return `SELECT ${contentStampSql(literal(planId, 'uuid'))} AS version`;
}

/** What is read again of one target card after a write: the target, its links, indicators and yearly targets. */
export type TargetReads = [Target[], TargetCollaborator[], Indicator[], IndicatorTarget[]];

/** The reads of one target card as batch statements (the target's id written in as a literal). */
export function targetReads(manager: EntityManager, targetId: string): [string, string, string, string] {
  const id = literal(targetId, 'uuid');
  const select = (entity: EntityTarget<ObjectLiteral>, rest: string): string =>
    `SELECT ${columnsOf(manager, entity)} FROM ${rest}`;
  return [
    select(Target, `targets WHERE id = ${id}`),
    select(TargetCollaborator, `target_collaborators WHERE target_id = ${id}`),
    select(Indicator, `indicators WHERE target_id = ${id}`),
    select(
      IndicatorTarget,
      `indicator_targets WHERE indicator_id IN (SELECT id FROM indicators WHERE target_id = ${id})`,
    ),
  ];
}

/**
 * `before` with one target card's rows replaced by `reads` (as `targetReads` answers them) and the
 * entries of indicators gone since dropped: the plan's rows after a write that touched only that
 * card, read in the write's own round trip instead of the whole plan again.
 */
export function withTargetRows(before: PlanRows, targetId: string, reads: TargetReads): PlanRows {
  const [targets, collaborators, indicators, yearlyTargets] = reads;
  const stale = new Set(before.indicators.filter((row) => row.targetId === targetId).map((row) => row.id));
  const ids = new Set(indicators.map((row) => row.id));
  return {
    ...before,
    targets: before.targets.map((row) => (row.id === targetId ? (targets[0] ?? row) : row)),
    collaborators: [...before.collaborators.filter((row) => row.targetId !== targetId), ...collaborators],
    indicators: [...before.indicators.filter((row) => row.targetId !== targetId), ...indicators].sort(
      (a, b) => a.position - b.position,
    ),
    yearlyTargets: [...before.yearlyTargets.filter((row) => !stale.has(row.indicatorId)), ...yearlyTargets],
    values: before.values.filter((row) => !stale.has(row.indicatorId) || ids.has(row.indicatorId)),
  };
}

/** The select list of an entity's columns under their property names: `"plan_id" AS "planId", …`. */
export function columnsOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
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
  const fields: PlanFields = {
    ...planDoc,
    councilDecisionDate: planDoc.councilDecision?.date,
    councilDecisionNumber: planDoc.councilDecision?.number,
    population: institutionDoc.population,
    electionDate: institutionDoc.electionDate,
  };
  await manager.insert(Plan, planRow(fields, { id: planId, institutionId }));
  const coreValues = (planDoc.values ?? []).map((value, index) => [
    randomUUID(),
    institutionId,
    planId,
    index + 1,
    value.title,
    value.description ?? null,
  ]);
  const changes = noRowChanges();
  const values: unknown[][] = [];
  const now = new Date();
  for (const [aimIndex, aimDoc] of planDoc.aims.entries()) {
    const aim = { id: randomUUID(), code: aimDoc.code, title: aimDoc.title, position: aimIndex + 1 };
    changes.aims.insert.push(aim);
    for (const targetDoc of aimDoc.targets) {
      const target = targetRow(targetDoc, {
        id: randomUUID(),
        aimId: aim.id,
        position: changes.targets.insert.length + 1,
        responsibleUnitId: unitIds.get(targetDoc.responsibleUnit) as string,
      });
      changes.targets.insert.push(target);
      changes.collaborators.rows.push(
        ...(targetDoc.collaboratingUnits ?? []).map((code, index) => ({
          targetId: target.id,
          unitId: unitIds.get(code) as string,
          position: index + 1,
        })),
      );
      for (const indicatorDoc of targetDoc.indicators) {
        const indicator = indicatorRow(indicatorDoc, {
          id: randomUUID(),
          targetId: target.id,
          position: changes.indicators.insert.length + 1,
        });
        changes.indicators.insert.push(indicator);
        changes.yearlyTargets.insert.push(...yearlyTargetRows(indicator.id, indicatorDoc.targets));
        for (const [period, entry] of Object.entries(indicatorDoc.values ?? {})) {
          values.push([
            randomUUID(),
            institutionId,
            planId,
            indicator.id,
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
  await bulkInsert(manager, 'core_values', CORE_VALUE_COLUMNS, coreValues);
  await writeRowChanges(manager, { id: planId, institutionId }, changes);
  await bulkInsert(manager, 'indicator_values', VALUE_COLUMNS, values);
  const targetIds = new Map(changes.targets.insert.map((target) => [target.code, target.id]));
  const answers = planDoc.aims.flatMap((aim) =>
    aim.targets.map((target) => ({
      targetId: targetIds.get(target.code) ?? '',
      codes: target.answers ?? [],
    })),
  );
  await writeAnalysisRows(manager, { id: planId, institutionId }, analysisDocRows(planDoc.analysis, answers));
  return planId;
}

/**
 * Writes a plan's row changes: new and changed records first (moves included), then the
 * removed ones, whose remaining children the cascade removes. One statement per table and kind
 * of write; an update writes the whole row and moves its version.
 */
export async function writeRowChanges(
  manager: EntityManager,
  plan: { id: string; institutionId: string },
  changes: PlanRowChanges,
): Promise<void> {
  await runStatements(manager, rowChangeStatements(plan, changes));
}

/**
 * Runs `statements` in one round trip, then `reads` (batch text: values from `literal()`), and
 * answers the rows of the reads: a writer that shows what it stored reads it in the same trip.
 */
export async function runStatements<T extends readonly ObjectLiteral[][]>(
  manager: EntityManager,
  statements: readonly Statement[],
  reads: { readonly [K in keyof T]: string },
): Promise<T>;
export async function runStatements(manager: EntityManager, statements: readonly Statement[]): Promise<void>;
export async function runStatements(
  manager: EntityManager,
  statements: readonly Statement[],
  reads: readonly string[] = [],
): Promise<ObjectLiteral[][] | void> {
  if (statements.length + reads.length === 0) return [];
  const results = await queryBatch<ObjectLiteral[][]>(manager, [...statements.map(inlined), ...reads]);
  return results.slice(statements.length);
}

/** The statements of `writeRowChanges`, in the order they must run. */
export function rowChangeStatements(
  plan: { id: string; institutionId: string },
  changes: PlanRowChanges,
): Statement[] {
  const owned = { institutionId: plan.institutionId, planId: plan.id, version: 1 };
  const own = <R>(rows: R[]): Array<R & typeof owned> => rows.map((row) => ({ ...row, ...owned }));
  const yearly = changes.yearlyTargets;
  const { targetIds, rows: links } = changes.collaborators;
  const statements: Array<Statement | null> = [
    insertStatement('aims', AIM_COLUMNS, own(changes.aims.insert)),
    updateStatement('aims', AIM_COLUMNS, own(changes.aims.update)),
    insertStatement('targets', TARGET_COLUMNS, own(changes.targets.insert)),
    updateStatement('targets', TARGET_COLUMNS, own(changes.targets.update)),
    insertStatement('indicators', INDICATOR_COLUMNS, own(changes.indicators.insert)),
    updateStatement('indicators', INDICATOR_COLUMNS, own(changes.indicators.update)),
    deleteStatement('indicators', changes.indicators.delete),
    deleteStatement('targets', changes.targets.delete),
    deleteStatement('aims', changes.aims.delete),
    yearly.delete.length === 0
      ? null
      : {
          text: `DELETE FROM indicator_targets t USING unnest($1::uuid[], $2::int[]) AS d(indicator_id, year)
                  WHERE t.indicator_id = d.indicator_id AND t.year = d.year`,
          parameters: [yearly.delete.map((row) => row.indicatorId), yearly.delete.map((row) => row.year)],
        },
    yearly.update.length === 0
      ? null
      : {
          text: `UPDATE indicator_targets t SET value = u.value
                   FROM unnest($1::uuid[], $2::int[], $3::numeric[]) AS u(indicator_id, year, value)
                  WHERE t.indicator_id = u.indicator_id AND t.year = u.year`,
          parameters: [
            yearly.update.map((row) => row.indicatorId),
            yearly.update.map((row) => row.year),
            yearly.update.map((row) => row.value),
          ],
        },
    insertStatement('indicator_targets', YEARLY_TARGET_COLUMNS, own(yearly.insert)),
    targetIds.length === 0
      ? null
      : {
          text: 'DELETE FROM target_collaborators WHERE target_id = ANY($1::uuid[])',
          parameters: [targetIds],
        },
    insertStatement('target_collaborators', COLLABORATOR_COLUMNS, own(links)),
  ];
  return statements.filter((statement): statement is Statement => statement !== null);
}

/** A plan's stored aims, targets, indicators, yearly targets and links in the writers' row shapes. */
export function storedRows(rows: PlanRows): StoredPlanRows {
  return {
    aims: rows.aims.map(({ id, code, title, position }) => ({ id, code, title, position })),
    targets: rows.targets.map((target) => ({
      id: target.id,
      aimId: target.aimId,
      code: target.code,
      title: target.title,
      position: target.position,
      responsibleUnitId: target.responsibleUnitId,
      risks: target.risks,
      controls: target.controls,
      strategies: target.strategies,
      activities: target.activities,
      costEstimate: target.costEstimate,
      findings: target.findings,
      needs: target.needs,
    })),
    indicators: rows.indicators.map((indicator) =>
      indicatorRow(indicator, {
        id: indicator.id,
        targetId: indicator.targetId,
        position: indicator.position,
      }),
    ),
    yearlyTargets: rows.yearlyTargets.map(({ indicatorId, year, value }) => ({ indicatorId, year, value })),
    collaborators: rows.collaborators.map(({ targetId, unitId, position }) => ({
      targetId,
      unitId,
      position,
    })),
  };
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

/** The keys every content row of a plan is stored with. */
interface Owned {
  institutionId: string;
  planId: string;
  version: number;
}

/** A table's columns: name, PostgreSQL type and the row property it holds. */
type KeyedColumns<R> = ReadonlyArray<readonly [name: string, type: BulkColumn[1], key: keyof R & string]>;

/** A plan record's columns (aim, target, indicator): its id and owner keys, its own columns, its version. */
function recordColumns<R extends { id: string } & Owned>(own: KeyedColumns<R>): KeyedColumns<R> {
  return [
    ['id', 'uuid', 'id'],
    ['institution_id', 'uuid', 'institutionId'],
    ['plan_id', 'uuid', 'planId'],
    ...own,
    ['version', 'integer', 'version'],
  ];
}

const AIM_COLUMNS = recordColumns<AimRow & Owned>([
  ['code', 'text', 'code'],
  ['title', 'text', 'title'],
  ['position', 'integer', 'position'],
]);

const TARGET_COLUMNS = recordColumns<TargetRow & Owned>([
  ['aim_id', 'uuid', 'aimId'],
  ['code', 'text', 'code'],
  ['title', 'text', 'title'],
  ['position', 'integer', 'position'],
  ['responsible_unit_id', 'uuid', 'responsibleUnitId'],
  ['risks', 'jsonb', 'risks'],
  ['controls', 'jsonb', 'controls'],
  ['strategies', 'jsonb', 'strategies'],
  ['activities', 'jsonb', 'activities'],
  ['cost_estimate', 'jsonb', 'costEstimate'],
  ['findings', 'jsonb', 'findings'],
  ['needs', 'jsonb', 'needs'],
]);

const INDICATOR_COLUMNS = recordColumns<IndicatorRow & Owned>([
  ['target_id', 'uuid', 'targetId'],
  ['code', 'text', 'code'],
  ['name', 'text', 'name'],
  ['unit', 'text', 'unit'],
  ['weight', 'numeric', 'weight'],
  ['direction', 'text', 'direction'],
  ['value_type', 'text', 'valueType'],
  ['method', 'text', 'method'],
  ['baseline', 'numeric', 'baseline'],
  ['monitoring_months', 'smallint', 'monitoringMonths'],
  ['reporting_months', 'smallint', 'reportingMonths'],
  ['data_source', 'text', 'dataSource'],
  ['since_year', 'integer', 'sinceYear'],
  ['half_year_targets', 'jsonb', 'halfYearTargets'],
  ['chart_from_zero', 'boolean', 'chartFromZero'],
  ['position', 'integer', 'position'],
]);

const YEARLY_TARGET_COLUMNS: KeyedColumns<YearlyTargetRow & Owned> = [
  ['indicator_id', 'uuid', 'indicatorId'],
  ['year', 'integer', 'year'],
  ['institution_id', 'uuid', 'institutionId'],
  ['plan_id', 'uuid', 'planId'],
  ['value', 'numeric', 'value'],
];

const COLLABORATOR_COLUMNS: KeyedColumns<CollaboratorRow & Owned> = [
  ['target_id', 'uuid', 'targetId'],
  ['unit_id', 'uuid', 'unitId'],
  ['institution_id', 'uuid', 'institutionId'],
  ['position', 'integer', 'position'],
];

const CORE_VALUE_COLUMNS: readonly BulkColumn[] = [
  ['id', 'uuid'],
  ['institution_id', 'uuid'],
  ['plan_id', 'uuid'],
  ['position', 'integer'],
  ['title', 'text'],
  ['description', 'text'],
];

const VALUE_COLUMNS: readonly BulkColumn[] = [
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
];

function insertStatement<R>(table: string, columns: KeyedColumns<R>, rows: R[]): Statement | null {
  return bulkInsertStatement(
    table,
    columns.map(([name, type]) => [name, type] as const),
    rows.map((row) => columns.map(([, , key]) => row[key])),
  );
}

/** The columns a change may set: all but the keys, the code (what matches a record) and the version. */
const FIXED_COLUMNS = new Set(['id', 'institution_id', 'plan_id', 'code', 'version']);

/** One UPDATE … FROM unnest(…) per table: every changeable column of each row; version + 1. */
function updateStatement<R extends { id: string }>(
  table: string,
  columns: KeyedColumns<R>,
  rows: R[],
): Statement | null {
  if (rows.length === 0) return null;
  const changeable = columns.filter(([name]) => !FIXED_COLUMNS.has(name));
  const all = [['id', 'uuid', 'id'] as const, ...changeable];
  const arrays = all.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  const names = all.map(([name]) => name).join(', ');
  const sets = changeable.map(([name]) => `${name} = u.${name}`).join(', ');
  return {
    text: `UPDATE ${table} t SET ${sets}, version = t.version + 1
             FROM unnest(${arrays}) AS u(${names})
            WHERE t.id = u.id`,
    parameters: all.map(([, type, key]) => columnArray(type, rows, (row) => row[key])),
  };
}

/** Deletes rows by id; null for none. */
export function deleteStatement(table: string, rows: Array<{ id: string }>): Statement | null {
  if (rows.length === 0) return null;
  return { text: `DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, parameters: [rows.map((row) => row.id)] };
}

/** Writes new analysis rows of a plan (a plan from a document): rows, then items, then links. */
export async function writeAnalysisRows(
  manager: EntityManager,
  plan: { id: string; institutionId: string },
  rows: AnalysisRows,
): Promise<void> {
  const owned = { institutionId: plan.institutionId, planId: plan.id };
  if (rows.analysisRows.length > 0)
    await manager.insert(
      AnalysisRow,
      rows.analysisRows.map((row) => ({ ...row, ...owned, version: 1 })),
    );
  if (rows.analysisItems.length > 0)
    await manager.insert(
      AnalysisItem,
      rows.analysisItems.map((item) => ({ ...item, ...owned, version: 1 })),
    );
  if (rows.analysisLinks.length > 0)
    await manager.insert(
      AnalysisLink,
      rows.analysisLinks.map((link) => ({ ...link, ...owned })),
    );
}
