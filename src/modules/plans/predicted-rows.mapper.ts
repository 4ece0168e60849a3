import type { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Aim } from './aim.entity.js';
import type { PlanRows } from './plan-document.mapper.js';
import type { PlanRowChanges, Writes } from './plan-row-changes.js';
import type { TargetCollaborator } from './target-collaborator.entity.js';
import type { Target } from './target.entity.js';

/*
 * The rows a plan will have once `rowChangeStatements` has run, computed without the database, so
 * the plan rules can judge them while the writes are on their way (PlanEditorService). A guess,
 * never trusted alone: the editor compares it with the rows read back after the writes
 * (`sameRows`) and judges the stored rows again whenever the two differ in anything.
 */

/**
 * `before` with `changes` applied as the database applies them: an insert stored with the plan's
 * ids and version 1, an update moving the version and keeping the code, a deleted indicator's
 * yearly targets and entries gone with it, jsonb values in jsonb's key order. Null when the changes
 * remove aims or targets, whose cascades reach further than a guess should follow.
 */
export function predictedRows(before: PlanRows, changes: PlanRowChanges): PlanRows | null {
  if (changes.aims.delete.length > 0 || changes.targets.delete.length > 0) return null;
  const owned = { institutionId: before.plan.institutionId, planId: before.plan.id };
  const aims = applyWrites(before.aims, changes.aims, (row, version): Aim => ({ ...row, ...owned, version }));
  const targets = applyWrites(before.targets, changes.targets, (row, version): Target => ({
    ...row,
    risks: asJsonb(row.risks),
    controls: asJsonb(row.controls),
    strategies: asJsonb(row.strategies),
    activities: asJsonb(row.activities),
    costEstimate: asJsonb(row.costEstimate),
    findings: asJsonb(row.findings),
    needs: asJsonb(row.needs),
    ...owned,
    version,
  }));
  const indicators = applyWrites(before.indicators, changes.indicators, (row, version): Indicator => ({
    ...row,
    halfYearTargets: asJsonb(row.halfYearTargets),
    ...owned,
    version,
  })).sort((a, b) => a.position - b.position);

  const gone = new Set(changes.indicators.delete.map((row) => row.id));
  const yearKey = (row: { indicatorId: string; year: number }): string => `${row.indicatorId} ${row.year}`;
  const yearly = changes.yearlyTargets;
  const yearDeleted = new Set(yearly.delete.map(yearKey));
  const yearUpdated = new Map(yearly.update.map((row) => [yearKey(row), row.value]));
  const yearlyTargets: IndicatorTarget[] = [
    ...before.yearlyTargets
      .filter((row) => !gone.has(row.indicatorId) && !yearDeleted.has(yearKey(row)))
      .map((row) => {
        const value = yearUpdated.get(yearKey(row));
        return value === undefined ? row : { ...row, value };
      }),
    ...yearly.insert.map((row): IndicatorTarget => ({ ...row, ...owned })),
  ];

  const replaced = new Set(changes.collaborators.targetIds);
  const collaborators: TargetCollaborator[] = [
    ...before.collaborators.filter((link) => !replaced.has(link.targetId)),
    ...changes.collaborators.rows.map((link): TargetCollaborator => ({
      ...link,
      institutionId: owned.institutionId,
    })),
  ];
  return {
    ...before,
    aims,
    targets,
    indicators,
    yearlyTargets,
    collaborators,
    values: before.values.filter((row) => !gone.has(row.indicatorId)),
  };
}

/** Rows after their writes: updated ones in place (version + 1, code kept), deleted ones out, new ones last. */
function applyWrites<E extends { id: string; code: string; version: number }, R extends { id: string }>(
  rows: E[],
  writes: Writes<R>,
  stored: (row: R, version: number) => E,
): E[] {
  const updates = new Map(writes.update.map((row) => [row.id, row]));
  const deleted = new Set(writes.delete.map((row) => row.id));
  return [
    ...rows
      .filter((row) => !deleted.has(row.id))
      .map((row) => {
        const update = updates.get(row.id);
        return update ? { ...stored(update, row.version + 1), code: row.code } : row;
      }),
    ...writes.insert.map((row) => stored(row, 1)),
  ];
}

/**
 * A value as a jsonb column gives it back: object keys in jsonb's order (shorter keys first, keys
 * of one length by their UTF-8 bytes), arrays as they were.
 */
export function asJsonb<T>(value: T): T {
  return reorder(value) as T;
}

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareJsonbKeys(a, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, reorder(item)]));
}

function compareJsonbKeys(a: string, b: string): number {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length - right.length || Buffer.compare(left, right);
}

/**
 * Whether two plans' rows hold the same: aims, targets and indicators the same rows in the same
 * order; yearly targets, collaborating units and entries the same rows in any order (the document
 * sorts them itself); a row the same keys with the same values (nested values compared as their
 * JSON text, key order included). Rows shared by reference are not looked into.
 */
export function sameRows(a: PlanRows, b: PlanRows): boolean {
  return (
    a.plan === b.plan &&
    a.institution === b.institution &&
    a.units === b.units &&
    a.coreValues === b.coreValues &&
    a.analysis === b.analysis &&
    sameList(a.aims, b.aims) &&
    sameList(a.targets, b.targets) &&
    sameList(a.indicators, b.indicators) &&
    sameSet(a.yearlyTargets, b.yearlyTargets, (row) => `${row.indicatorId} ${row.year}`) &&
    sameSet(a.collaborators, b.collaborators, (row) => `${row.targetId} ${row.unitId}`) &&
    sameSet(a.values, b.values, (row) => row.id)
  );
}

function sameList<T extends object>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((row, index) => sameRow(row, b[index]));
}

function sameSet<T extends object>(a: T[], b: T[], key: (row: T) => string): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b.map((row) => [key(row), row]));
  return (
    byKey.size === b.length &&
    a.every((row) => {
      const other = byKey.get(key(row));
      return other !== undefined && sameRow(row, other);
    })
  );
}

function sameRow(a: object, b: object): boolean {
  if (a === b) return true;
  const left = Object.entries(a);
  if (left.length !== Object.keys(b).length) return false;
  const right = new Map<string, unknown>(Object.entries(b));
  return left.every(([key, value]) => {
    if (!right.has(key)) return false;
    const other = right.get(key);
    if (value === null || typeof value !== 'object') return value === other;
    return other !== null && typeof other === 'object' && JSON.stringify(value) === JSON.stringify(other);
  });
}
