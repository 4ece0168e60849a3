/**
 * Reads a target-card workbook (the layout of target-card-layout.ts, as target-cards-workbook.ts
 * writes it) back into a plan document, and remembers the cell every document path came from,
 * so that the parser's and the plan rules' problems can name their sheet, row and column. The
 * reader checks only what a cell can tell (a number where a number belongs, a known word in an
 * enumerated column, no formulas); the document then goes through the one import path. Pure.
 */
import type ExcelJS from 'exceljs';
import { PLAN_DOCUMENT_FORMAT } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import type { WorkbookErrorDetail } from '../../contracts/workbooks.js';
import { cellProblem, columnLetter, readCell, type CellInput } from '../../workbooks/workbook-upload.js';
import {
  AIM_AGGREGATION_LABELS,
  AIM_ROW,
  BOOLEAN_LABELS,
  CORE_VALUE_HEADER,
  DIRECTION_LABELS,
  INSTITUTION_KIND_LABELS,
  LABELS,
  METHOD_LABELS,
  PLAN_FIELDS,
  PLAN_FIELD_PATHS,
  PLAN_SHEET,
  PLAN_STATUS_LABELS,
  TARGET_CARDS_FORMAT,
  TEXT_LISTS,
  UNITS_SHEET,
  VALUE_TYPE_LABELS,
  codeOf,
  headerYear,
  indicatorColumns,
  type PlanField,
  type TextListField,
} from '../reports/target-card-layout.js';

export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
}

export interface TargetCardsRead {
  /**
   * The plan document as the workbook states it: only its cells' types are checked, so it is
   * still untrusted input for parsePlanDocument. Null when the workbook itself has problems.
   */
  document: Record<string, unknown> | null;
  problems: WorkbookErrorDetail[];
  /** Document path (as the parser and the rules name it) → the cell it came from. */
  locations: Map<string, CellLocation>;
}

type Json = Record<string, unknown>;

const text = {
  tr: {
    formula: 'Formül kabul edilmez; değeri yazın',
    number: 'sayı olmalı',
    date: 'GG.AA.YYYY tarihi olmalı',
    error: 'hücrede hata değeri var',
    textExpected: 'metin olmalı',
    oneOf: (allowed: string[]) => `şunlardan biri olmalı: ${allowed.join(', ')}`,
    unknownSheet: (sheet: string) =>
      `"${sheet}" bir amaç sayfası değil: A${AIM_ROW} hücresinde "${LABELS.aim}" yazmalı; başka sayfa eklemeyin`,
    noAims: 'Çalışma kitabında amaç sayfası yok',
    unknownRow: (label: string) => `A sütunundaki "${label}" tanınmıyor`,
    unknownColumn: (label: string) => `"${label}" sütun başlığı tanınmıyor`,
    missingRow: (label: string) => `"${label}" satırı yok`,
    noTarget: 'Bu satır bir hedef kartına ait değil: önce "Hedef" satırı gelmeli',
    noHeader: `"${LABELS.target}" satırından sonra gösterge başlık satırı ("${LABELS.indicatorHeader}") gelmeli`,
    format: `Bu bir Pusula hedef kartları çalışma kitabı değil ("${TARGET_CARDS_FORMAT}" bekleniyordu)`,
  },
  en: {
    formula: 'Formulas are not accepted; type the value',
    number: 'must be a number',
    date: 'must be a DD.MM.YYYY date',
    error: 'the cell holds an error value',
    textExpected: 'must be text',
    oneOf: (allowed: string[]) => `must be one of ${allowed.join(', ')}`,
    unknownSheet: (sheet: string) =>
      `"${sheet}" is not an aim sheet: cell A${AIM_ROW} must read "${LABELS.aim}"; do not add other sheets`,
    noAims: 'The workbook has no aim sheet',
    unknownRow: (label: string) => `"${label}" in column A is not a known row`,
    unknownColumn: (label: string) => `the column header "${label}" is not known`,
    missingRow: (label: string) => `the row "${label}" is missing`,
    noTarget: 'This row belongs to no target card: a "Hedef" row must come first',
    noHeader: `the indicator header row ("${LABELS.indicatorHeader}") must follow the "${LABELS.target}" row`,
    format: `This is not a Pusula target-card workbook ("${TARGET_CARDS_FORMAT}" expected)`,
  },
};

/**
 * Reads the workbook. `aimsOnly` (updating a plan's cards): only the aim sheets are read, and
 * the Plan and Birimler sheets may be absent.
 */
export function readTargetCards(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  options: { aimsOnly?: boolean } = {},
): TargetCardsRead {
  const reader = new Reader(lang);
  const planSheet = workbook.getWorksheet(PLAN_SHEET);
  const unitsSheet = workbook.getWorksheet(UNITS_SHEET);
  const document: Json = { format: PLAN_DOCUMENT_FORMAT };
  let plan: Json = {};
  if (!options.aimsOnly) {
    if (planSheet) {
      const read = reader.planSheet(planSheet);
      document.institution = read.institution;
      plan = read.plan;
    }
    document.units = unitsSheet ? reader.unitsSheet(unitsSheet) : [];
  }
  const aims: Json[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet === planSheet || sheet === unitsSheet) continue;
    const aim = reader.aimSheet(sheet, aims.length);
    if (aim) aims.push(aim);
  }
  if (aims.length === 0 && reader.problems.length === 0) {
    reader.problems.push({
      path: workbook.worksheets[0]?.name ?? PLAN_SHEET,
      sheet: workbook.worksheets[0]?.name ?? PLAN_SHEET,
      code: 'MISSING_SHEET',
      message: text[lang].noAims,
    });
  }
  document.plan = { ...plan, aims };
  return {
    document: reader.problems.length === 0 ? document : null,
    problems: reader.problems,
    locations: reader.locations,
  };
}

/**
 * The cell of a problem the parser or the plan rules found at a document path: the path itself
 * or its nearest located ancestor (a value's deviation reason → its indicator's row).
 */
export function locateIssue(
  locations: Map<string, CellLocation>,
  issue: { path: string; code: string; message: string },
  fallbackSheet: string,
): WorkbookErrorDetail {
  for (let path = issue.path; path !== ''; path = parentPath(path)) {
    const location = locations.get(path);
    if (location) {
      return {
        path: `${location.sheet}!${location.column}${location.row}`,
        sheet: location.sheet,
        row: location.row,
        column: location.column,
        code: issue.code,
        message: issue.message,
      };
    }
  }
  return { path: fallbackSheet, sheet: fallbackSheet, code: issue.code, message: issue.message };
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ''. */
export function parentPath(path: string): string {
  const match = /^(.*?)(?:\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
  return match ? match[1] : '';
}

class Reader {
  readonly problems: WorkbookErrorDetail[] = [];
  readonly locations = new Map<string, CellLocation>();
  private readonly words: (typeof text)['tr'];

  constructor(private readonly lang: Lang) {
    this.words = text[lang];
  }

  // --- cells -----------------------------------------------------------------------------------

  private at(sheet: ExcelJS.Worksheet, row: number, column: number): { input: CellInput; place: Place } {
    return { input: readCell(sheet.getRow(row).getCell(column)), place: { sheet: sheet.name, row, column } };
  }

  private locate(path: string, place: Place): void {
    this.locations.set(path, { sheet: place.sheet, row: place.row, column: columnLetter(place.column) });
  }

  private problem(place: Place, code: string, message: string): void {
    this.problems.push(cellProblem(place.sheet, place.row, place.column, code, message));
  }

  /** Formulas and error values are never read; answers whether the cell is usable. */
  private usable(input: CellInput, place: Place): boolean {
    if (input.kind === 'formula') {
      this.problem(place, 'FORMULA_NOT_ALLOWED', this.words.formula);
      return false;
    }
    if (input.kind === 'error') {
      this.problem(place, 'INVALID_TYPE', this.words.error);
      return false;
    }
    return true;
  }

  /** Text as written (a number or date typed into a text column becomes its text). */
  private readText(sheet: ExcelJS.Worksheet, row: number, column: number, path?: string): string | undefined {
    const { input, place } = this.at(sheet, row, column);
    if (path) this.locate(path, place);
    if (!this.usable(input, place)) return undefined;
    switch (input.kind) {
      case 'text':
        return input.value;
      case 'number':
        return String(input.value);
      case 'date':
        return isoDate(input.value);
      case 'boolean':
        this.problem(place, 'INVALID_TYPE', this.words.textExpected);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A code: text without surrounding spaces. */
  private readCode(sheet: ExcelJS.Worksheet, row: number, column: number, path?: string): string | undefined {
    return this.readText(sheet, row, column, path)?.trim();
  }

  /** A number: a number cell, or text that is plainly a number (1234,5 or 1234.5). */
  private readNumber(
    sheet: ExcelJS.Worksheet,
    row: number,
    column: number,
    path: string,
  ): number | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    if (input.kind === 'number') return input.value;
    if (input.kind === 'text' && /^\s*[-+]?\d+(?:[.,]\d+)?\s*$/.test(input.value)) {
      return Number(input.value.trim().replace(',', '.'));
    }
    this.problem(place, 'INVALID_TYPE', `${this.label(sheet, place)} ${this.words.number}`);
    return undefined;
  }

  private readDate(sheet: ExcelJS.Worksheet, row: number, column: number, path: string): string | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    if (input.kind === 'date') return isoDate(input.value);
    if (input.kind === 'text') {
      const value = input.value.trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
      if (match) return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
    }
    this.problem(place, 'INVALID_DATE', `${this.label(sheet, place)} ${this.words.date}`);
    return undefined;
  }

  private readEnum<T extends string>(
    sheet: ExcelJS.Worksheet,
    row: number,
    column: number,
    path: string,
    labels: Record<T, string>,
  ): T | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    const code = input.kind === 'text' ? codeOf(labels, input.value) : null;
    if (code === null) {
      const allowed = [...new Set(Object.values<string>(labels))];
      this.problem(place, 'INVALID_ENUM', `${this.label(sheet, place)} ${this.words.oneOf(allowed)}`);
      return undefined;
    }
    return code;
  }

  private readMonths(
    sheet: ExcelJS.Worksheet,
    row: number,
    column: number,
    path: string,
  ): 6 | 12 | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    const value =
      input.kind === 'number' ? input.value : input.kind === 'text' ? Number(input.value.trim()) : NaN;
    if (value === 6 || value === 12) return value;
    this.problem(place, 'INVALID_ENUM', `${this.label(sheet, place)} ${this.words.oneOf(['6', '12'])}`);
    return undefined;
  }

  /** What a cell is called in a message: its column header or row label when known. */
  private label(sheet: ExcelJS.Worksheet, place: Place): string {
    return `${sheet.name}!${columnLetter(place.column)}${place.row}`;
  }

  private columnA(sheet: ExcelJS.Worksheet, row: number): string {
    const input = readCell(sheet.getRow(row).getCell(1));
    return input.kind === 'text' ? input.value.trim() : input.kind === 'number' ? String(input.value) : '';
  }

  private isBlank(sheet: ExcelJS.Worksheet, row: number, columns: number): boolean {
    const cells = sheet.findRow(row);
    if (!cells) return true;
    for (let column = 1; column <= columns; column += 1) {
      if (readCell(cells.getCell(column)).kind !== 'empty') return false;
    }
    return true;
  }

  // --- the Plan sheet --------------------------------------------------------------------------

  planSheet(sheet: ExcelJS.Worksheet): { institution: Json; plan: Json } {
    const rows = new Map<string, number>();
    for (let row = 1; row <= sheet.rowCount; row += 1) {
      const label = this.columnA(sheet, row);
      if (label && !rows.has(label)) rows.set(label, row);
    }
    const found = (key: PlanField): number | undefined => {
      const field = PLAN_FIELDS.find((item) => item.key === key);
      const row = field ? rows.get(field.label) : undefined;
      if (field && row === undefined) {
        this.problem(
          { sheet: sheet.name, row: 1, column: 1 },
          'MISSING_ROW',
          this.words.missingRow(field.label),
        );
      }
      return row;
    };
    const value = <T>(key: PlanField, read: (row: number, path: string) => T | undefined): T | undefined => {
      const row = found(key);
      return row === undefined ? undefined : read(row, PLAN_FIELD_PATHS[key]);
    };
    const textOf = (key: PlanField): string | undefined =>
      value(key, (row, path) => this.readText(sheet, row, 2, path));
    const numberOf = (key: PlanField): number | undefined =>
      value(key, (row, path) => this.readNumber(sheet, row, 2, path));
    const dateOf = (key: PlanField): string | undefined =>
      value(key, (row, path) => this.readDate(sheet, row, 2, path));

    const format = value('format', (row, path) => this.readText(sheet, row, 2, path));
    const formatRow = rows.get(PLAN_FIELDS[0].label);
    if (format !== undefined && format.trim() !== TARGET_CARDS_FORMAT && formatRow !== undefined) {
      this.problem({ sheet: sheet.name, row: formatRow, column: 2 }, 'INVALID_FORMAT', this.words.format);
    }

    const institution: Json = compact({
      name: textOf('institutionName'),
      kind: value('institutionKind', (row, path) =>
        this.readEnum(sheet, row, 2, path, INSTITUTION_KIND_LABELS),
      ),
      population: numberOf('population'),
      electionDate: dateOf('electionDate'),
    });
    const decisionDate = dateOf('councilDecisionDate');
    const decisionNumber = textOf('councilDecisionNumber');
    const clamp = value('clampTargetRates', (row, path) =>
      this.readEnum(sheet, row, 2, path, BOOLEAN_LABELS),
    );
    const prefixes = compact({
      aim: value('aimPrefix', (row, path) => this.readCode(sheet, row, 2, path)),
      target: value('targetPrefix', (row, path) => this.readCode(sheet, row, 2, path)),
      indicator: value('indicatorPrefix', (row, path) => this.readCode(sheet, row, 2, path)),
    });
    const thresholds = compact({ good: numberOf('goodThreshold'), warning: numberOf('warningThreshold') });
    const settings = compact({
      clampTargetRates: clamp === undefined ? undefined : clamp === 'true',
      aimAggregation: value('aimAggregation', (row, path) =>
        this.readEnum(sheet, row, 2, path, AIM_AGGREGATION_LABELS),
      ),
      codePrefixes: Object.keys(prefixes).length > 0 ? prefixes : undefined,
      statusThresholds: Object.keys(thresholds).length > 0 ? thresholds : undefined,
    });
    const plan: Json = compact({
      title: textOf('title'),
      startYear: numberOf('startYear'),
      endYear: numberOf('endYear'),
      status: value('status', (row, path) => this.readEnum(sheet, row, 2, path, PLAN_STATUS_LABELS)),
      mission: textOf('mission'),
      vision: textOf('vision'),
      values: this.coreValues(sheet, rows.get(LABELS.coreValues)),
      submittedToCouncil: dateOf('submittedToCouncil'),
      councilDecision:
        decisionDate === undefined && decisionNumber === undefined
          ? undefined
          : compact({ date: decisionDate, number: decisionNumber }),
      closedOn: dateOf('closedOn'),
      settings: Object.keys(settings).length > 0 ? settings : undefined,
    });
    const planRow = rows.get(PLAN_FIELDS[5].label) ?? 1;
    this.locate('plan', { sheet: sheet.name, row: planRow, column: 1 });
    this.locate('institution', { sheet: sheet.name, row: rows.get(PLAN_FIELDS[1].label) ?? 1, column: 1 });
    return { institution, plan };
  }

  /** Core values: the rows under their header, up to the first empty row. */
  private coreValues(sheet: ExcelJS.Worksheet, labelRow: number | undefined): Json[] {
    if (labelRow === undefined) {
      this.problem(
        { sheet: sheet.name, row: 1, column: 1 },
        'MISSING_ROW',
        this.words.missingRow(LABELS.coreValues),
      );
      return [];
    }
    const values: Json[] = [];
    let row = labelRow + 1;
    if (this.columnA(sheet, row) === CORE_VALUE_HEADER[0]) row += 1;
    for (; row <= sheet.rowCount && !this.isBlank(sheet, row, 2); row += 1) {
      const path = `plan.values[${values.length}]`;
      this.locate(path, { sheet: sheet.name, row, column: 1 });
      values.push(
        compact({
          title: this.readText(sheet, row, 1, `${path}.title`),
          description: this.readText(sheet, row, 2, `${path}.description`),
        }),
      );
    }
    return values;
  }

  // --- the Birimler sheet ----------------------------------------------------------------------

  unitsSheet(sheet: ExcelJS.Worksheet): Json[] {
    const units: Json[] = [];
    for (let row = AIM_ROW + 1; row <= sheet.rowCount; row += 1) {
      if (this.isBlank(sheet, row, 3)) continue;
      const path = `units[${units.length}]`;
      this.locate(path, { sheet: sheet.name, row, column: 1 });
      units.push(
        compact({
          code: this.readCode(sheet, row, 1, `${path}.code`),
          name: this.readText(sheet, row, 2, `${path}.name`),
          parent: this.readCode(sheet, row, 3, `${path}.parent`),
        }),
      );
    }
    return units;
  }

  // --- an aim sheet ----------------------------------------------------------------------------

  aimSheet(sheet: ExcelJS.Worksheet, aimIndex: number): Json | null {
    if (this.columnA(sheet, AIM_ROW) !== LABELS.aim) {
      this.problems.push({
        path: sheet.name,
        sheet: sheet.name,
        code: 'UNKNOWN_SHEET',
        message: this.words.unknownSheet(sheet.name),
      });
      return null;
    }
    const aimPath = `plan.aims[${aimIndex}]`;
    this.locate(aimPath, { sheet: sheet.name, row: AIM_ROW, column: 1 });
    const aim: Json = {
      code: this.readCode(sheet, AIM_ROW, 2, `${aimPath}.code`),
      title: this.readText(sheet, AIM_ROW, 3, `${aimPath}.title`),
    };
    const targets: Json[] = [];
    let card: Card | null = null;
    let state: State = { kind: 'none' };
    const width = Math.max(sheet.columnCount, 2);
    for (let row = AIM_ROW + 1; row <= sheet.rowCount; row += 1) {
      if (this.isBlank(sheet, row, width)) continue;
      const label = this.columnA(sheet, row);
      const place: Place = { sheet: sheet.name, row, column: 1 };
      if (label === LABELS.target) {
        const path = `${aimPath}.targets[${targets.length}]`;
        this.locate(path, place);
        card = {
          path,
          target: {
            code: this.readCode(sheet, row, 2, `${path}.code`),
            title: this.readText(sheet, row, 3, `${path}.title`),
          },
        };
        targets.push(card.target);
        state = { kind: 'expectHeader' };
        continue;
      }
      if (!card) {
        this.problem(place, 'UNKNOWN_ROW', label ? this.words.unknownRow(label) : this.words.noTarget);
        continue;
      }
      if (state.kind === 'expectHeader' || label === LABELS.indicatorHeader) {
        if (label !== LABELS.indicatorHeader || state.kind !== 'expectHeader') {
          this.problem(place, 'UNKNOWN_ROW', this.words.noHeader);
          state = { kind: 'none' };
          continue;
        }
        state = { kind: 'indicators', columns: this.indicatorHeader(sheet, row, card) };
        continue;
      }
      const listField = TEXT_LISTS.find(([, listLabel]) => listLabel === label)?.[0];
      if (label === LABELS.responsibleUnit) {
        card.target.responsibleUnit = this.readCode(sheet, row, 2, `${card.path}.responsibleUnit`);
        state = { kind: 'none' };
      } else if (label === LABELS.collaboratingUnits) {
        this.locate(`${card.path}.collaboratingUnits`, { ...place, column: 2 });
        state = { kind: 'collaborators' };
        this.collaborator(sheet, row, card);
      } else if (listField) {
        this.locate(`${card.path}.${listField}`, { ...place, column: 2 });
        state = { kind: 'list', field: listField };
        this.listItem(sheet, row, card, listField);
      } else if (label === LABELS.activities) {
        this.locate(`${card.path}.activities`, place);
        state = { kind: 'activities', columns: this.activityHeader(sheet, row) };
      } else if (label === LABELS.costEstimate) {
        this.locate(`${card.path}.costEstimate`, place);
        state = { kind: 'costHeader', columns: this.costHeader(sheet, row) };
      } else if (state.kind === 'indicators') {
        this.indicator(sheet, row, card, state.columns);
      } else if (label !== '') {
        this.problem(place, 'UNKNOWN_ROW', this.words.unknownRow(label));
      } else if (state.kind === 'collaborators') {
        this.collaborator(sheet, row, card);
      } else if (state.kind === 'list') {
        this.listItem(sheet, row, card, state.field);
      } else if (state.kind === 'activities') {
        this.activity(sheet, row, card, state.columns);
      } else if (state.kind === 'costHeader') {
        this.costValues(sheet, row, card, state.columns);
        state = { kind: 'none' };
      } else {
        this.problem({ ...place, column: 2 }, 'UNKNOWN_ROW', this.words.unknownRow(''));
      }
    }
    aim.targets = targets;
    return aim;
  }

  /** Maps the indicator header's cells to fields by their text, so moved columns still read. */
  private indicatorHeader(sheet: ExcelJS.Worksheet, row: number, card: Card): IndicatorColumns {
    const known = new Map<string, IndicatorKey>(
      indicatorColumns([]).map((column) => [column.header, column.key]),
    );
    const columns: IndicatorColumns = { fields: new Map(), years: new Map() };
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const header = this.headerText(sheet, row, column);
      if (header === '') continue;
      const year = headerYear(header);
      const key = known.get(header);
      if (year !== null) columns.years.set(column, year);
      else if (key) columns.fields.set(key, column);
      else
        this.problem({ sheet: sheet.name, row, column }, 'UNKNOWN_COLUMN', this.words.unknownColumn(header));
    }
    this.locate(`${card.path}.indicators`, {
      sheet: sheet.name,
      row,
      column: columns.fields.get('weight') ?? 1,
    });
    return columns;
  }

  private headerText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
    const input = readCell(sheet.getRow(row).getCell(column));
    return input.kind === 'text' ? input.value.trim() : input.kind === 'number' ? String(input.value) : '';
  }

  private indicator(sheet: ExcelJS.Worksheet, row: number, card: Card, columns: IndicatorColumns): void {
    const indicators = (card.target.indicators ??= []) as Json[];
    const path = `${card.path}.indicators[${indicators.length}]`;
    this.locate(path, { sheet: sheet.name, row, column: 1 });
    const at = (key: IndicatorKey): number | undefined => columns.fields.get(key);
    const field = <T>(
      key: IndicatorKey,
      read: (column: number, path: string) => T | undefined,
    ): T | undefined => {
      const column = at(key);
      return column === undefined ? undefined : read(column, `${path}.${key}`);
    };
    const targets: Record<string, number> = {};
    let firstYearColumn: number | undefined;
    for (const [column, year] of columns.years) {
      firstYearColumn ??= column;
      const value = this.readNumber(sheet, row, column, `${path}.targets[${JSON.stringify(String(year))}]`);
      if (value !== undefined) targets[String(year)] = value;
    }
    if (firstYearColumn !== undefined)
      this.locate(`${path}.targets`, { sheet: sheet.name, row, column: firstYearColumn });
    const baseline = field('baseline', (column, fieldPath) => this.readNumber(sheet, row, column, fieldPath));
    indicators.push(
      compact({
        code: field('code', (column, fieldPath) => this.readCode(sheet, row, column, fieldPath)),
        name: field('name', (column, fieldPath) => this.readText(sheet, row, column, fieldPath)),
        unit: field('unit', (column, fieldPath) => this.readText(sheet, row, column, fieldPath)),
        weight: field('weight', (column, fieldPath) => this.readNumber(sheet, row, column, fieldPath)),
        direction: field('direction', (column, fieldPath) =>
          this.readEnum(sheet, row, column, fieldPath, DIRECTION_LABELS),
        ),
        valueType: field('valueType', (column, fieldPath) =>
          this.readEnum(sheet, row, column, fieldPath, VALUE_TYPE_LABELS),
        ),
        method: field('method', (column, fieldPath) =>
          this.readEnum(sheet, row, column, fieldPath, METHOD_LABELS),
        ),
        // An empty baseline is "not known" (null), which the rules report; never 0.
        baseline: at('baseline') === undefined ? undefined : (baseline ?? null),
        targets,
        monitoringMonths: field('monitoringMonths', (column, fieldPath) =>
          this.readMonths(sheet, row, column, fieldPath),
        ),
        reportingMonths: field('reportingMonths', (column, fieldPath) =>
          this.readMonths(sheet, row, column, fieldPath),
        ),
        dataSource: field('dataSource', (column, fieldPath) => this.readText(sheet, row, column, fieldPath)),
        sinceYear: field('sinceYear', (column, fieldPath) => this.readNumber(sheet, row, column, fieldPath)),
      }),
    );
  }

  private collaborator(sheet: ExcelJS.Worksheet, row: number, card: Card): void {
    const list = (card.target.collaboratingUnits as string[] | undefined) ?? [];
    const code = this.readCode(sheet, row, 2, `${card.path}.collaboratingUnits[${list.length}]`);
    if (code === undefined) return;
    list.push(code);
    card.target.collaboratingUnits = list;
  }

  private listItem(sheet: ExcelJS.Worksheet, row: number, card: Card, field: TextListField): void {
    const list = (card.target[field] as string[] | undefined) ?? [];
    const item = this.readText(sheet, row, 2, `${card.path}.${field}[${list.length}]`);
    if (item === undefined) return;
    list.push(item);
    card.target[field] = list;
  }

  private activityHeader(sheet: ExcelJS.Worksheet, row: number): ActivityColumns {
    const columns: ActivityColumns = { fields: new Map(), cost: new Map(), offBudget: new Map() };
    const names: Record<string, 'code' | 'name' | 'responsibleUnit'> = {
      'Faaliyet kodu': 'code',
      'Faaliyet / proje': 'name',
      'Sorumlu birim': 'responsibleUnit',
    };
    for (let column = 2; column <= sheet.columnCount; column += 1) {
      const header = this.headerText(sheet, row, column);
      if (header === '') continue;
      const year = headerYear(header);
      if (year !== null && /bütçe dışı/i.test(header)) columns.offBudget.set(column, year);
      else if (year !== null) columns.cost.set(column, year);
      else if (names[header]) columns.fields.set(names[header], column);
      else
        this.problem({ sheet: sheet.name, row, column }, 'UNKNOWN_COLUMN', this.words.unknownColumn(header));
    }
    return columns;
  }

  private activity(sheet: ExcelJS.Worksheet, row: number, card: Card, columns: ActivityColumns): void {
    const activities = (card.target.activities ??= []) as Json[];
    const path = `${card.path}.activities[${activities.length}]`;
    this.locate(path, { sheet: sheet.name, row, column: columns.fields.get('name') ?? 2 });
    const field = (key: 'code' | 'name' | 'responsibleUnit'): string | undefined => {
      const column = columns.fields.get(key);
      if (column === undefined) return undefined;
      return key === 'name'
        ? this.readText(sheet, row, column, `${path}.${key}`)
        : this.readCode(sheet, row, column, `${path}.${key}`);
    };
    activities.push(
      compact({
        code: field('code'),
        name: field('name'),
        responsibleUnit: field('responsibleUnit'),
        cost: this.amounts(sheet, row, columns.cost, `${path}.cost`),
        offBudgetCost: this.amounts(sheet, row, columns.offBudget, `${path}.offBudgetCost`),
      }),
    );
  }

  private costHeader(sheet: ExcelJS.Worksheet, row: number): Map<number, number> {
    const years = new Map<number, number>();
    for (let column = 2; column <= sheet.columnCount; column += 1) {
      const year = headerYear(this.headerText(sheet, row, column));
      if (year !== null) years.set(column, year);
    }
    return years;
  }

  private costValues(sheet: ExcelJS.Worksheet, row: number, card: Card, years: Map<number, number>): void {
    const amounts = this.amounts(sheet, row, years, `${card.path}.costEstimate`);
    if (amounts) card.target.costEstimate = amounts;
  }

  /** Amounts by year from the given columns; undefined when every cell is empty. */
  private amounts(
    sheet: ExcelJS.Worksheet,
    row: number,
    years: Map<number, number>,
    path: string,
  ): Record<string, number> | undefined {
    const amounts: Record<string, number> = {};
    let first = true;
    for (const [column, year] of years) {
      if (first) this.locate(path, { sheet: sheet.name, row, column });
      first = false;
      const value = this.readNumber(sheet, row, column, `${path}[${JSON.stringify(String(year))}]`);
      if (value !== undefined) amounts[String(year)] = value;
    }
    return Object.keys(amounts).length > 0 ? amounts : undefined;
  }
}

interface Place {
  sheet: string;
  row: number;
  column: number;
}

type IndicatorKey = ReturnType<typeof indicatorColumns>[number]['key'];

interface IndicatorColumns {
  fields: Map<IndicatorKey, number>;
  years: Map<number, number>;
}

interface ActivityColumns {
  fields: Map<'code' | 'name' | 'responsibleUnit', number>;
  cost: Map<number, number>;
  offBudget: Map<number, number>;
}

interface Card {
  path: string;
  target: Json;
}

type State =
  | { kind: 'none' }
  | { kind: 'expectHeader' }
  | { kind: 'indicators'; columns: IndicatorColumns }
  | { kind: 'collaborators' }
  | { kind: 'list'; field: TextListField }
  | { kind: 'activities'; columns: ActivityColumns }
  | { kind: 'costHeader'; columns: Map<number, number> };

/** The object without its undefined fields (the document states only what the cells hold). */
function compact(record: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** A date cell as YYYY-MM-DD (Excel dates carry no zone: read in UTC). */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
