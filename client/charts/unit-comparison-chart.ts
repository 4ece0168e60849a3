import type { ChartConfiguration } from 'chart.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { toRealisationChartConfig, type RealisationChartOptions } from './realisation-chart.js';

/** One responsible unit's targets and their mean realisation in an assessed period. */
export interface UnitRealisation {
  /** Unit code (sorumlu birim), e.g. "PARK"; null for targets without a responsible unit. */
  unit: string | null;
  /** The unit's name, when known; else its code. */
  name: string;
  /** Simple mean of the rates of its targets that have one; null when none has data. */
  rate: number | null;
  /** Targets the unit is responsible for. */
  targets: Array<{ code: string; title: string; rate: number | null }>;
  /** How many of them have a rate (entered the mean). */
  targetsWithData: number;
}

/**
 * Target realisation by responsible unit, from the progress response: each unit's rate is the
 * simple mean of its targets' rates (HG), as an aim's rate is under "mean" aggregation; targets
 * without data are left out of the mean and counted, never taken as 0. Units keep the order in
 * which the plan first names them.
 */
export function unitRealisation(
  progress: Pick<ProgressResponse, 'aims'>,
  unitNames: ReadonlyMap<string, string> = new Map(),
): UnitRealisation[] {
  const byUnit = new Map<string | null, UnitRealisation>();
  for (const aim of progress.aims) {
    for (const target of aim.targets) {
      const key = target.responsibleUnit;
      let entry = byUnit.get(key);
      if (!entry) {
        entry = {
          unit: key,
          name: key === null ? '' : (unitNames.get(key) ?? key),
          rate: null,
          targets: [],
          targetsWithData: 0,
        };
        byUnit.set(key, entry);
      }
      entry.targets.push({ code: target.code, title: target.title, rate: target.rate });
    }
  }
  for (const entry of byUnit.values()) {
    const rates = entry.targets.map((target) => target.rate).filter((rate): rate is number => rate !== null);
    entry.targetsWithData = rates.length;
    entry.rate = rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  }
  return [...byUnit.values()];
}

export interface UnitComparisonChartOptions extends RealisationChartOptions {
  /** Label of targets without a responsible unit ("sorumlu birim yok"). */
  noUnitLabel: string;
  /** Tooltip line under the rate: "3 hedef, 2'sinde veri var". */
  targetsLine(unit: UnitRealisation): string;
}

/**
 * One horizontal bar per responsible unit, coloured by its status band; a unit without data has
 * no bar and says "veri yok" in its label. The bars are those of the realisation chart, labelled
 * by unit code, with the unit's name and target count in the tooltip.
 */
export function toUnitComparisonChartConfig(
  units: readonly UnitRealisation[],
  options: UnitComparisonChartOptions,
): ChartConfiguration<'bar', Array<number | null>, string> {
  const config = toRealisationChartConfig(
    units.map((unit) => ({
      code: unit.unit ?? options.noUnitLabel,
      title: unit.unit === null ? options.noUnitLabel : unit.name,
      rate: unit.rate,
    })),
    options,
  );
  const tooltip = config.options?.plugins?.tooltip;
  if (tooltip?.callbacks) {
    tooltip.callbacks.afterLabel = (item) => {
      const unit = units[item.dataIndex];
      return unit ? options.targetsLine(unit) : '';
    };
  }
  return config;
}
