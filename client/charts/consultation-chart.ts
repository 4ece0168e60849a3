import type { ChartConfiguration } from 'chart.js';
import type { ConsultationResults } from '../../src/contracts/consultations.js';
import { GRID_COLOUR } from './palette.js';

/**
 * A consultation's comments counted two ways (issue 13 point 8): by day (vertical bars, one per
 * Istanbul day with comments) and by the aim or target they are about (horizontal bars). The
 * server gives the counts; this only draws them.
 */

/** The brand blue of the screens: the same for every bar (the counts are written in the table too). */
export const COMMENT_BAR_COLOUR = '#0b4f8a';

export interface CommentChartOptions {
  /** "2026-01-10" → "10.01.2026" in the UI language. */
  formatDay: (day: string) => string;
  /** A subject code as its row label; null is the consultation as a whole ("Genel"). */
  subjectLabel: (code: string | null) => string;
  formatNumber: (value: number) => string;
}

/** Bars of counts, one per label: vertical (days) or horizontal (subjects). */
function countBars(
  labels: string[],
  counts: number[],
  horizontal: boolean,
  formatNumber: (value: number) => string,
): ChartConfiguration<'bar', number[], string> {
  const counted = {
    min: 0,
    grid: { color: GRID_COLOUR },
    ticks: { precision: 0, callback: (value: string | number) => formatNumber(Number(value)) },
  };
  const category = { grid: { display: false } };
  return {
    type: 'bar',
    data: { labels, datasets: [{ data: counts, backgroundColor: COMMENT_BAR_COLOUR }] },
    options: {
      ...(horizontal ? { indexAxis: 'y' as const } : {}),
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: counted, y: category } : { x: category, y: counted },
      plugins: { tooltip: { callbacks: { label: (item) => formatNumber(Number(item.raw)) } } },
    },
  };
}

export function toCommentsByDayConfig(
  results: ConsultationResults,
  options: CommentChartOptions,
): ChartConfiguration<'bar', number[], string> {
  return countBars(
    results.byDay.map((row) => options.formatDay(row.day)),
    results.byDay.map((row) => row.count),
    false,
    options.formatNumber,
  );
}

export function toCommentsBySubjectConfig(
  results: ConsultationResults,
  options: CommentChartOptions,
): ChartConfiguration<'bar', number[], string> {
  return countBars(
    results.bySubject.map((row) => options.subjectLabel(row.subjectCode)),
    results.bySubject.map((row) => row.count),
    true,
    options.formatNumber,
  );
}
