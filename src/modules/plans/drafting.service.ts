import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  INDICATOR_CONTENT_FIELDS,
  type MoveResponse,
  type StrategyTreeResponse,
  type TargetCardResponse,
} from '../../contracts/drafting.js';
import type { ErrorCode } from '../../contracts/error-codes.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import {
  aimNotFound,
  AppError,
  BadRequestError,
  ConflictError,
  indicatorNotFound,
  planNotFound,
  targetNotFound,
  getByCode,
} from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage } from '../../common/messages/index.js';
import { validationMessage } from '../../common/messages/validation-messages.js';
import { fieldName } from '../../common/messages/field-labels.js';
import { assertFreshVersion } from '../../common/versions.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { CardIndicatorDto, MoveDto, MoveTargetDto, TargetCardSaveDto } from './dto/drafting.dto.js';
import { toStrategyTree, toTargetCard, type StrategyTreeRows } from './drafting.mapper.js';
import { sameContent, type LockedChange } from './plan-content-lock.js';
import { targetChanges, unitIds } from './plan-content.service.js';
import type { PlanRows } from './plan-document.mapper.js';
import { PlanEditorService, planRowsValidation, type Reloaded } from './plan-editor.service.js';
import { assertContentEditable, assertHoldsNoApprovedValues, assertRoom } from './plan-guards.js';
import { effectiveStatus } from './plan-lifecycle.js';
import { indicatorRow, noRowChanges, type TargetRow, type YearlyTargetRow } from './plan-row-changes.js';
import { validationResponse } from './plan-rules.js';
import { predictedRows } from './predicted-rows.mapper.js';
import {
  deleteStatement,
  loadPlanRows,
  rowChangeStatements,
  runStatements,
  targetReads,
  contentVersionRead,
  withTargetRows,
  type TargetReads,
} from './plan-storage.repository.js';
import {
  maxMovePosition,
  nextIndicatorCodes,
  planMove,
  prefixesOf,
  strategyRowsOf,
  usedCodes,
  type NodeKind,
  type RowChange,
} from './strategy-tree.js';
import type { Target } from './target.entity.js';

/** The lists of the strategy tree whose elements move (and are renumbered) within their parent. */
export type MovedList = 'aims' | 'targets' | 'indicators';

/**
 * The drafting workspace (issue 12): the strategy tree in one read, moves that renumber codes
 * under the plan's prefixes, and a whole target card saved at once. Every write goes through the
 * plan editor (PlanEditorService), so the plan rules judge it and a refused write stores nothing.
 */
@Injectable()
export class DraftingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
  ) {}

  async strategy(planId: string): Promise<StrategyTreeResponse> {
    return toStrategyTree(planId, await loadStrategyRows(this.dataSource.manager, planId));
  }

  async move(
    planId: string,
    kind: MovedList,
    code: string,
    dto: MoveDto | MoveTargetDto,
    lang: Lang,
  ): Promise<MoveResponse> {
    const { result: renamed, rows } = await this.editor.editAndValidate(
      planId,
      lang,
      async (manager, rows) => {
        const node = findNode(rows, kind, code);
        const status = effectiveStatus(rows.plan);
        if (status !== 'taslak') {
          throw new ConflictError('PLAN_STATUS', errorMessage('PLAN_STATUS', { status, case: 'move' }, lang));
        }
        const aimCode = 'aim' in dto ? dto.aim : undefined;
        const aim = aimCode === undefined ? undefined : rows.aims.find((item) => item.code === aimCode);
        if (aimCode !== undefined && !aim) {
          const message = errorMessage('UNKNOWN_AIM', { code: aimCode }, lang);
          throw new BadRequestError('UNKNOWN_AIM', message, [{ path: 'aim', code: 'UNKNOWN_AIM', message }]);
        }
        const tree = strategyRowsOf(rows);
        const move = { kind, id: node.id, position: dto.position, ...(aim ? { parentId: aim.id } : {}) };
        const max = maxMovePosition(tree, move);
        if (dto.position > max) {
          const message = validationMessage(
            'OUT_OF_RANGE',
            'max',
            { field: fieldName('position', lang), max },
            lang,
          );
          throw new BadRequestError('VALIDATION_FAILED', {}, [
            { path: 'position', code: 'OUT_OF_RANGE', message },
          ]);
        }
        if (aim && 'aimId' in node && aim.id !== node.aimId) {
          assertRoom(
            'targetsPerAim',
            tree.targets.filter((row) => row.parentId === aim.id).length,
            'aim',
            lang,
          );
        }
        const planned = planMove(tree, prefixesOf(rows.plan), move);
        for (const table of ['aims', 'targets', 'indicators'] as const) {
          await writeMoves(manager, table, planned.changes[table], tree[table]);
        }
        return planned.renamed;
      },
    );
    return { ...toStrategyTree(planId, rows), renamed };
  }

  async getCard(planId: string, code: string, lang: Lang): Promise<TargetCardResponse> {
    const rows = await loadPlanRows(this.dataSource.manager, planId);
    const target = getByCode(rows.targets, code, targetNotFound);
    return toTargetCard(rows, target, planRowsValidation(planId, rows, lang));
  }

  async saveCard(
    planId: string,
    code: string,
    dto: TargetCardSaveDto,
    lang: Lang,
  ): Promise<TargetCardResponse> {
    let cardPath = '';
    try {
      const { rows, issues } = await this.editor.editAndValidate(
        planId,
        lang,
        async (manager, before) => {
          const target = getByCode(before.targets, code, targetNotFound);
          cardPath = documentPath(before, target);
          await assertFreshVersion({ what: 'target', name: code }, target.version, dto.version, () =>
            Promise.resolve(toTargetCard(before, target, planRowsValidation(planId, before, lang))),
          );
          return writeCard(manager, before, target, dto, lang);
        },
        // The card's rows are read again in the round trip that writes them, and judged as
        // predicted while that trip is on its way.
        { reload: (_manager, _before, written) => written.stored, predict: (written) => written.predicted },
      );
      const saved = getByCode(rows.targets, code, targetNotFound);
      return toTargetCard(rows, saved, validationResponse(planId, issues));
    } catch (error) {
      throw cardPath ? onCard(error, cardPath) : error;
    }
  }
}

/** The plan's aims, targets (with responsible units) and indicators in one statement; 404 for an unknown plan. */
async function loadStrategyRows(manager: EntityManager, planId: string): Promise<StrategyTreeRows> {
  if (!isUuid(planId)) throw planNotFound(planId);
  const [row] = await manager.query<
    Array<{ found: boolean } & { [K in keyof StrategyTreeRows]: StrategyTreeRows[K] }>
  >(
    `SELECT EXISTS (SELECT 1 FROM plans WHERE id = $1) AS found,
            COALESCE((SELECT json_agg(json_build_object('id', id, 'code', code, 'title', title,
                        'position', position, 'version', version)) FROM aims WHERE plan_id = $1), '[]') AS aims,
            COALESCE((SELECT json_agg(json_build_object('id', id, 'aimId', aim_id, 'code', code, 'title', title,
                        'position', position, 'version', version, 'responsibleUnitId', responsible_unit_id))
                        FROM targets WHERE plan_id = $1), '[]') AS targets,
            COALESCE((SELECT json_agg(json_build_object('id', id, 'targetId', target_id, 'code', code, 'name', name,
                        'weight', weight, 'position', position, 'version', version))
                        FROM indicators WHERE plan_id = $1), '[]') AS indicators,
            COALESCE((SELECT json_agg(json_build_object('id', u.id, 'code', u.code)) FROM units u
                       WHERE u.institution_id = (SELECT institution_id FROM plans WHERE id = $1)), '[]') AS units`,
    [planId],
  );
  if (!row?.found) throw planNotFound(planId);
  return row;
}

function findNode(
  rows: PlanRows,
  kind: 'aims' | 'targets' | 'indicators',
  code: string,
): { id: string } | { id: string; aimId: string } {
  if (kind === 'aims') {
    return getByCode(rows.aims, code, aimNotFound);
  }
  if (kind === 'targets') {
    const target = getByCode(rows.targets, code, targetNotFound);
    return { id: target.id, aimId: target.aimId };
  }
  return getByCode(rows.indicators, code, indicatorNotFound);
}

const PARENT_COLUMN: Record<NodeKind, string | null> = {
  aims: null,
  targets: 'aim_id',
  indicators: 'target_id',
};

/**
 * Writes a move's changes to one table. Codes are unique in a plan (a unique index checked row
 * by row), so a renaming that gives a row a code another row still holds goes in two phases: such
 * rows first take a temporary code (`~` and the new code, which no code may start with), the
 * others their new codes, then the temporary ones their new codes. Every changed row's version
 * moves once; the audit trigger records each step.
 */
async function writeMoves(
  manager: EntityManager,
  table: NodeKind,
  changes: RowChange[],
  stored: ReadonlyArray<{ code: string }>,
): Promise<void> {
  if (changes.length === 0) return;
  const held = new Set(stored.map((row) => row.code));
  const parked = changes.filter((change) => change.code !== change.oldCode && held.has(change.code));
  const ids = (list: RowChange[]): string[] => list.map((change) => change.id);
  const codes = (list: RowChange[]): string[] => list.map((change) => change.code);
  if (parked.length > 0) {
    await manager.query(
      `UPDATE ${table} t SET code = '~' || u.code FROM unnest($1::uuid[], $2::text[]) AS u(id, code) WHERE t.id = u.id`,
      [ids(parked), codes(parked)],
    );
  }
  const parkedIds = new Set(ids(parked));
  const parent = PARENT_COLUMN[table];
  await manager.query(
    `UPDATE ${table} t
        SET code = CASE WHEN u.parked THEN t.code ELSE u.code END, position = u.position,
            ${parent ? `${parent} = u.parent_id,` : ''} version = t.version + 1
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::uuid[], $5::boolean[]) AS u(id, code, position, parent_id, parked)
      WHERE t.id = u.id`,
    [
      ids(changes),
      codes(changes),
      changes.map((change) => change.position),
      changes.map((change) => change.parentId),
      changes.map((change) => parkedIds.has(change.id)),
    ],
  );
  if (parked.length > 0) {
    await manager.query(
      `UPDATE ${table} t SET code = u.code FROM unnest($1::uuid[], $2::text[]) AS u(id, code) WHERE t.id = u.id`,
      [ids(parked), codes(parked)],
    );
  }
}

/**
 * Writes the whole card: the target's fields and collaborators, its indicators in the order
 * given (new ones numbered after the highest code under the target, existing ones updated, the
 * ones left out deleted unless they hold approved values), each yearly target. Refusals come
 * before any write; the editor then judges the plan rules and rolls everything back on a break.
 */
function writeCard(
  manager: EntityManager,
  rows: PlanRows,
  target: Target,
  dto: TargetCardSaveDto,
  lang: Lang,
): CardWrite {
  const units = unitIds(rows.units, dto.responsibleUnit, dto.collaboratingUnits);
  const existing = rows.indicators.filter((indicator) => indicator.targetId === target.id);
  const byCode = new Map(existing.map((indicator) => [indicator.code, indicator]));
  assertCardIndicators(rows, target, existing, dto.indicators, lang);
  const kept = new Set(dto.indicators.map((item) => item.code).filter((code) => code !== undefined));
  const doomed = existing.filter((indicator) => !kept.has(indicator.code));
  for (const indicator of doomed) {
    assertHoldsNoApprovedValues(rows, { kind: 'indicator', id: indicator.id, code: indicator.code }, lang);
  }
  assertRoom(
    'indicators',
    rows.indicators.length - existing.length,
    'indicators',
    lang,
    dto.indicators.length,
  );

  // New codes follow the kept indicators; a deleted one's code is free again (deleted first).
  const fresh = dto.indicators.filter((item) => item.code === undefined).length;
  const newCodes = fresh > 0 ? freshCodes(rows, target, doomed, fresh) : [];
  // Kept indicators keep their places in the plan's order; new ones come after every other.
  const slots = existing
    .filter((indicator) => kept.has(indicator.code))
    .map((indicator) => indicator.position)
    .sort((a, b) => a - b);
  let last = rows.indicators.reduce((max, indicator) => Math.max(max, indicator.position), 0);
  while (slots.length < dto.indicators.length) slots.push((last += 1));

  // The card's own indicators and yearly targets as stored, to compare what is sent with.
  const storedIndicator = new Map(
    existing.map((indicator) => [
      indicator.id,
      indicatorRow(indicator, {
        id: indicator.id,
        targetId: indicator.targetId,
        position: indicator.position,
      }),
    ]),
  );
  const yearlyByIndicator = new Map<string, YearlyTargetRow[]>(existing.map((row) => [row.id, []]));
  for (const line of rows.yearlyTargets) yearlyByIndicator.get(line.indicatorId)?.push(line);
  const writes = noRowChanges();
  const locked: LockedChange[] = [];
  let fresher = 0;
  dto.indicators.forEach((item, index) => {
    const old = item.code === undefined ? undefined : byCode.get(item.code);
    const code = old?.code ?? newCodes[fresher++];
    const row = indicatorRow(
      {
        ...item,
        code,
        halfYearTargets: sortedYears(item.halfYearTargets),
        // A frequency sent back as read (an unset one reads as the default 6) stays unset.
        monitoringMonths: frequency(item.monitoringMonths, old?.monitoringMonths),
        reportingMonths: frequency(item.reportingMonths, old?.reportingMonths),
        sinceYear: old?.sinceYear ?? null,
        chartFromZero: old?.chartFromZero ?? true,
      },
      { id: old?.id ?? randomUUID(), targetId: target.id, position: slots[index] },
    );
    const yearly = Object.entries(item.targets).map(([year, value]): YearlyTargetRow => ({
      indicatorId: row.id,
      year: Number(year),
      value,
    }));
    if (!old) {
      writes.indicators.insert.push(row);
      writes.yearlyTargets.insert.push(...yearly);
      locked.push({ kind: 'indicators', action: 'create', path: `indicators[${index}]`, subject: code });
      return;
    }
    const before = storedIndicator.get(old.id);
    const storedYears = new Map(
      (yearlyByIndicator.get(old.id) ?? []).map((line) => [line.year, line.value] as const),
    );
    const yearWrites = { insert: [] as YearlyTargetRow[], update: [] as YearlyTargetRow[] };
    for (const line of yearly) {
      const now = storedYears.get(line.year);
      if (now === undefined) yearWrites.insert.push(line);
      else if (now !== line.value) yearWrites.update.push(line);
      storedYears.delete(line.year);
    }
    const yearDeletes = [...storedYears.keys()].map((year) => ({ indicatorId: old.id, year, value: 0 }));
    writes.yearlyTargets.insert.push(...yearWrites.insert);
    writes.yearlyTargets.update.push(...yearWrites.update);
    writes.yearlyTargets.delete.push(...yearDeletes);
    const targetsChanged = yearWrites.insert.length + yearWrites.update.length + yearDeletes.length > 0;
    if (targetsChanged)
      locked.push({ kind: 'targets', action: 'change', path: `indicators[${index}].targets`, subject: code });
    for (const key of INDICATOR_CONTENT_FIELDS) {
      if (!sameContent(row[key], before?.[key]))
        locked.push({
          kind: 'content',
          action: 'change',
          path: `indicators[${index}].${key}`,
          subject: code,
        });
    }
    if (row.weight !== before?.weight)
      locked.push({ kind: 'weights', action: 'change', path: `indicators[${index}].weight`, subject: code });
    // New yearly targets or a new place are a change of the indicator too: its version moves.
    if (targetsChanged || !before || !sameContent(row, before)) writes.indicators.update.push(row);
  });
  for (const indicator of doomed)
    locked.push({ kind: 'content', action: 'delete', path: 'indicators', subject: indicator.code });

  const targetRow: TargetRow = {
    id: target.id,
    aimId: target.aimId,
    code: target.code,
    title: dto.title,
    position: target.position,
    responsibleUnitId: units.responsible,
    risks: dto.risks,
    controls: dto.controls,
    strategies: dto.strategies,
    activities: dto.activities.map((activity) => ({ ...activity })),
    costEstimate: dto.costEstimate,
    findings: dto.findings,
    needs: dto.needs,
  };
  const storedCollaborators = rows.collaborators
    .filter((link) => link.targetId === target.id)
    .sort((a, b) => a.position - b.position)
    .map((link) => link.unitId);
  const collaboratorsChanged = !sameContent(units.collaborating, storedCollaborators);
  const cardChanges: Partial<Target> = {
    title: targetRow.title,
    risks: targetRow.risks,
    controls: targetRow.controls,
    strategies: targetRow.strategies,
    activities: targetRow.activities,
    costEstimate: targetRow.costEstimate,
    findings: targetRow.findings,
    needs: targetRow.needs,
  };
  locked.unshift(
    ...targetChanges(target.code, target, cardChanges, {
      responsible: units.responsible !== target.responsibleUnitId,
      collaborating: collaboratorsChanged,
      weights: [],
    }),
  );
  assertContentEditable(rows.plan, locked, lang);

  const changed =
    locked.length > 0 ||
    writes.indicators.update.length > 0 ||
    writes.indicators.insert.length > 0 ||
    doomed.length > 0;
  if (!changed) return { stored: Promise.resolve({ rows, version: null }), predicted: null };
  // The card's version moves with any change on it, its indicators' included.
  writes.targets.update.push(targetRow);
  if (collaboratorsChanged) {
    writes.collaborators.targetIds.push(target.id);
    writes.collaborators.rows.push(
      ...units.collaborating.map((unitId, index) => ({ targetId: target.id, unitId, position: index + 1 })),
    );
  }
  // Deleted indicators go first (their codes are free again), then the card's writes, and the
  // card's rows are read back in the same round trip.
  // Started, not awaited: the editor judges the predicted rows while the trip is on its way.
  const statements = [deleteStatement('indicators', doomed), ...rowChangeStatements(rows.plan, writes)];
  const stored = runStatements<[...TargetReads, Array<{ version: string }>]>(
    manager,
    statements.filter((statement) => statement !== null),
    [...targetReads(manager, target.id), contentVersionRead(rows.plan.id)],
  ).then(([targets, collaborators, indicators, yearlyTargets, [after]]) => ({
    rows: withTargetRows(rows, target.id, [targets, collaborators, indicators, yearlyTargets]),
    version: after?.version ?? null,
  }));
  const deleted = doomed.map((indicator) => indicatorRow(indicator, indicator));
  const predicted = predictedRows(rows, {
    ...writes,
    indicators: { ...writes.indicators, delete: deleted },
  });
  return { stored, predicted };
}

/** A card's write on its way: the rows as they will be read back, and as predicted meanwhile. */
interface CardWrite {
  stored: Promise<Reloaded>;
  predicted: PlanRows | null;
}

/** `count` new indicator codes under `target`, after its highest; the codes of `doomed` are free again. */
function freshCodes(rows: PlanRows, target: Target, doomed: Indicator[], count: number): string[] {
  const tree = strategyRowsOf(rows);
  const doomedIds = new Set(doomed.map((indicator) => indicator.id));
  const remaining = { ...tree, indicators: tree.indicators.filter((row) => !doomedIds.has(row.id)) };
  return nextIndicatorCodes(prefixesOf(rows.plan), remaining, target.id, count, usedCodes(remaining));
}

function frequency(sent: 6 | 12 | undefined, stored: 6 | 12 | null | undefined): 6 | 12 | null {
  if (sent === undefined) return stored ?? null;
  return stored === null && sent === 6 ? null : sent;
}

function sortedYears(targets: Record<string, number> | undefined): Record<string, number> | null {
  if (!targets || Object.keys(targets).length === 0) return null;
  return Object.fromEntries(Object.entries(targets).sort(([a], [b]) => Number(a) - Number(b)));
}

/**
 * The card's indicators before anything is written: a code must be one of the target's and
 * appear once (400 UNKNOWN_INDICATOR / CODE_TAKEN), half-year targets only for plan years
 * (400 NOT_PLAN_YEAR), and the monitoring frequency of an indicator with entries stays
 * (400 MONITORING_CHANGE); every problem at its path, e.g. `indicators[2].halfYearTargets.2031`.
 */
function assertCardIndicators(
  rows: PlanRows,
  target: Target,
  existing: Indicator[],
  items: CardIndicatorDto[],
  lang: Lang,
): void {
  const problems: Array<ErrorDetail & { code: ErrorCode }> = [];
  const seen = new Set<string>();
  const { startYear, endYear } = rows.plan;
  const entries = new Map<string, number>();
  for (const value of rows.values) entries.set(value.indicatorId, (entries.get(value.indicatorId) ?? 0) + 1);
  items.forEach((item, index) => {
    const path = `indicators[${index}]`;
    if (item.code !== undefined) {
      const old = existing.find((indicator) => indicator.code === item.code);
      if (!old) {
        problems.push({
          path: `${path}.code`,
          code: 'UNKNOWN_INDICATOR',
          message: errorMessage('UNKNOWN_INDICATOR', { code: item.code, target: target.code }, lang),
        });
      } else if (seen.has(item.code)) {
        problems.push({
          path: `${path}.code`,
          code: 'CODE_TAKEN',
          message: errorMessage('CODE_TAKEN', { code: item.code }, lang),
        });
      } else {
        const count = entries.get(old.id) ?? 0;
        if (
          count > 0 &&
          item.monitoringMonths !== undefined &&
          item.monitoringMonths !== (old.monitoringMonths ?? 6)
        ) {
          problems.push({
            path: `${path}.monitoringMonths`,
            code: 'MONITORING_CHANGE',
            message: errorMessage('MONITORING_CHANGE', { code: old.code, count }, lang),
          });
        }
      }
      seen.add(item.code);
    }
    for (const year of Object.keys(item.halfYearTargets ?? {})) {
      if (Number(year) >= startYear && Number(year) <= endYear) continue;
      problems.push({
        path: `${path}.halfYearTargets.${year}`,
        code: 'NOT_PLAN_YEAR',
        message: errorMessage('NOT_PLAN_YEAR', { year, years: `${startYear}–${endYear}` }, lang),
      });
    }
  });
  if (problems.length === 0) return;
  const codes = new Set(problems.map((problem) => problem.code));
  const code: ErrorCode = codes.size === 1 ? problems[0].code : 'VALIDATION_FAILED';
  throw new BadRequestError(code, problems[0].message, problems);
}

/** The target's path in the plan document (`plan.aims[a].targets[t]`), as the rules report it. */
function documentPath(rows: PlanRows, target: Target): string {
  const aimIndex = rows.aims.findIndex((aim) => aim.id === target.aimId);
  const targetIndex = rows.targets.filter((item) => item.aimId === target.aimId).indexOf(target);
  return `plan.aims[${aimIndex}].targets[${targetIndex}]`;
}

/**
 * A refusal of a card save with its details' document paths made the card's own:
 * `plan.aims[0].targets[1].indicators[2].targets["2031"]` → `indicators[2].targets.2031`.
 */
function onCard(error: unknown, cardPath: string): unknown {
  if (!(error instanceof AppError) || !error.details) return error;
  const details = error.details.map((detail) => {
    if (!detail.path.startsWith(`${cardPath}.`)) return detail;
    const path = detail.path.slice(cardPath.length + 1).replace(/\["([^"]*)"\]/g, '.$1');
    return { ...detail, path };
  });
  const message = error.params ?? error.message;
  if (error instanceof ConflictError) return new ConflictError(error.code, message, details, error.current);
  return new AppError(error.statusCode, error.code, message, details);
}
