import type { ChartConfiguration, Plugin } from 'chart.js';
import type { PreparationStepResponse, StepStatus } from '../../src/contracts/preparation.js';
import { GRID_COLOUR, STATUS_COLOURS, TEXT_COLOUR } from './palette.js';
import { HORIZONTAL_BAR_DATASET, HORIZONTAL_BAR_OPTIONS } from './horizontal-bar.js';

/**
 * The preparation programme as a timeline: one floating bar per step from its start date to the
 * end of its due date, on a linear axis of day numbers (days since 1970-01-01, UTC) whose ticks
 * are written as dates: no date adapter in the bundle. A step past its due date and not done is
 * "late" and drawn red; the status is written in the label and the table too.
 */

/** How a step is drawn: its status, or late. */
export type StepState = StepStatus | 'late';

/** Planned in the neutral grey-blue, under way in the brand blue, done green, late red. */
export const STEP_COLOURS: Record<StepState, string> = {
  planned: '#4a6781',
  'in-progress': '#0b4f8a',
  done: STATUS_COLOURS.good,
  late: STATUS_COLOURS.poor,
};

const DAY_MS = 86_400_000;

/** "2019-04-01" → its day number (UTC, no time zone shift). */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A day number back to "YYYY-MM-DD". */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function stepState(step: Pick<PreparationStepResponse, 'status' | 'late'>): StepState {
  return step.late && step.status !== 'done' ? 'late' : step.status;
}

export interface TimelineChartOptions {
  /** A tick at the first of a month: "2019-04-01" → "Nis 2019" in the UI language. */
  formatMonth(isoDate: string): string;
  /** A step's row label (short). */
  label(step: PreparationStepResponse): string;
  /** A bar's tooltip title: position and whole title, and "(N gün gecikti)" when late. */
  title(step: PreparationStepResponse): string;
  /** A bar's tooltip line: the dates and the status in words. */
  detail(step: PreparationStepResponse): string;
  /** Today (Istanbul) as YYYY-MM-DD: a vertical line marks it when within the axis. */
  today: string;
}

/** Month steps the ticks may take: at most `maxTicks` ticks over the span. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

/**
 * Ticks at the first day of months, every 1, 2, 3, 6… months so that no more than `maxTicks`
 * fall between `min` and `max` (day numbers): dates a reader scans, never overlapping.
 */
export function monthTicks(min: number, max: number, maxTicks = 4): number[] {
  const from = new Date(min * DAY_MS);
  const months = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
  const first = months(from) + (from.getUTCDate() === 1 ? 0 : 1);
  const last = months(new Date(max * DAY_MS));
  const step = MONTH_STEPS.find((candidate) => Math.floor((last - first) / candidate) + 1 <= maxTicks) ?? 120;
  const ticks: number[] = [];
  for (let month = Math.ceil(first / step) * step; month <= last; month += step)
    ticks.push(Math.round(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS));
  return ticks;
}

/** The bars: [start, due + 1) so a one-day step still has a width. */
export function toTimelineChartConfig(
  steps: readonly PreparationStepResponse[],
  options: TimelineChartOptions,
): ChartConfiguration<'bar', Array<[number, number]>, string> {
  const starts = steps.map((step) => dayNumber(step.startDate));
  const ends = steps.map((step) => dayNumber(step.dueDate) + 1);
  const min = Math.min(...starts);
  const max = Math.max(...ends);
  const today = dayNumber(options.today);
  const todayLine: Plugin<'bar'> = {
    id: 'todayLine',
    afterDatasetsDraw(chart) {
      const scale = chart.scales.x;
      if (today < scale.min || today > scale.max) return;
      const x = scale.getPixelForValue(today);
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = TEXT_COLOUR;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
  return {
    type: 'bar',
    data: {
      labels: steps.map((step) => options.label(step)),
      datasets: [
        {
          data: steps.map((step, index): [number, number] => [starts[index], ends[index]]),
          backgroundColor: steps.map((step) => STEP_COLOURS[stepState(step)]),
          ...HORIZONTAL_BAR_DATASET,
          borderSkipped: false,
        },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: {
        x: {
          type: 'linear',
          min: steps.length === 0 ? undefined : min,
          max: steps.length === 0 ? undefined : max,
          grid: { color: GRID_COLOUR },
          // Three dates on a phone, six on a wide screen: month labels never overlap.
          afterBuildTicks: (scale) => {
            if (steps.length > 0)
              scale.ticks = monthTicks(min, max, scale.chart.width < 560 ? 3 : 6).map((value) => ({ value }));
          },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            callback: (value: string | number) => options.formatMonth(isoOfDay(Math.round(Number(value)))),
          },
        },
        y: { grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => options.title(steps[items[0]?.dataIndex ?? 0]),
            label: (item) => options.detail(steps[item.dataIndex]),
          },
        },
      },
    },
    plugins: [todayLine],
  };
}
