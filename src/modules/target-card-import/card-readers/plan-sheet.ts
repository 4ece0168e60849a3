/** The Plan sheet: the institution and the plan header, one field a row, and the core values. Pure. */
import type ExcelJS from 'exceljs';
import {
  AIM_AGGREGATION_LABELS,
  BOOLEAN_LABELS,
  CORE_VALUE_HEADER,
  INSTITUTION_KIND_LABELS,
  LABELS,
  OPTIONAL_PLAN_FIELDS,
  PLAN_FIELDS,
  PLAN_FIELD_PATHS,
  PLAN_STATUS_LABELS,
  TARGET_CARDS_FORMAT,
  type PlanField,
} from '../../reports/target-card-layout.js';
import { compact, type CellReader, type Json } from './cells.js';

export function readPlanSheet(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
): { institution: Json; plan: Json } {
  const rows = new Map<string, number>();
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const label = cells.columnA(sheet, row);
    if (label && !rows.has(label)) rows.set(label, row);
  }
  const found = (key: PlanField): number | undefined => {
    const field = PLAN_FIELDS.find((item) => item.key === key);
    const row = field ? rows.get(field.label) : undefined;
    if (field && row === undefined && !OPTIONAL_PLAN_FIELDS.has(key)) {
      cells.problem(
        { sheet: sheet.name, row: 1, column: 1 },
        'MISSING_ROW',
        cells.say('missingRow', { label: field.label }),
      );
    }
    return row;
  };
  const value = <T>(key: PlanField, read: (row: number, path: string) => T | undefined): T | undefined => {
    const row = found(key);
    return row === undefined ? undefined : read(row, PLAN_FIELD_PATHS[key]);
  };
  const textOf = (key: PlanField): string | undefined =>
    value(key, (row, path) => cells.readText(sheet, row, 2, path));
  const numberOf = (key: PlanField): number | undefined =>
    value(key, (row, path) => cells.readNumber(sheet, row, 2, path));
  const dateOf = (key: PlanField): string | undefined =>
    value(key, (row, path) => cells.readDate(sheet, row, 2, path));

  const format = value('format', (row, path) => cells.readText(sheet, row, 2, path));
  const formatRow = rows.get(PLAN_FIELDS[0].label);
  if (format !== undefined && format.trim() !== TARGET_CARDS_FORMAT && formatRow !== undefined) {
    cells.problem(
      { sheet: sheet.name, row: formatRow, column: 2 },
      'INVALID_FORMAT',
      cells.say('format', { format: TARGET_CARDS_FORMAT }),
    );
  }

  const institution: Json = compact({
    name: textOf('institutionName'),
    kind: value('institutionKind', (row, path) =>
      cells.readEnum(sheet, row, 2, path, INSTITUTION_KIND_LABELS),
    ),
    population: numberOf('population'),
    electionDate: dateOf('electionDate'),
  });
  const decisionDate = dateOf('councilDecisionDate');
  const decisionNumber = textOf('councilDecisionNumber');
  const clamp = value('clampTargetRates', (row, path) => cells.readEnum(sheet, row, 2, path, BOOLEAN_LABELS));
  const prefixes = compact({
    aim: value('aimPrefix', (row, path) => cells.readCode(sheet, row, 2, path)),
    target: value('targetPrefix', (row, path) => cells.readCode(sheet, row, 2, path)),
    indicator: value('indicatorPrefix', (row, path) => cells.readCode(sheet, row, 2, path)),
  });
  const thresholds = compact({ good: numberOf('goodThreshold'), warning: numberOf('warningThreshold') });
  const coloured = value('midYearColoured', (row, path) =>
    cells.readEnum(sheet, row, 2, path, BOOLEAN_LABELS),
  );
  const bands = compact({ onTrack: numberOf('midYearOnTrack'), behind: numberOf('midYearBehind') });
  const plausibility = compact({ low: numberOf('plausibilityLow'), high: numberOf('plausibilityHigh') });
  const settings = compact({
    clampTargetRates: clamp === undefined ? undefined : clamp === 'true',
    aimAggregation: value('aimAggregation', (row, path) =>
      cells.readEnum(sheet, row, 2, path, AIM_AGGREGATION_LABELS),
    ),
    codePrefixes: Object.keys(prefixes).length > 0 ? prefixes : undefined,
    statusThresholds: Object.keys(thresholds).length > 0 ? thresholds : undefined,
    minCoverage: numberOf('minCoverage'),
    // "Hayır": a neutral palette at mid-year (null), whatever the band rows say.
    midYearBands: coloured === 'false' ? null : Object.keys(bands).length > 0 ? bands : undefined,
    plausibility: Object.keys(plausibility).length > 0 ? plausibility : undefined,
    entryDeadlineDays: numberOf('entryDeadlineDays'),
    approvalDeadlineDays: numberOf('approvalDeadlineDays'),
  });
  const plan: Json = compact({
    title: textOf('title'),
    startYear: numberOf('startYear'),
    endYear: numberOf('endYear'),
    status: value('status', (row, path) => cells.readEnum(sheet, row, 2, path, PLAN_STATUS_LABELS)),
    mission: textOf('mission'),
    vision: textOf('vision'),
    values: readCoreValues(cells, sheet, rows.get(LABELS.coreValues)),
    submittedToCouncil: dateOf('submittedToCouncil'),
    councilDecision:
      decisionDate === undefined && decisionNumber === undefined
        ? undefined
        : compact({ date: decisionDate, number: decisionNumber }),
    closedOn: dateOf('closedOn'),
    settings: Object.keys(settings).length > 0 ? settings : undefined,
  });
  const planRow = rows.get(PLAN_FIELDS[5].label) ?? 1;
  cells.locate('plan', { sheet: sheet.name, row: planRow, column: 1 });
  cells.locate('institution', { sheet: sheet.name, row: rows.get(PLAN_FIELDS[1].label) ?? 1, column: 1 });
  return { institution, plan };
}

/** Core values: the rows under their header, up to the first empty row. */
export function readCoreValues(
  cells: CellReader,
  sheet: ExcelJS.Worksheet,
  labelRow: number | undefined,
): Json[] {
  if (labelRow === undefined) {
    cells.problem(
      { sheet: sheet.name, row: 1, column: 1 },
      'MISSING_ROW',
      cells.say('missingRow', { label: LABELS.coreValues }),
    );
    return [];
  }
  const values: Json[] = [];
  let row = labelRow + 1;
  if (cells.columnA(sheet, row) === CORE_VALUE_HEADER[0]) row += 1;
  for (; row <= sheet.rowCount && !cells.isBlank(sheet, row, 2); row += 1) {
    const path = `plan.values[${values.length}]`;
    cells.locate(path, { sheet: sheet.name, row, column: 1 });
    values.push(
      compact({
        title: cells.readText(sheet, row, 1, `${path}.title`),
        description: cells.readText(sheet, row, 2, `${path}.description`),
      }),
    );
  }
  return values;
}
