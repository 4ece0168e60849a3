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

function countScale(formatNumber: (value: number) => string) {
  return {
    min: 0,
    grid: { color: GRID_COLOUR },
    ticks: { precision: 0, callback: (value: string | number) => formatNumber(Number(value)) },
  };
}

export function toCommentsByDayConfig(
  results: ConsultationResults,
  options: CommentChartOptions,
): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: results.byDay.map((row) => options.formatDay(row.day)),
      datasets: [{ data: results.byDay.map((row) => row.count), backgroundColor: COMMENT_BAR_COLOUR }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { grid: { display: false } }, y: countScale(options.formatNumber) },
      plugins: { tooltip: { callbacks: { label: (item) => options.formatNumber(Number(item.raw)) } } },
    },
  };
}

export function toCommentsBySubjectConfig(
  results: ConsultationResults,
  options: CommentChartOptions,
): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: results.bySubject.map((row) => options.subjectLabel(row.subjectCode)),
      datasets: [{ data: results.bySubject.map((row) => row.count), backgroundColor: COMMENT_BAR_COLOUR }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: countScale(options.formatNumber), y: { grid: { display: false } } },
      plugins: { tooltip: { callbacks: { label: (item) => options.formatNumber(Number(item.raw)) } } },
    },
  };
}
