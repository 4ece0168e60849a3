import ExcelJS from 'exceljs';
import {
  importMessage,
  type ImportMessageKey,
  type ImportMessageParams,
} from '../../common/messages/import-messages.js';
import type { Lang } from '../../contracts/validation.js';
import { VALUES_INFO_SHEET, VALUES_SHEET } from '../../contracts/value-imports.js';
import type { WorkbookErrorDetail } from '../../contracts/workbooks.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { cellProblem } from '../../workbooks/workbook-upload.js';
import {
  type CellInput,
  type CellRead,
  cellText,
  columnLetter,
  type SheetCells,
} from '../../workbooks/xlsx-cells.js';
import { EVIDENCE_URL_MAX, EVIDENCE_URL_PATTERN, VALUE_TEXT_MAX } from '../indicators/value-rules.js';
import { PLAN_LIMITS } from '../plans/plan-limits.js';

/**
 * The values workbook (domain.md 4.3 and 6): a template with one row per indicator and entry
 * period of an assessment period, and the reader of a filled one. Pure: no database, no HTTP.
 *
 * Layout of the "Değerler" sheet: a title row, a hint row, the header row (HEADER_ROW), then the
 * data rows. Grey columns are read-only information and locked; the white ones (value C, note,
 * deviation reason, evidence link) are the entry cells, unlocked while the entry can still be
 * changed. The sheet is protected without a password: a guard against slips, not security; the
 * import judges every row again. The reader finds its columns by their header text, so moved or
 * added columns do no harm. "Bilgi" names the plan and the assessment period.
 */

export const HEADER_ROW = 3;

/** The columns, in order; `key` names what the reader needs. */
export const VALUE_COLUMNS = [
  { key: 'aim', header: 'Amaç', width: 8, editable: false },
  { key: 'target', header: 'Hedef', width: 9, editable: false },
  { key: 'indicator', header: 'Gösterge kodu', width: 14, editable: false },
  { key: 'name', header: 'Gösterge adı', width: 44, editable: false },
  { key: 'unit', header: 'Ölçü birimi', width: 12, editable: false },
  { key: 'responsible', header: 'Sorumlu birim', width: 22, editable: false },
  { key: 'period', header: 'Dönem', width: 10, editable: false },
  { key: 'baseline', header: 'Başlangıç değeri (A)', width: 14, editable: false },
  { key: 'yearTarget', header: 'Yıl sonu hedefi (B)', width: 14, editable: false },
  { key: 'value', header: 'Gerçekleşen değer (C)', width: 16, editable: true },
  { key: 'note', header: 'Açıklama', width: 36, editable: true },
  { key: 'deviationReason', header: 'Sapma nedeni', width: 36, editable: true },
  { key: 'evidenceUrl', header: 'Kanıt bağlantısı', width: 30, editable: true },
  { key: 'status', header: 'Durum', width: 16, editable: false },
  { key: 'returnComment', header: 'İade gerekçesi', width: 30, editable: false },
  { key: 'version', header: 'Sürüm', width: 8, editable: false },
] as const;

export type ValueColumnKey = (typeof VALUE_COLUMNS)[number]['key'];

/** Columns the reader cannot do without. */
const REQUIRED_KEYS: ValueColumnKey[] = ['indicator', 'period', 'value'];
/** Columns the reader uses when present. */
const READ_KEYS: ValueColumnKey[] = [
  'indicator',
  'period',
  'value',
  'note',
  'deviationReason',
  'evidenceUrl',
  'version',
];

export const STATUS_LABELS: Record<ValueStatus | 'missing', string> = {
  missing: 'Girilmedi',
  draft: 'Taslak',
  submitted: 'Onaya gönderildi',
  approved: 'Onaylandı',
  returned: 'İade edildi',
};

/** Info sheet labels (column A) whose values (column B) the import checks. */
export const INFO_LABELS = {
  institution: 'Kurum',
  plan: 'Plan',
  planId: 'Plan kimliği',
  period: 'Değerlendirme dönemi',
  entryPeriods: 'Giriş dönemleri',
  generatedAt: 'Hazırlanma zamanı',
  generatedBy: 'Hazırlayan',
} as const;

export interface TemplateRow {
  aim: string;
  target: string;
  indicator: string;
  name: string;
  unit: string | null;
  responsible: string;
  /** The entry period: YYYY-H1, YYYY-H2 or YYYY. */
  period: string;
  baseline: number | null;
  yearTarget: number | null;
  value: number | null;
  note: string | null;
  deviationReason: string | null;
  evidenceUrl: string | null;
  status: ValueStatus | null;
  returnComment: string | null;
  version: number | null;
}

export interface TemplateInput {
  institution: string;
  planTitle: string;
  planId: string;
  /** The assessment period: YYYY-H1 or YYYY. */
  period: string;
  entryPeriods: string[];
  /** ISO timestamp. */
  generatedAt: string;
  generatedBy: string | null;
  rows: TemplateRow[];
}

const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const LOCKED_ENTRY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** A status whose value can no longer change by entry (VALUE_LOCKED). */
function isLocked(status: ValueStatus | null): boolean {
  return status === 'submitted' || status === 'approved';
}

/**
 * The template. Every text is written as a string value, never as a formula, so text from the
 * plan that begins with = + - @ stays text (formula injection).
 */
export function buildValuesWorkbook(input: TemplateInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pusula';
  workbook.created = new Date(input.generatedAt);
  const sheet = workbook.addWorksheet(VALUES_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = VALUE_COLUMNS.length;
  sheet.columns = VALUE_COLUMNS.map((column) => ({
    key: column.key,
    width: column.width,
    style: column.editable
      ? { protection: { locked: false }, alignment: { vertical: 'top', wrapText: column.key !== 'value' } }
      : { fill: READ_ONLY_FILL, protection: { locked: true }, alignment: { vertical: 'top' } },
  }));
  sheet.getColumn('version').hidden = true;

  const title = sheet.getCell(1, 1);
  title.value = `Gösterge değerleri — ${input.planTitle} — ${input.period}`;
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, last);
  const hint = sheet.getCell(2, 1);
  hint.value =
    'Yalnızca beyaz sütunları doldurun. Boş bırakılan değer "veri girilmedi" demektir, 0 değildir. ' +
    'Formül kabul edilmez; sayıyı doğrudan yazın. Onaya gönderilmiş ve onaylanmış değerler kilitlidir.';
  hint.font = { italic: true, color: { argb: 'FF595959' } };
  hint.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getRow(2).height = 30;
  for (const row of [1, 2]) {
    for (let column = 1; column <= last; column += 1) {
      const cell = sheet.getCell(row, column);
      cell.fill = { type: 'pattern', pattern: 'none' };
      cell.protection = { locked: true };
    }
  }

  const header = sheet.getRow(HEADER_ROW);
  VALUE_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.protection = { locked: true };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  header.height = 32;

  for (const data of input.rows) {
    // Empty fields make no cell: the column's style (open or locked) covers them.
    const cells = VALUE_COLUMNS.map(({ key }) => [
      key,
      key === 'status' ? STATUS_LABELS[data.status ?? 'missing'] : data[key],
    ]);
    const row = sheet.addRow(Object.fromEntries(cells.filter(([, value]) => value !== null)));
    if (isLocked(data.status)) {
      for (const key of ['value', 'note', 'deviationReason', 'evidenceUrl'] as const) {
        const cell = row.getCell(key);
        cell.protection = { locked: true };
        cell.fill = LOCKED_ENTRY_FILL;
      }
    }
  }
  if (input.rows.length > 0) {
    // One validation per column over the data rows (a locked cell is not edited anyway).
    const range = (key: ValueColumnKey): string => {
      const letter = sheet.getColumn(key).letter;
      return `${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + input.rows.length}`;
    };
    // ExcelJS has Worksheet.dataValidations (ranges) but its typings leave it out.
    const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
    validations.add(range('value'), {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorTitle: 'Sayı girin',
      error: 'Gerçekleşen değer bir sayı olmalı (boş bırakmak "veri girilmedi" demektir).',
    });
    for (const key of ['note', 'deviationReason'] as const) {
      validations.add(range(key), {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [VALUE_TEXT_MAX],
        showErrorMessage: true,
        error: `En çok ${VALUE_TEXT_MAX} karakter.`,
      });
    }
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

  const info = workbook.addWorksheet(VALUES_INFO_SHEET);
  info.columns = [{ width: 24 }, { width: 70 }];
  info.addRow(['Pusula — gösterge değerleri çalışma kitabı']).font = { bold: true, size: 13 };
  info.addRow([]);
  const infoRows: Array<[string, string]> = [
    [INFO_LABELS.institution, input.institution],
    [INFO_LABELS.plan, input.planTitle],
    [INFO_LABELS.planId, input.planId],
    [INFO_LABELS.period, input.period],
    [INFO_LABELS.entryPeriods, input.entryPeriods.join(', ')],
    [INFO_LABELS.generatedAt, input.generatedAt],
    [INFO_LABELS.generatedBy, input.generatedBy ?? ''],
  ];
  for (const [label, value] of infoRows) {
    const row = info.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  info.addRow([]);
  for (const line of [
    'Değerleri "Değerler" sayfasındaki beyaz hücrelere girin ve dosyayı aynı sayfadan yükleyin.',
    'Yükleme ya tamamen kaydedilir ya hiç kaydedilmez: bir satırda sorun varsa hiçbir değer değişmez ve',
    'her sorun sayfa, satır ve sütunuyla bildirilir.',
    'Yıl sonu değeri hedeften farklıysa onaya gönderirken sapma nedeni zorunludur.',
    'Bu sayfadaki plan kimliği ve dönem değiştirilmemelidir.',
  ]) {
    info.addRow([line]);
  }
  return workbook;
}

/** The plan and period an uploaded workbook names on its info sheet, with the cells they are in. */
export interface WorkbookInfo {
  planId: { value: string | null; row: number };
  period: { value: string | null; row: number };
}

/** One data row of an uploaded workbook, as typed values. */
export interface ImportRow {
  /** The sheet row number. */
  row: number;
  indicator: string;
  period: string;
  /** null: the value cell is empty, which is no entry (never 0). */
  value: number | null;
  note: string | null;
  deviationReason: string | null;
  evidenceUrl: string | null;
  /** The version the template was made from; undefined when the column is gone or empty. */
  version: number | undefined;
  /** Columns whose cell could not be read (each is a problem already): the row is judged no further. */
  failed: ValueColumnKey[];
}

export interface ReadResult {
  info: WorkbookInfo;
  rows: ImportRow[];
  problems: WorkbookErrorDetail[];
  /** Column letter of each column the reader uses, for the service's own problems. */
  columns: Partial<Record<ValueColumnKey, string>>;
  /** Set when the sheet has more data rows than a workbook may (PLAN_LIMITS): nothing was read. */
  tooManyRows?: number;
}

const HEADER_SCAN_ROWS = 20;

/**
 * Reads a filled values workbook: finds the header row, reads each data row as typed values and
 * lists every cell that cannot be read. A formula is an error at its cell, never evaluated; a
 * value must be a number (a plain integer typed as text is accepted, any other text is refused:
 * "1.234" is ambiguous between locales).
 */
export function readValuesWorkbook(sheets: ReadonlyMap<string, SheetCells>, lang: Lang): ReadResult {
  const problems: WorkbookErrorDetail[] = [];
  const info = readInfo(sheets.get(VALUES_INFO_SHEET));
  const sheet = sheets.get(VALUES_SHEET);
  if (!sheet) {
    problems.push({
      path: VALUES_SHEET,
      sheet: VALUES_SHEET,
      code: 'MISSING_SHEET',
      message: importMessage('MISSING_SHEET', { sheet: VALUES_SHEET }, lang),
    });
    return { info, rows: [], problems, columns: {} };
  }
  const found = findHeader(sheet);
  if (!found) {
    problems.push({
      path: VALUES_SHEET,
      sheet: VALUES_SHEET,
      code: 'MISSING_COLUMN',
      message: importMessage(
        'MISSING_COLUMN.headerRow',
        { header: columnHeader('indicator'), rows: HEADER_SCAN_ROWS },
        lang,
      ),
    });
    return { info, rows: [], problems, columns: {} };
  }
  const { headerRow, positions } = found;
  for (const key of REQUIRED_KEYS) {
    if (positions[key] === undefined) {
      problems.push({
        path: `${VALUES_SHEET}!${headerRow}:${headerRow}`,
        sheet: VALUES_SHEET,
        row: headerRow,
        code: 'MISSING_COLUMN',
        message: importMessage('MISSING_COLUMN', { header: columnHeader(key) }, lang),
      });
    }
  }
  const columns = Object.fromEntries(
    Object.entries(positions).map(([key, column]) => [key, columnLetter(column)]),
  ) as Partial<Record<ValueColumnKey, string>>;
  if (problems.length > 0) return { info, rows: [], problems, columns };
  // One row per indicator: a sheet beyond the plan size limit is refused before any row is read.
  const dataRows = [...sheet.rows.keys()].filter((number) => number > headerRow).length;
  if (dataRows > PLAN_LIMITS.valuesWorkbookRows)
    return { info, rows: [], problems, columns, tooManyRows: dataRows };

  const rows: ImportRow[] = [];
  for (const [number, cells] of sheet.rows) {
    if (number <= headerRow) continue;
    const read = readRow(cells, number, positions, lang, problems);
    if (read) rows.push(read);
  }
  return { info, rows, problems, columns };
}

function readRow(
  row: ReadonlyMap<number, CellRead>,
  number: number,
  positions: Partial<Record<ValueColumnKey, number>>,
  lang: Lang,
  problems: WorkbookErrorDetail[],
): ImportRow | null {
  const cells = new Map<ValueColumnKey, CellInput>();
  for (const key of READ_KEYS) {
    const column = positions[key];
    if (column !== undefined) cells.set(key, row.get(column)?.input ?? { kind: 'empty' });
  }
  if ([...cells.values()].every((cell) => cell.kind === 'empty')) return null;
  const failed = new Set<ValueColumnKey>();
  const problem = <K extends ImportMessageKey>(
    key: ValueColumnKey,
    code: string,
    message: K,
    params: ImportMessageParams[K],
  ): void => {
    failed.add(key);
    problems.push(
      cellProblem(VALUES_SHEET, number, positions[key] as number, code, importMessage(message, params, lang)),
    );
  };
  for (const [key, cell] of cells) {
    if (cell.kind === 'formula') {
      problem(key, 'FORMULA_NOT_ALLOWED', 'FORMULA_NOT_ALLOWED', { header: columnHeader(key) });
    } else if (cell.kind === 'error') {
      problem(key, 'CELL_ERROR', 'CELL_ERROR', { value: cell.value });
    }
  }
  const code = cells.get('indicator') as CellInput;
  let indicator = '';
  if (code.kind === 'text') indicator = code.value.trim();
  else if (code.kind === 'empty') {
    problem('indicator', 'INDICATOR_MISSING', 'INDICATOR_MISSING', {});
  } else if (code.kind !== 'formula' && code.kind !== 'error') {
    problem('indicator', 'TEXT_EXPECTED', 'TEXT_EXPECTED.indicator', {});
  }
  const periodCell = cells.get('period') as CellInput;
  let period = '';
  if (periodCell.kind === 'text') period = periodCell.value.trim();
  // Excel turns a typed 2025 into a number.
  else if (periodCell.kind === 'number' && Number.isInteger(periodCell.value))
    period = String(periodCell.value);
  else if (periodCell.kind !== 'formula' && periodCell.kind !== 'error') {
    problem('period', 'VALUE_PERIOD', 'VALUE_PERIOD.missing', {});
  }
  const value = readNumber(cells.get('value') as CellInput, () =>
    problem('value', 'VALUE_NOT_NUMBER', 'VALUE_NOT_NUMBER', {}),
  );
  const texts = {
    note: null as string | null,
    deviationReason: null as string | null,
    evidenceUrl: null as string | null,
  };
  for (const key of ['note', 'deviationReason', 'evidenceUrl'] as const) {
    const cell = cells.get(key);
    if (!cell) continue;
    if (key === 'evidenceUrl') {
      const link = row.get(positions[key] as number)?.hyperlink?.trim();
      if (link) {
        texts[key] = link;
        continue;
      }
    }
    texts[key] = cellText(cell, formatDate, () =>
      problem(key, 'TEXT_EXPECTED', 'TEXT_EXPECTED', { header: columnHeader(key) }),
    );
  }
  for (const key of ['note', 'deviationReason'] as const) {
    const value = texts[key];
    if (value !== null && value.length > VALUE_TEXT_MAX) {
      problem(key, 'TOO_LONG', 'TOO_LONG', { max: VALUE_TEXT_MAX });
    }
  }
  const link = texts.evidenceUrl?.trim() || null;
  texts.evidenceUrl = link;
  if (link !== null && (link.length > EVIDENCE_URL_MAX || !EVIDENCE_URL_PATTERN.test(link))) {
    problem('evidenceUrl', 'EVIDENCE_URL', 'EVIDENCE_URL', { max: EVIDENCE_URL_MAX });
  }
  const versionCell = cells.get('version');
  const version =
    versionCell?.kind === 'number' && Number.isInteger(versionCell.value) && versionCell.value >= 1
      ? versionCell.value
      : undefined;
  return { row: number, indicator, period, value, ...texts, version, failed: [...failed] };
}

function readNumber(cell: CellInput, refuse: () => void): number | null {
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number' && Number.isFinite(cell.value)) return cell.value;
  if (cell.kind === 'text' && /^\s*[-+]?\d{1,15}\s*$/.test(cell.value)) return Number(cell.value);
  if (cell.kind !== 'formula' && cell.kind !== 'error') refuse();
  return null;
}

/** A date Excel made of typed text, back as Turkish date text (15.03.2025). */
function formatDate(date: Date): string {
  const pad = (part: number): string => String(part).padStart(2, '0');
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

function findHeader(
  sheet: SheetCells,
): { headerRow: number; positions: Partial<Record<ValueColumnKey, number>> } | null {
  const byHeader = new Map<string, ValueColumnKey>(
    VALUE_COLUMNS.map((column) => [normalise(column.header), column.key]),
  );
  for (const [number, cells] of sheet.rows) {
    if (number > HEADER_SCAN_ROWS) break;
    const positions: Partial<Record<ValueColumnKey, number>> = {};
    for (const [column, cell] of cells) {
      if (cell.input.kind !== 'text') continue;
      const key = byHeader.get(normalise(cell.input.value));
      if (key && positions[key] === undefined) positions[key] = column;
    }
    if (positions.indicator !== undefined) return { headerRow: number, positions };
  }
  return null;
}

function readInfo(sheet: SheetCells | undefined): WorkbookInfo {
  const info: WorkbookInfo = { planId: { value: null, row: 0 }, period: { value: null, row: 0 } };
  if (!sheet) return info;
  for (const [number, cells] of sheet.rows) {
    const label = cells.get(1)?.input;
    if (label?.kind !== 'text') continue;
    const value = cells.get(2)?.input;
    const read =
      value?.kind === 'text' ? value.value.trim() : value?.kind === 'number' ? String(value.value) : null;
    if (label.value.trim() === INFO_LABELS.planId) info.planId = { value: read, row: number };
    if (label.value.trim() === INFO_LABELS.period) info.period = { value: read, row: number };
  }
  return info;
}

function columnHeader(key: ValueColumnKey): string {
  return VALUE_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

function normalise(header: string): string {
  return header.replace(/\s+/g, ' ').trim().toLocaleLowerCase('tr');
}
