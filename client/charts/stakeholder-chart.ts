import type { ChartConfiguration, Plugin } from 'chart.js';
import {
  SCORE_MAX,
  SCORE_MIN,
  stakeholderStrategy,
  type StakeholderStrategy,
} from '../../src/contracts/analysis.js';
import { GRID_COLOUR, MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.js';

/**
 * The stakeholder matrix (paydaş analizi, planning-cycle.md 2 F): importance (önem) across,
 * influence (etki) up, each stakeholder a point; the threshold of the plan splits the plane into
 * the four strategies' quadrants, each labelled. Scores are whole numbers, so the split lies half
 * a step below the threshold: a score at the threshold is high. Stakeholders with the same scores
 * share one point, larger, and its tooltip names them all.
 */

export const STRATEGY_COLOURS: Record<StakeholderStrategy, string> = {
  'birlikte-calis': '#1b7a3a',
  'cikarlarini-gozet': '#b45309',
  bilgilendir: '#2f5f9e',
  izle: '#57606a',
};

export interface StakeholderPoint {
  name: string;
  importance: number;
  influence: number;
}

export interface StakeholderChartOptions {
  threshold: number;
  /** The strategies' names in the UI language. */
  strategyLabel(strategy: StakeholderStrategy): string;
  axis: { importance: string; influence: string };
}

export interface MatrixPoint {
  x: number;
  y: number;
  names: string[];
  strategy: StakeholderStrategy;
}

/** One point per pair of scores, with every stakeholder that has it (pure; the chart's data). */
export function matrixPoints(stakeholders: readonly StakeholderPoint[], threshold: number): MatrixPoint[] {
  const points = new Map<string, MatrixPoint>();
  for (const { name, importance, influence } of stakeholders) {
    const key = `${importance}:${influence}`;
    const point = points.get(key);
    if (point) point.names.push(name);
    else
      points.set(key, {
        x: importance,
        y: influence,
        names: [name],
        strategy: stakeholderStrategy(importance, influence, threshold).strategy,
      });
  }
  return [...points.values()];
}

/** Where the quadrants meet on either axis. */
export function quadrantSplit(threshold: number): number {
  return threshold - 0.5;
}

export function toStakeholderChartConfig(
  stakeholders: readonly StakeholderPoint[],
  options: StakeholderChartOptions,
): ChartConfiguration<'scatter', MatrixPoint[]> {
  const points = matrixPoints(stakeholders, options.threshold);
  const split = quadrantSplit(options.threshold);
  const scale = (title: string) => ({
    type: 'linear' as const,
    min: SCORE_MIN - 0.5,
    max: SCORE_MAX + 0.5,
    ticks: { stepSize: 1, callback: (value: string | number) => (Number.isInteger(value) ? value : '') },
    grid: { color: GRID_COLOUR },
    title: { display: true, text: title },
  });
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          data: points,
          pointRadius: points.map((point) => 6 + 2 * (point.names.length - 1)),
          pointHoverRadius: points.map((point) => 8 + 2 * (point.names.length - 1)),
          pointBackgroundColor: points.map((point) => STRATEGY_COLOURS[point.strategy]),
          pointBorderColor: '#ffffff',
          pointBorderWidth: 1.5,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: scale(options.axis.importance), y: scale(options.axis.influence) },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => items.map((item) => points[item.dataIndex]?.names.join(', ') ?? ''),
            label: (item) => {
              const point = points[item.dataIndex];
              return point
                ? `${options.axis.importance}: ${point.x}, ${options.axis.influence}: ${point.y} · ${options.strategyLabel(point.strategy)}`
                : '';
            },
          },
        },
      },
    },
    plugins: [quadrants(split, (strategy) => options.strategyLabel(strategy))],
  };
}

/** The quadrant lines at the split and each quadrant's strategy written in its outer corner. */
function quadrants(split: number, label: (strategy: StakeholderStrategy) => string): Plugin<'scatter'> {
  return {
    id: 'stakeholderQuadrants',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x?.getPixelForValue(split);
      const y = scales.y?.getPixelForValue(split);
      if (x === undefined || y === undefined) return;
      ctx.save();
      ctx.strokeStyle = MUTED_TEXT_COLOUR;
      ctx.lineWidth = 1;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = TEXT_COLOUR;
      ctx.font = '600 12px system-ui, sans-serif';
      const pad = 6;
      const corner = (strategy: StakeholderStrategy, right: boolean, top: boolean) => {
        ctx.textAlign = right ? 'right' : 'left';
        ctx.textBaseline = top ? 'top' : 'bottom';
        ctx.fillText(
          label(strategy),
          right ? chartArea.right - pad : chartArea.left + pad,
          top ? chartArea.top + pad : chartArea.bottom - pad,
        );
      };
      corner('birlikte-calis', true, true);
      corner('cikarlarini-gozet', false, true);
      corner('bilgilendir', true, false);
      corner('izle', false, false);
      ctx.restore();
    },
  };
}
