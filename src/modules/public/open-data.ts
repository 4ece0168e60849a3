import type { IndicatorProgress, ProgressResponse } from '../../contracts/progress.js';
import {
  OPEN_DATA_COLUMNS,
  type OpenDataLicence,
  type OpenDataResponse,
  type OpenDataRow,
} from '../../contracts/public.js';
import { assessmentPeriodOf, compareAssessmentPeriods } from '../periods/assessment-periods.js';

/** What one published indicator contributes to the open data: its place in the plan and its approved entries. */
export interface OpenDataIndicator {
  aimCode: string;
  aimName: string;
  targetCode: string;
  targetName: string;
  code: string;
  name: string;
  unit: string | null;
  valueType: string;
  direction: string;
  weight: number;
  baseline: number | null;
  /** Approved entries only, in period order. */
  values: Array<{ period: string; value: number; revised: boolean; approvedAt: Date | null }>;
}

export interface OpenDataInput {
  plan: { id: string; name: string; institution: string; startYear: number; endYear: number };
  indicators: OpenDataIndicator[];
  licence: OpenDataLicence;
}

/**
 * The assessed period an entry closes: a first-half entry is assessed on 30 June ("2025-H1"),
 * a second-half or yearly entry at the year end ("2025-H2", "2025" → "2025").
 */
export function assessedPeriodOf(entryPeriod: string): string {
  return assessmentPeriodOf(entryPeriod) ?? entryPeriod;
}

/** Every assessed period an approved entry of the plan closes, in order (2025-H1 before 2025). */
export function assessedPeriodsOf(indicators: readonly OpenDataIndicator[]): string[] {
  const periods = new Set(
    indicators.flatMap((indicator) => indicator.values.map((value) => assessedPeriodOf(value.period))),
  );
  return [...periods].sort(compareAssessmentPeriods);
}

/**
 * One row per indicator and approved entry period: the entry itself, and B, C and the rate of
 * the assessed period it closes, taken from the progress answers of those periods (approved basis),
 * so the open data and the public page give the same numbers.
 */
export function openDataRows(
  input: OpenDataInput,
  progressByPeriod: ReadonlyMap<string, Pick<ProgressResponse, 'aims'>>,
): OpenDataRow[] {
  const figures = new Map<string, IndicatorProgress>();
  for (const [period, progress] of progressByPeriod)
    for (const aim of progress.aims)
      for (const target of aim.targets)
        for (const indicator of target.indicators) figures.set(`${period}|${indicator.code}`, indicator);
  return input.indicators.flatMap((indicator) =>
    indicator.values.map((entry): OpenDataRow => {
      const assessed = assessedPeriodOf(entry.period);
      const figure = figures.get(`${assessed}|${indicator.code}`);
      return {
        plan_id: input.plan.id,
        plan_name: input.plan.name,
        institution: input.plan.institution,
        period: entry.period,
        assessed_period: assessed,
        aim_code: indicator.aimCode,
        aim_name: indicator.aimName,
        target_code: indicator.targetCode,
        target_name: indicator.targetName,
        indicator_code: indicator.code,
        indicator_name: indicator.name,
        unit: indicator.unit,
        value_type: indicator.valueType,
        direction: indicator.direction,
        weight: indicator.weight,
        baseline: indicator.baseline,
        target_value: figure?.target ?? null,
        entered_value: entry.value,
        actual_value: figure?.actual ?? null,
        rate: figure?.rate ?? null,
        revised: entry.revised,
        approved_at: entry.approvedAt ? entry.approvedAt.toISOString() : null,
      };
    }),
  );
}

/** The JSON document of GET /api/public/plans/:id/data.json. */
export function openDataDocument(input: OpenDataInput, rows: OpenDataRow[]): OpenDataResponse {
  return {
    plan: input.plan,
    licence: input.licence,
    basis: 'approved',
    columns: [...OPEN_DATA_COLUMNS],
    rows,
  };
}

/** The download's file name, ASCII only: "pusula-acik-veri-2025-2029-<plan id>.csv". */
export function openDataFileName(
  plan: { id: string; startYear: number; endYear: number },
  extension: 'csv' | 'json',
): string {
  return `pusula-acik-veri-${plan.startYear}-${plan.endYear}-${plan.id}.${extension}`;
}

/**
 * One CSV field (RFC 4180): numbers in machine form (dot decimal, no grouping), booleans as
 * true/false, null as an empty field; a field holding a comma, a quote, CR or LF is quoted
 * with its quotes doubled.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads Turkish letters): the header
 * line of the stable column names first, CRLF line ends, a CRLF after the last row.
 */
export function toCsv(rows: readonly OpenDataRow[]): string {
  // Names repeat on every row of their plan, aim, target and indicator: each is quoted once.
  const quoted = new Map<string, string>();
  const field = (value: string | number | boolean | null): string => {
    if (typeof value !== 'string') return csvField(value);
    let text = quoted.get(value);
    if (text === undefined) {
      text = csvField(value);
      quoted.set(value, text);
    }
    return text;
  };
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const row of rows) lines.push(OPEN_DATA_COLUMNS.map((column) => field(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
