import type { ChartConfiguration } from 'chart.js';
import type { UnitCounts } from '../../src/contracts/workflow.js';
import {
  HORIZONTAL_BAR_DATASET,
  HORIZONTAL_BAR_OPTIONS,
  stackedCountScales,
  wrapLabel,
} from './horizontal-bar.js';

/**
 * Completion of data entry by unit for the open assessment periods (the planner's approval
 * queue): per responsible unit, its expected entries split by workflow state, from the
 * worklist's counts. Counts, not rates: a missing entry is a count of entries still owed.
 */

/** The segments of a bar, in drawing order (what is done first, what is owed last). */
export const COMPLETION_PARTS = ['approved', 'submitted', 'inProgress', 'missing'] as const;
export type CompletionPart = (typeof COMPLETION_PARTS)[number];

/**
 * Approved green, submitted in the brand blue, drafts and returned values amber, missing light
 * grey. Each is written in the legend and the table as well: colour is never the only signal.
 */
export const ENTRY_COMPLETION_COLOURS: Record<CompletionPart, string> = {
  approved: '#1b7a3a',
  submitted: '#0b4f8a',
  inProgress: '#b45309',
  missing: '#c4c9d0',
};

export interface EntryCompletionOptions {
  /** Dataset names in the UI language: "Onaylandı", "Onayda", "Taslak veya iade", "Girilmedi". */
  partLabels: Record<CompletionPart, string>;
  /** "PARK" → "Park ve Bahçeler Müdürlüğü"; the code when the name is unknown. Long labels wrap. */
  unitLabel(unit: string): string;
  formatNumber(value: number): string;
}

/** The count of one part in a unit's counts: drafts and returned values are both "in progress". */
export function partCount(counts: Omit<UnitCounts, 'unit'>, part: CompletionPart): number {
  return part === 'inProgress' ? counts.draft + counts.returned : counts[part];
}

/** Stacked horizontal bars, one per unit, as long as the unit's expected entries. */
export function toEntryCompletionChartConfig(
  units: readonly UnitCounts[],
  options: EntryCompletionOptions,
): ChartConfiguration<'bar', number[], string | string[]> {
  const longest = Math.max(1, ...units.map((unit) => unit.expected));
  return {
    type: 'bar',
    data: {
      labels: units.map((unit) => wrapLabel(options.unitLabel(unit.unit))),
      datasets: COMPLETION_PARTS.map((part) => ({
        label: options.partLabels[part],
        data: units.map((unit) => partCount(unit, part)),
        backgroundColor: ENTRY_COMPLETION_COLOURS[part],
        ...HORIZONTAL_BAR_DATASET,
      })),
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: stackedCountScales((value) => options.formatNumber(value), longest),
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
