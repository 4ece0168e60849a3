import type { ChartConfiguration } from 'chart.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { HORIZONTAL_BAR_OPTIONS, stackedCountScales } from './horizontal-bar.js';

/** How far a responsible unit has entered the values an assessed period needs. */
export interface UnitCompletion {
  /** Unit code; null for targets without a responsible unit. */
  unit: string | null;
  /** Indicators whose actual value the period needs (not those with nothing due yet). */
  expected: number;
  /** …of which have the values (C could be formed). */
  entered: number;
  /** …of which lack a value ("veri girilmedi"). */
  missing: number;
  /** entered / expected in percent; null when nothing is expected. */
  rate: number | null;
}

/** Colours of the completion bars: entered in the brand blue, missing in a light grey (not "poor"). */
export const COMPLETION_COLOURS = { entered: '#0b4f8a', missing: '#c4c9d0' } as const;

/**
 * Data-entry completion by responsible unit, read from the progress response: an indicator is
 * expected unless nothing is due yet (NOT_DUE, e.g. a yearly indicator at mid-year), and entered
 * when its actual value C exists. Works for open and closed periods alike.
 */
export function unitCompletion(progress: Pick<ProgressResponse, 'aims'>): UnitCompletion[] {
  const byUnit = new Map<string | null, UnitCompletion>();
  for (const aim of progress.aims) {
    for (const target of aim.targets) {
      const notDue = new Set(
        target.excluded.filter((entry) => entry.reason === 'NOT_DUE').map((entry) => entry.code),
      );
      let entry = byUnit.get(target.responsibleUnit);
      if (!entry) {
        entry = { unit: target.responsibleUnit, expected: 0, entered: 0, missing: 0, rate: null };
        byUnit.set(target.responsibleUnit, entry);
      }
      for (const indicator of target.indicators) {
        if (notDue.has(indicator.code)) continue;
        entry.expected += 1;
        if (indicator.actual === null) entry.missing += 1;
        else entry.entered += 1;
      }
    }
  }
  return [...byUnit.values()].map((entry) => ({
    ...entry,
    rate: entry.expected === 0 ? null : (100 * entry.entered) / entry.expected,
  }));
}

export interface CompletionChartOptions {
  /** Dataset names: "Girilen", "Eksik". */
  enteredLabel: string;
  missingLabel: string;
  /** Label of targets without a responsible unit. */
  noUnitLabel: string;
  formatNumber(value: number): string;
}

/** Stacked horizontal bars per unit: entered and missing indicator values of the period. */
export function toCompletionChartConfig(
  units: readonly UnitCompletion[],
  options: CompletionChartOptions,
): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: units.map((unit) => unit.unit ?? options.noUnitLabel),
      datasets: [
        {
          label: options.enteredLabel,
          data: units.map((unit) => unit.entered),
          backgroundColor: COMPLETION_COLOURS.entered,
          borderWidth: 0,
        },
        {
          label: options.missingLabel,
          data: units.map((unit) => unit.missing),
          backgroundColor: COMPLETION_COLOURS.missing,
          borderWidth: 0,
        },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: stackedCountScales((value) => options.formatNumber(value)),
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${options.formatNumber(Number(item.raw))}`,
          },
        },
      },
    },
  };
}
