/**
 * What replacing a draft plan's target cards with a workbook's changes, record by record:
 * aims, targets and indicators are matched by their codes, so a record that stays keeps its id
 * (and an indicator its entered values); only records that differ are written, so the audit
 * trail shows the real changes. Pure: ids of new records come from `newId`.
 */
import type { AimDoc } from '../../contracts/plan-document.js';
import type { RecordChanges } from '../../contracts/reports.js';
import {
  indicatorRow,
  noRowChanges,
  targetRow,
  type AimRow,
  type PlanRowChanges,
  type StoredPlanRows,
  type Writes,
} from '../plans/plan-row-changes.js';

/** The plan's cards as stored, with the institution's units (code → id). */
export interface StoredCards extends StoredPlanRows {
  unitIds: ReadonlyMap<string, string>;
}

export type CardChanges = PlanRowChanges;

/**
 * The writes that turn the stored cards into `aims` (a parsed document's aims, already checked
 * against the plan rules, so every unit code is known).
 */
export function cardChanges(stored: StoredCards, aims: AimDoc[], newId: () => string): CardChanges {
  const unitId = (code: string): string => {
    const id = stored.unitIds.get(code);
    if (id === undefined) throw new RangeError(`unknown unit ${code}`);
    return id;
  };
  const aimsByCode = new Map(stored.aims.map((row) => [row.code, row]));
  const targetsByCode = new Map(stored.targets.map((row) => [row.code, row]));
  const indicatorsByCode = new Map(stored.indicators.map((row) => [row.code, row]));
  const changes = noRowChanges();
  const kept = { aims: new Set<string>(), targets: new Set<string>(), indicators: new Set<string>() };
  const collaboratorsOf = new Map<string, string[]>();
  for (const link of [...stored.collaborators].sort((a, b) => a.position - b.position)) {
    collaboratorsOf.set(link.targetId, [...(collaboratorsOf.get(link.targetId) ?? []), link.unitId]);
  }
  const yearlyOf = new Map<string, Map<number, number>>();
  for (const row of stored.yearlyTargets) {
    const map = yearlyOf.get(row.indicatorId) ?? new Map<number, number>();
    map.set(row.year, row.value);
    yearlyOf.set(row.indicatorId, map);
  }

  let targetPosition = 0;
  let indicatorPosition = 0;
  aims.forEach((aim, aimIndex) => {
    const existingAim = aimsByCode.get(aim.code);
    const aimRow: AimRow = {
      id: existingAim?.id ?? newId(),
      code: aim.code,
      title: aim.title,
      position: aimIndex + 1,
    };
    place(changes.aims, existingAim, aimRow, kept.aims);
    for (const targetDoc of aim.targets) {
      targetPosition += 1;
      const existingTarget = targetsByCode.get(targetDoc.code);
      const target = targetRow(targetDoc, {
        id: existingTarget?.id ?? newId(),
        aimId: aimRow.id,
        position: targetPosition,
        responsibleUnitId: unitId(targetDoc.responsibleUnit),
      });
      place(changes.targets, existingTarget, target, kept.targets);
      const units = (targetDoc.collaboratingUnits ?? []).map(unitId);
      if (!existingTarget || !sameJson(collaboratorsOf.get(target.id) ?? [], units)) {
        changes.collaborators.targetIds.push(target.id);
        units.forEach((id, index) =>
          changes.collaborators.rows.push({ targetId: target.id, unitId: id, position: index + 1 }),
        );
      }
      for (const indicator of targetDoc.indicators) {
        indicatorPosition += 1;
        const existing = indicatorsByCode.get(indicator.code);
        // The workbook has no column for half-year targets or the chart axis: a kept indicator
        // keeps its own.
        const halfYearTargets = indicator.halfYearTargets ?? existing?.halfYearTargets ?? null;
        const chartFromZero = indicator.chartFromZero ?? existing?.chartFromZero ?? true;
        const row = indicatorRow(
          { ...indicator, halfYearTargets, chartFromZero },
          {
            id: existing?.id ?? newId(),
            targetId: target.id,
            position: indicatorPosition,
          },
        );
        place(changes.indicators, existing, row, kept.indicators);
        const before = existing
          ? (yearlyOf.get(existing.id) ?? new Map<number, number>())
          : new Map<number, number>();
        for (const [yearText, value] of Object.entries(indicator.targets)) {
          const year = Number(yearText);
          const old = before.get(year);
          if (old === undefined) changes.yearlyTargets.insert.push({ indicatorId: row.id, year, value });
          else if (old !== value) changes.yearlyTargets.update.push({ indicatorId: row.id, year, value });
        }
        for (const [year, value] of before) {
          if (indicator.targets[String(year)] === undefined) {
            changes.yearlyTargets.delete.push({ indicatorId: row.id, year, value });
          }
        }
      }
    }
  });
  // Removed records: their children go with them (ON DELETE CASCADE) unless they moved, and
  // moves are written (as updates) before the deletes.
  changes.aims.delete = stored.aims.filter((row) => !kept.aims.has(row.id));
  changes.targets.delete = stored.targets.filter((row) => !kept.targets.has(row.id));
  changes.indicators.delete = stored.indicators.filter((row) => !kept.indicators.has(row.id));
  return changes;
}

/** How many records of each kind the changes add, change and remove. */
export function countChanges(
  changes: CardChanges,
): Record<'aims' | 'targets' | 'indicators' | 'yearlyTargets', RecordChanges> {
  const count = <T>(items: Writes<T>): RecordChanges => ({
    added: items.insert.length,
    changed: items.update.length,
    removed: items.delete.length,
  });
  return {
    aims: count(changes.aims),
    targets: count(changes.targets),
    indicators: count(changes.indicators),
    yearlyTargets: count(changes.yearlyTargets),
  };
}

function place<T extends { id: string }>(
  items: Writes<T>,
  existing: T | undefined,
  row: T,
  kept: Set<string>,
): void {
  if (!existing) {
    items.insert.push(row);
    return;
  }
  kept.add(existing.id);
  if (!sameJson(existing, row)) items.update.push(row);
}

/** Deep equality of JSON-like values whatever the key order (jsonb reorders keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
