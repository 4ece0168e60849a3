/**
 * Report 1 of domain.md 7: the target cards (hedef kartları) of a plan, one sheet per aim and one
 * card per target with every field of domain.md 2.1, plus the Plan and Birimler sheets that make
 * the workbook importable (target-cards-reader.ts reads exactly this layout back). Pure.
 */
import type ExcelJS from 'exceljs';
import {
  DEFAULT_CODE_PREFIXES,
  DEFAULT_MID_YEAR_BANDS,
  DEFAULT_APPROVAL_DEADLINE_DAYS,
  DEFAULT_ENTRY_DEADLINE_DAYS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_PLAN_SETTINGS,
  DEFAULT_PLAUSIBILITY,
  DEFAULT_STATUS_THRESHOLDS,
  type AimDoc,
  type PlanDocument,
  type PlanStatus,
  type TargetDoc,
  type YearAmounts,
} from '../../contracts/plan-document.js';
import { effectiveStatus } from '../plans/plan-lifecycle.js';
import { sumExact } from '../progress/actual-value.js';
import {
  AIM_AGGREGATION_LABELS,
  BOOLEAN_LABELS,
  CORE_VALUE_HEADER,
  DIRECTION_LABELS,
  INSTITUTION_KIND_LABELS,
  LABELS,
  PLAN_FIELDS,
  PLAN_HEADER,
  PLAN_SHEET,
  PLAN_STATUS_LABELS,
  TARGET_CARDS_FORMAT,
  TEXT_LISTS,
  UNIT_HEADER,
  UNITS_SHEET,
  VALUE_TYPE_LABELS,
  activityHeaders,
  cardColumnCount,
  indicatorColumns,
  type IndicatorColumn,
  type PlanField,
} from './target-card-layout.js';
import { NUMBER_FORMATS, addSheet, fitWidth, type CellContent, type SheetWriter } from './workbook-format.js';

/** Adds the Plan, Birimler and aim sheets of the target-card workbook. */
export function addTargetCardSheets(workbook: ExcelJS.Workbook, document: PlanDocument): void {
  for (const step of targetCardSheetSteps(workbook, document)) step();
}

/** The same, one step per sheet, for a caller that yields between sheets. */
export function targetCardSheetSteps(workbook: ExcelJS.Workbook, document: PlanDocument): Array<() => void> {
  return [
    () => addPlanSheet(workbook, document),
    () => addUnitsSheet(workbook, document),
    ...document.plan.aims.map((aim) => () => addAimSheet(workbook, document, aim)),
  ];
}

/** The plan's years, oldest first (at most 50, for a damaged draft). */
export function planYearList(plan: { startYear: number; endYear: number }): number[] {
  const years: number[] = [];
  for (let year = plan.startYear; year <= plan.endYear && years.length < 50; year += 1) years.push(year);
  return years;
}

/** The three title lines of every sheet: institution, plan and years, what the sheet shows. */
export function titleLines(document: PlanDocument, what: string): string[] {
  const { plan } = document;
  return [document.institution.name, `${plan.title} (${plan.startYear}–${plan.endYear})`, what];
}

/** The status a plan document is in: its stated status, else what its council dates say. */
function documentStatus(plan: PlanDocument['plan']): PlanStatus {
  return effectiveStatus({
    status: plan.status,
    submittedToCouncil: plan.submittedToCouncil,
    councilDecisionDate: plan.councilDecision?.date,
    councilDecisionNumber: plan.councilDecision?.number,
  });
}

/** A YYYY-MM-DD date as an Excel date (shown dd.mm.yyyy), or nothing. */
export function dateContent(iso: string | undefined): CellContent {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { date: new Date(Date.UTC(year, month - 1, day)), format: NUMBER_FORMATS.date };
}

function planFieldContent(document: PlanDocument, key: PlanField): CellContent {
  const { institution, plan } = document;
  const settings = plan.settings ?? {};
  const prefixes = settings.codePrefixes ?? DEFAULT_CODE_PREFIXES;
  const thresholds = settings.statusThresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const year = (value: number): CellContent => ({ number: value, format: NUMBER_FORMATS.plain });
  switch (key) {
    case 'format':
      return TARGET_CARDS_FORMAT;
    case 'institutionName':
      return institution.name;
    case 'institutionKind':
      return INSTITUTION_KIND_LABELS[institution.kind];
    case 'population':
      return institution.population ?? null;
    case 'electionDate':
      return dateContent(institution.electionDate);
    case 'title':
      return plan.title;
    case 'startYear':
      return year(plan.startYear);
    case 'endYear':
      return year(plan.endYear);
    case 'status':
      return PLAN_STATUS_LABELS[documentStatus(plan)];
    case 'submittedToCouncil':
      return dateContent(plan.submittedToCouncil);
    case 'councilDecisionDate':
      return dateContent(plan.councilDecision?.date || undefined);
    case 'councilDecisionNumber':
      return plan.councilDecision?.number || null;
    case 'closedOn':
      return dateContent(plan.closedOn);
    case 'mission':
      return plan.mission ?? null;
    case 'vision':
      return plan.vision ?? null;
    case 'clampTargetRates':
      return BOOLEAN_LABELS[
        String(settings.clampTargetRates ?? DEFAULT_PLAN_SETTINGS.clampTargetRates) as 'true' | 'false'
      ];
    case 'aimAggregation':
      return AIM_AGGREGATION_LABELS[settings.aimAggregation ?? DEFAULT_PLAN_SETTINGS.aimAggregation];
    case 'aimPrefix':
      return prefixes.aim;
    case 'targetPrefix':
      return prefixes.target;
    case 'indicatorPrefix':
      return prefixes.indicator;
    case 'goodThreshold':
      return thresholds.good;
    case 'warningThreshold':
      return thresholds.warning;
    case 'minCoverage':
      return settings.minCoverage ?? DEFAULT_MIN_COVERAGE;
    case 'midYearColoured':
      return BOOLEAN_LABELS[settings.midYearBands === null ? 'false' : 'true'];
    case 'midYearOnTrack':
      return settings.midYearBands === null
        ? null
        : (settings.midYearBands ?? DEFAULT_MID_YEAR_BANDS).onTrack;
    case 'midYearBehind':
      return settings.midYearBands === null ? null : (settings.midYearBands ?? DEFAULT_MID_YEAR_BANDS).behind;
    case 'plausibilityLow':
      return (settings.plausibility ?? DEFAULT_PLAUSIBILITY).low;
    case 'plausibilityHigh':
      return (settings.plausibility ?? DEFAULT_PLAUSIBILITY).high;
    case 'entryDeadlineDays':
      return settings.entryDeadlineDays ?? DEFAULT_ENTRY_DEADLINE_DAYS;
    case 'approvalDeadlineDays':
      return settings.approvalDeadlineDays ?? DEFAULT_APPROVAL_DEADLINE_DAYS;
  }
}

function addPlanSheet(workbook: ExcelJS.Workbook, document: PlanDocument): void {
  const { plan } = document;
  const values = [plan.mission, plan.vision, plan.title, ...(plan.values ?? []).map((v) => v.description)];
  const w = addSheet(workbook, PLAN_SHEET, {
    widths: [
      fitWidth(
        [...PLAN_FIELDS.map((field) => field.label), ...(plan.values ?? []).map((v) => v.title)],
        30,
        60,
      ),
      fitWidth(values, 40, 100),
    ],
    frozenRows: 4,
    printTitleRows: [4, 4],
  });
  w.titleBlock(titleLines(document, 'Hedef Kartları — plan bilgileri'));
  w.header(PLAN_HEADER);
  for (const field of PLAN_FIELDS) {
    const content = planFieldContent(document, field.key);
    const row = w.row([field.label, content]);
    w.cell(row, 1, field.label, 'label');
    if (typeof content === 'string') w.fitHeight(row, content, w.widthOf(2));
  }
  w.skip();
  const labelRow = w.row([LABELS.coreValues], 'label');
  w.merge(labelRow, 1);
  w.header(CORE_VALUE_HEADER);
  for (const value of plan.values ?? []) {
    const row = w.row([value.title, value.description ?? null]);
    if (value.description) w.fitHeight(row, value.description, w.widthOf(2));
  }
  w.skip();
  w.footnote([
    'Bu çalışma kitabı düzenlenip geri yüklenebilir: POST /api/plans/import/target-cards yeni plan oluşturur, ' +
      'PUT /api/plans/{planId}/target-cards taslak planın hedef kartlarını değiştirir (yalnızca amaç sayfaları okunur). ' +
      'Sayfa adlarını, sütun başlıklarını ve A sütunundaki etiketleri değiştirmeyin; her amaç kendi sayfasındadır.',
    'Boş hesaplama yöntemi değer türünün varsayılanıdır (dönemsel göstergelerde F2, diğerlerinde F1); boş izleme ve rapor sıklığı 6 aydır.',
  ]);
  w.finish();
}

function addUnitsSheet(workbook: ExcelJS.Workbook, document: PlanDocument): void {
  const { units } = document;
  const w = addSheet(workbook, UNITS_SHEET, {
    widths: [
      fitWidth([UNIT_HEADER[0], ...units.map((unit) => unit.code)], 14, 34),
      fitWidth(
        units.map((unit) => unit.name),
        30,
        70,
      ),
      fitWidth([UNIT_HEADER[2], ...units.map((unit) => unit.parent)], 14, 34),
    ],
    frozenRows: 4,
    printTitleRows: [4, 4],
  });
  w.titleBlock(titleLines(document, 'Hedef Kartları — birimler'));
  w.header(UNIT_HEADER);
  for (const unit of units) w.row([unit.code, unit.name, unit.parent ?? null]);
  w.finish();
}

function addAimSheet(workbook: ExcelJS.Workbook, document: PlanDocument, aim: AimDoc): void {
  const years = planYearList(document.plan);
  const columns = indicatorColumns(years);
  const columnCount = cardColumnCount(years);
  const indicators = aim.targets.flatMap((target) => target.indicators);
  const widths = columns.map((column): number => {
    switch (column.key) {
      case 'code':
        return fitWidth(
          [LABELS.collaboratingUnits, ...indicators.map((indicator) => indicator.code)],
          14,
          40,
        );
      case 'name':
        return fitWidth(
          [
            ...indicators.map((indicator) => indicator.name),
            ...aim.targets.flatMap((target) => target.activities ?? []).map((activity) => activity.code),
          ],
          28,
          50,
        );
      case 'dataSource':
        return fitWidth(
          indicators.map((indicator) => indicator.dataSource),
          14,
          36,
        );
      case 'unit':
        return fitWidth(
          indicators.map((indicator) => indicator.unit),
          12,
          20,
        );
      default:
        return 13;
    }
  });
  while (widths.length < columnCount) widths.push(13);
  const w = addSheet(workbook, aim.code, { widths, frozenRows: 4, printTitleRows: [4, 4] });
  w.titleBlock(titleLines(document, `Hedef Kartları — ${aim.code}`));
  const aimRow = w.row([LABELS.aim, aim.code, aim.title], 'aim', { fill: true });
  w.merge(aimRow, 3);
  w.fitHeight(aimRow, aim.title, w.widthOf(3));
  w.skip();
  for (const target of aim.targets) {
    writeCard(w, document, target, years, columns);
    w.skip();
    w.commit();
  }
  w.finish();
}

function writeCard(
  w: SheetWriter,
  document: PlanDocument,
  target: TargetDoc,
  years: number[],
  columns: IndicatorColumn[],
): void {
  const unitName = new Map(document.units.map((unit) => [unit.code, unit.name]));
  const targetRow = w.row([LABELS.target, target.code, target.title], 'target');
  w.mergeToFit(targetRow, 3, target.title);
  w.fitHeight(targetRow, target.title, w.widthOf(3));

  w.header(columns.map((column) => column.header));
  for (const indicator of target.indicators) {
    w.row(
      columns.map((column): CellContent => {
        switch (column.key) {
          case 'code':
            return indicator.code;
          case 'name':
            return indicator.name;
          case 'unit':
            return indicator.unit ?? null;
          case 'weight':
            return indicator.weight;
          case 'baseline':
            return indicator.baseline;
          case 'target':
            return indicator.targets[String(column.year)] ?? null;
          case 'monitoringMonths':
            return indicator.monitoringMonths ?? null;
          case 'reportingMonths':
            return indicator.reportingMonths ?? null;
          case 'direction':
            return DIRECTION_LABELS[indicator.direction];
          case 'valueType':
            return VALUE_TYPE_LABELS[indicator.valueType];
          case 'method':
            return indicator.method ?? null;
          case 'dataSource':
            return indicator.dataSource ?? null;
          case 'sinceYear':
            return indicator.sinceYear === undefined
              ? null
              : { number: indicator.sinceYear, format: NUMBER_FORMATS.plain };
        }
      }),
    );
  }

  const unitRow = (label: string | null, code: string): void => {
    const name = unitName.get(code) ?? null;
    const row = w.row([label, code, name]);
    if (label) w.cell(row, 1, label, 'label');
    w.mergeToFit(row, 3, name);
  };
  unitRow(LABELS.responsibleUnit, target.responsibleUnit);
  const collaborators = target.collaboratingUnits ?? [];
  if (collaborators.length === 0) labelOnly(w, LABELS.collaboratingUnits);
  collaborators.forEach((code, index) => unitRow(index === 0 ? LABELS.collaboratingUnits : null, code));

  for (const [field, label] of TEXT_LISTS.slice(0, 3)) textList(w, label, target[field] ?? []);
  activities(w, target, years);
  costEstimate(w, target.costEstimate, years);
  for (const [field, label] of TEXT_LISTS.slice(3)) textList(w, label, target[field] ?? []);
}

function labelOnly(w: SheetWriter, label: string): void {
  const row = w.row([label, null]);
  w.cell(row, 1, label, 'label');
}

function textList(w: SheetWriter, label: string, items: string[]): void {
  if (items.length === 0) {
    labelOnly(w, label);
    return;
  }
  items.forEach((item, index) => {
    const row = w.row([index === 0 ? label : null, item]);
    if (index === 0) w.cell(row, 1, label, 'label');
    w.mergeToFit(row, 2, item);
    w.fitHeight(row, item, w.widthOf(2));
  });
}

function activities(w: SheetWriter, target: TargetDoc, years: number[]): void {
  const header = w.header([LABELS.activities, ...activityHeaders(years)]);
  w.cell(header, 1, LABELS.activities, 'label');
  const amount = (amounts: YearAmounts | undefined, year: number): CellContent =>
    amounts?.[String(year)] ?? null;
  for (const activity of target.activities ?? []) {
    const row = w.row([
      null,
      activity.code ?? null,
      activity.name,
      activity.responsibleUnit ?? null,
      ...years.map((year) => amount(activity.cost, year)),
      ...years.map((year) => amount(activity.offBudgetCost, year)),
    ]);
    w.fitHeight(row, activity.name, w.widthOf(3, 3));
  }
}

function costEstimate(w: SheetWriter, amounts: YearAmounts | undefined, years: number[]): void {
  const header = w.header([LABELS.costEstimate, ...years.map(String), 'Toplam']);
  w.cell(header, 1, LABELS.costEstimate, 'label');
  const present = years.flatMap((year) => {
    const value = amounts?.[String(year)];
    return value === undefined ? [] : [value];
  });
  w.row([
    null,
    ...years.map((year) => amounts?.[String(year)] ?? null),
    present.length === 0 ? null : sumExact(present),
  ]);
}
