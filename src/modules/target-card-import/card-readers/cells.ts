/**
 * The cells of a target-card workbook as the card readers take them: typed reads that report a
 * problem with its sheet, row and column, and the cell every document path came from. Pure.
 */
import type ExcelJS from 'exceljs';
import {
  CARD_CATALOGUE,
  type CardMessageKey,
  type CardMessageParams,
} from '../../../common/messages/card-messages.js';
import { write } from '../../../common/messages/typed-texts.js';
import type { Lang } from '../../../contracts/validation.js';
import type { WorkbookErrorDetail } from '../../../contracts/workbooks.js';
import { cellProblem, columnLetter, readCell, type CellInput } from '../../../workbooks/workbook-upload.js';
import { cellText } from '../../../workbooks/xlsx-cells.js';
import { codeOf, headerYear } from '../../reports/target-card-layout.js';

export type Json = Record<string, unknown>;

export interface Place {
  sheet: string;
  row: number;
  column: number;
}

export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
}

export class CellReader {
  readonly problems: WorkbookErrorDetail[] = [];
  readonly locations = new Map<string, CellLocation>();

  constructor(readonly lang: Lang) {}

  /** A message of the target-card catalogue in the reader's language. */
  say<K extends CardMessageKey>(key: K, params: CardMessageParams[K]): string {
    return write(CARD_CATALOGUE, key, params, this.lang);
  }

  at(sheet: ExcelJS.Worksheet, row: number, column: number): { input: CellInput; place: Place } {
    return { input: readCell(sheet.getRow(row).getCell(column)), place: { sheet: sheet.name, row, column } };
  }

  locate(path: string, place: Place): void {
    this.locations.set(path, { sheet: place.sheet, row: place.row, column: columnLetter(place.column) });
  }

  problem(place: Place, code: string, message: string): void {
    this.problems.push(cellProblem(place.sheet, place.row, place.column, code, message));
  }

  /** Formulas and error values are never read; answers whether the cell is usable. */
  usable(input: CellInput, place: Place): boolean {
    if (input.kind === 'formula') {
      this.problem(place, 'FORMULA_NOT_ALLOWED', this.say('formula', {}));
      return false;
    }
    if (input.kind === 'error') {
      this.problem(place, 'INVALID_TYPE', this.say('error', {}));
      return false;
    }
    return true;
  }

  /** Text as written (a number or date typed into a text column becomes its text). */
  readText(sheet: ExcelJS.Worksheet, row: number, column: number, path?: string): string | undefined {
    const { input, place } = this.at(sheet, row, column);
    if (path) this.locate(path, place);
    if (!this.usable(input, place)) return undefined;
    const value = cellText(input, isoDate, () =>
      this.problem(place, 'INVALID_TYPE', this.say('textExpected', {})),
    );
    return value ?? undefined;
  }

  /** A code: text without surrounding spaces. */
  readCode(sheet: ExcelJS.Worksheet, row: number, column: number, path?: string): string | undefined {
    return this.readText(sheet, row, column, path)?.trim();
  }

  /** A number: a number cell, or text that is plainly a number (1234,5 or 1234.5). */
  readNumber(sheet: ExcelJS.Worksheet, row: number, column: number, path: string): number | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    if (input.kind === 'number') return input.value;
    if (input.kind === 'text' && /^\s*[-+]?\d+(?:[.,]\d+)?\s*$/.test(input.value)) {
      return Number(input.value.trim().replace(',', '.'));
    }
    this.problem(place, 'INVALID_TYPE', this.say('number', { cell: this.label(sheet, place) }));
    return undefined;
  }

  readDate(sheet: ExcelJS.Worksheet, row: number, column: number, path: string): string | undefined {
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
    this.problem(place, 'INVALID_DATE', this.say('date', { cell: this.label(sheet, place) }));
    return undefined;
  }

  readEnum<T extends string>(
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
      this.problem(
        place,
        'INVALID_ENUM',
        this.say('oneOf', { cell: this.label(sheet, place), allowed: allowed.join(', ') }),
      );
      return undefined;
    }
    return code;
  }

  readMonths(sheet: ExcelJS.Worksheet, row: number, column: number, path: string): 6 | 12 | undefined {
    const { input, place } = this.at(sheet, row, column);
    this.locate(path, place);
    if (!this.usable(input, place) || input.kind === 'empty') return undefined;
    const value =
      input.kind === 'number' ? input.value : input.kind === 'text' ? Number(input.value.trim()) : NaN;
    if (value === 6 || value === 12) return value;
    this.problem(
      place,
      'INVALID_ENUM',
      this.say('oneOf', { cell: this.label(sheet, place), allowed: '6, 12' }),
    );
    return undefined;
  }

  /** What a cell is called in a message: its column header or row label when known. */
  label(sheet: ExcelJS.Worksheet, place: Place): string {
    return `${sheet.name}!${columnLetter(place.column)}${place.row}`;
  }

  columnA(sheet: ExcelJS.Worksheet, row: number): string {
    return this.headerText(sheet, row, 1);
  }

  isBlank(sheet: ExcelJS.Worksheet, row: number, columns: number): boolean {
    const cells = sheet.findRow(row);
    if (!cells) return true;
    for (let column = 1; column <= columns; column += 1) {
      if (readCell(cells.getCell(column)).kind !== 'empty') return false;
    }
    return true;
  }

  headerText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
    const input = readCell(sheet.getRow(row).getCell(column));
    return input.kind === 'text' ? input.value.trim() : input.kind === 'number' ? String(input.value) : '';
  }

  /**
   * Reads a header row from `firstColumn` on: `place` takes each written header (with the year it
   * names, if any) and answers whether it knows it; an unknown one is reported UNKNOWN_COLUMN.
   */
  readHeaders(
    sheet: ExcelJS.Worksheet,
    row: number,
    firstColumn: number,
    place: (header: string, year: number | null, column: number) => boolean,
  ): void {
    for (let column = firstColumn; column <= sheet.columnCount; column += 1) {
      const header = this.headerText(sheet, row, column);
      if (header === '' || place(header, headerYear(header), column)) continue;
      this.problem(
        { sheet: sheet.name, row, column },
        'UNKNOWN_COLUMN',
        this.say('unknownColumn', { label: header }),
      );
    }
  }

  /** Amounts by year from the given columns; undefined when every cell is empty. */
  amounts(
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

/** The object without its undefined fields (the document states only what the cells hold). */
export function compact(record: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** A date cell as YYYY-MM-DD (Excel dates carry no zone: read in UTC). */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A target card being read: its document path and the target as read so far. */
export interface Card {
  path: string;
  target: Json;
}
