import type { ChartConfiguration, ChartType } from 'chart.js';
import { h, uid } from '../lib/dom.js';
import { Chart } from './register.js';

export interface ChartTextAlternative {
  /** Read by screen readers as the canvas's name: what the chart shows, in one sentence. */
  label: string;
  /** The chart's data as a table (visually hidden; screen readers and print read it). */
  table: { caption: string; headers: string[]; rows: string[][] };
}

/**
 * Draws a chart config into `container` with its text alternative: the canvas is an image
 * named by `label`, followed by a visually hidden table of the same figures. The chart is
 * destroyed when `signal` aborts (the user navigated away).
 */
export function mountChart<T extends ChartType>(
  container: HTMLElement,
  config: ChartConfiguration<T>,
  alternative: ChartTextAlternative,
  /** `boxClass`: the class of the canvas's box, "chart-box" unless told (a trend is a "trend-box"). */
  options: { height: number; signal: AbortSignal; boxClass?: string },
): Chart<T> {
  const tableId = uid('chart-table');
  const canvas = h('canvas', { role: 'img', 'aria-label': alternative.label, 'aria-describedby': tableId });
  const box = h('div', { class: options.boxClass ?? 'chart-box' }, canvas);
  box.style.height = `${options.height}px`;
  const table = h(
    'table',
    { id: tableId },
    h('caption', {}, alternative.table.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        alternative.table.headers.map((header) => h('th', { scope: 'col' }, header)),
      ),
    ),
    h(
      'tbody',
      {},
      alternative.table.rows.map((row) =>
        h(
          'tr',
          {},
          row.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
        ),
      ),
    ),
  );
  // A table ignores the 1px box of .visually-hidden: its wrapper takes it.
  container.append(box, h('div', { class: 'visually-hidden' }, table));
  const chart = new Chart(canvas, config);
  // The chart on its canvas: browser tests read where Chart.js drew each element (getDatasetMeta).
  Object.defineProperty(canvas, 'chart', { value: chart, configurable: true });
  options.signal.addEventListener('abort', () => chart.destroy(), { once: true });
  return chart;
}
