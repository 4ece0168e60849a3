import { groupBy } from '../../common/objects.js';
import type { StrategyTreeResponse, TargetCardResponse } from '../../contracts/drafting.js';
import type { ValidationResponse } from '../../contracts/validation.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import { toIndicatorResponse } from '../indicators/indicator.mapper.js';
import type { PlanRows } from './plan-document.mapper.js';
import { toTargetResponse } from './plan.mapper.js';
import type { Target } from './target.entity.js';

/** The rows the strategy tree shows: aims, targets and indicators with what the tree displays. */
export interface StrategyTreeRows {
  aims: ReadonlyArray<{ id: string; code: string; title: string; position: number; version: number }>;
  targets: ReadonlyArray<{
    id: string;
    aimId: string;
    code: string;
    title: string;
    position: number;
    version: number;
    responsibleUnitId: string;
  }>;
  indicators: ReadonlyArray<{
    id: string;
    targetId: string;
    code: string;
    name: string;
    weight: number;
    position: number;
    version: number;
  }>;
  units: ReadonlyArray<{ id: string; code: string }>;
}

/** Aims → targets → indicators in order; a node's position is its 1-based place among its siblings. */
export function toStrategyTree(planId: string, rows: StrategyTreeRows): StrategyTreeResponse {
  const unitCode = new Map(rows.units.map((unit) => [unit.id, unit.code]));
  const byPosition = (a: { position: number; code: string }, b: { position: number; code: string }): number =>
    a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const targetsByAim = groupBy([...rows.targets].sort(byPosition), (target) => target.aimId);
  const indicatorsByTarget = groupBy(
    [...rows.indicators].sort(byPosition),
    (indicator) => indicator.targetId,
  );
  return {
    planId,
    aims: [...rows.aims].sort(byPosition).map((aim, aimIndex) => ({
      code: aim.code,
      title: aim.title,
      position: aimIndex + 1,
      version: aim.version,
      targets: (targetsByAim.get(aim.id) ?? []).map((target, targetIndex) => ({
        code: target.code,
        title: target.title,
        position: targetIndex + 1,
        version: target.version,
        responsibleUnit: unitCode.get(target.responsibleUnitId) ?? '',
        indicators: (indicatorsByTarget.get(target.id) ?? []).map((indicator, indicatorIndex) => ({
          code: indicator.code,
          name: indicator.name,
          weight: Number(indicator.weight),
          position: indicatorIndex + 1,
          version: indicator.version,
        })),
      })),
    })),
  };
}

/** A target's card as stored in `rows`, with the plan's validation beside it. */
export function toTargetCard(
  rows: PlanRows,
  target: Target,
  validation: ValidationResponse,
): TargetCardResponse {
  const unitCode = new Map(rows.units.map((unit) => [unit.id, unit.code]));
  const indicators: Indicator[] = rows.indicators
    .filter((indicator) => indicator.targetId === target.id)
    .sort((a, b) => a.position - b.position);
  const ids = new Set(indicators.map((indicator) => indicator.id));
  const yearly = groupBy(
    rows.yearlyTargets.filter((row) => ids.has(row.indicatorId)),
    (row) => row.indicatorId,
  );
  const collaborating = rows.collaborators
    .filter((link) => link.targetId === target.id)
    .sort((a, b) => a.position - b.position)
    .map((link) => unitCode.get(link.unitId) ?? '');
  return {
    target: toTargetResponse(
      target,
      rows.aims.find((aim) => aim.id === target.aimId)?.code ?? '',
      { responsible: unitCode.get(target.responsibleUnitId) ?? '', collaborating },
      indicators.map((indicator) => indicator.code),
    ),
    indicators: indicators.map((indicator) =>
      toIndicatorResponse(indicator, target.code, yearly.get(indicator.id) ?? []),
    ),
    validation,
  };
}
