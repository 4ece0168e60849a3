/**
 * Workbook uploads: the one safe way to turn an uploaded .xlsx into an ExcelJS workbook.
 *
 * How a route receives an upload: the client sends the file itself as the request body with
 * `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
 * (`XLSX_CONTENT_TYPE`) to a route marked `@WorkbookUpload()` (any other route answers such a body
 * with 415); `registerWorkbookUploads` (called once in `configureApp`) lets Fastify
 * hand such a body over as a Buffer, within the app's body limit (`PUSULA_BODY_LIMIT`, default
 * 10 MiB; beyond it Fastify answers `413 PAYLOAD_TOO_LARGE`, as for any other body). The
 * controller takes the body as `unknown` and the content type header, and the service calls
 * `readWorkbookUpload` before anything else:
 *
 * ```ts
 * @Post('values/import')
 * @WorkbookUpload()
 * importValues(@Body() body: unknown, @Headers('content-type') contentType: string | undefined, …) {
 *   return this.imports.importValues(planId, body, contentType, …);
 * }
 * // in the service:
 * const workbook = await readWorkbookUpload(body, { contentType, requiredSheets: ['Değerler'], lang });
 * ```
 *
 * Every refusal is an AppError the filter turns into the one error body, before anything is
 * written: `413 PAYLOAD_TOO_LARGE` (over `maxBytes`), and 400 `UPLOAD_CONTENT_TYPE` (not an .xlsx
 * body), `UPLOAD_EMPTY`, `UPLOAD_CORRUPT` (not a zip, or a damaged one), `UPLOAD_ZIP_BOMB` (the
 * archive would unpack to more than the limits allow, or lies about its sizes),
 * `UPLOAD_TOO_MANY_CELLS` (more cells, merged or validated cells than the limits allow: ExcelJS
 * expands merged and validated ranges cell by cell), `UPLOAD_NOT_XLSX` (a zip that is not an Excel
 * workbook, or one ExcelJS cannot read) and `UPLOAD_MISSING_SHEETS` (a sheet the caller needs is
 * absent; one detail per sheet). A reader that finds more rows than it takes answers
 * `UPLOAD_TOO_MANY_ROWS` (`tooManyRows`).
 *
 * The archive is checked from its central directory before any entry is inflated (entry count,
 * declared sizes, compression ratio), then every entry is inflated once with its declared size as
 * a hard output cap and its CRC compared, and only then is it read: by ExcelJS
 * (`readWorkbookUpload`, the whole model) or by the lean cell reader of xlsx-cells.ts
 * (`readWorkbookCells`, values only: about 20 times faster on a 10,000-row sheet).
 *
 * Reading cells: `readCell` (ExcelJS) and the lean reader classify a cell alike (`CellInput`); a
 * formula is never evaluated (`kind: 'formula'`, which an importer reports with the cell's place
 * as `FORMULA_NOT_ALLOWED`).
 * Writing: ExcelJS writes a string value as text, never as a formula, so text beginning with
 * = + - @ stays text; set `{ formula }` values only for formulas the app itself builds.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { applyDecorators } from '@nestjs/common';
import { RouteConfig, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';
import ExcelJS from 'exceljs';
import type { Lang } from '../contracts/validation.js';
import { XLSX_CONTENT_TYPE, type WorkbookErrorDetail } from '../contracts/workbooks.js';
import { AppError, BadRequestError } from '../common/app-error.js';
import { errorMessage, type MessageParams } from '../common/messages/index.js';
import type { UploadReason } from '../common/messages/upload-reasons.js';
import {
  attribute,
  type CellInput,
  columnLetter,
  columnNumber,
  readSheetCells,
  scanXml,
  type SheetCells,
  sheetNames,
  XmlError,
} from './xlsx-cells.js';

export { XLSX_CONTENT_TYPE, columnLetter, columnNumber, type CellInput, type SheetCells };

export interface WorkbookUploadLimits {
  /** Largest accepted file (default 10 MiB; the app's body limit applies first). */
  maxBytes: number;
  /** Largest total of the entries' unpacked sizes (default 64 MiB). */
  maxUnpackedBytes: number;
  /** Most entries in the archive (default 1000; a workbook has a few dozen). */
  maxEntries: number;
  /** Highest unpacked / packed ratio of an entry larger than 1 MiB unpacked (default 250). */
  maxRatio: number;
  /** Most cells written in the worksheets (default 1,000,000). */
  maxCells: number;
  /** Most cells covered by merged ranges and data validations together (default 2,000,000). */
  maxExpandedCells: number;
}

export const DEFAULT_UPLOAD_LIMITS: WorkbookUploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxEntries: 1000,
  maxRatio: 250,
  maxCells: 1_000_000,
  maxExpandedCells: 2_000_000,
};

export interface WorkbookUploadOptions extends Partial<WorkbookUploadLimits> {
  /** The request's Content-Type header. */
  contentType: string | undefined;
  /** Sheet names the caller needs; each missing one is a detail of 400 UPLOAD_MISSING_SHEETS. */
  requiredSheets?: string[];
  lang?: Lang;
}

const WORKBOOK_UPLOAD = 'workbookUpload';

/**
 * Marks a workbook upload route: it takes an .xlsx body (and documents that in the OpenAPI
 * document). Every other route refuses one with 415 UNSUPPORTED_MEDIA_TYPE (app.setup.ts).
 */
export function WorkbookUpload(): MethodDecorator {
  return applyDecorators(ApiConsumes(XLSX_CONTENT_TYPE), RouteConfig({ [WORKBOOK_UPLOAD]: true }));
}

/** Whether a route's Fastify config (request.routeOptions.config) marks a workbook upload route. */
export function isWorkbookUploadRoute(config: unknown): boolean {
  return (
    typeof config === 'object' &&
    config !== null &&
    (config as Record<string, unknown>)[WORKBOOK_UPLOAD] === true
  );
}

/** Registers the raw .xlsx body parser: such a body reaches the controller as a Buffer. */
export function registerWorkbookUploads(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
}

/** An upload that passed every check: the file, its unpacked parts by path, its sheet names. */
export interface CheckedWorkbook {
  buffer: Buffer;
  parts: Map<string, Buffer>;
  sheets: string[];
}

/** Every check of an upload, the required sheets included; nothing is parsed beyond the sheet list. */
export function checkWorkbookUpload(body: unknown, options: WorkbookUploadOptions): CheckedWorkbook {
  const lang = options.lang ?? 'tr';
  const limits: WorkbookUploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...definedLimits(options) };
  const buffer = checkUploadBody(body, options.contentType, limits, lang);
  const entries = inspectZip(buffer, limits, lang);
  const parts = verifyEntries(buffer, entries, limits, lang);
  let sheets: string[];
  try {
    sheets = sheetNames(parts);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw notXlsx(lang, 'badXml', { name: 'xl/workbook.xml' });
  }
  assertSheets(sheets, options.requiredSheets ?? [], lang);
  return { buffer, parts, sheets };
}

/** Checks an uploaded body and reads it as an ExcelJS workbook; throws the app's 400 (or 413) errors. */
export async function readWorkbookUpload(
  body: unknown,
  options: WorkbookUploadOptions,
): Promise<ExcelJS.Workbook> {
  const checked = checkWorkbookUpload(body, options);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.buffer as unknown as ArrayBuffer);
  } catch {
    throw notXlsx(options.lang ?? 'tr', 'unreadable');
  }
  return workbook;
}

/** Checks an uploaded body and reads the cells of its sheets (all, or `sheets`) with the lean reader. */
export function readWorkbookCells(
  body: unknown,
  options: WorkbookUploadOptions & { sheets?: string[] },
): Map<string, SheetCells> {
  const checked = checkWorkbookUpload(body, options);
  try {
    return readSheetCells(checked.parts, options.sheets);
  } catch {
    throw notXlsx(options.lang ?? 'tr', 'sheetsUnreadable');
  }
}

/** The body as a Buffer of an .xlsx upload, or 413 / 400 UPLOAD_CONTENT_TYPE / UPLOAD_EMPTY. */
export function checkUploadBody(
  body: unknown,
  contentType: string | undefined,
  limits: Pick<WorkbookUploadLimits, 'maxBytes'>,
  lang: Lang,
): Buffer {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== XLSX_CONTENT_TYPE || !Buffer.isBuffer(body)) {
    const got = mediaType || undefined;
    const message = errorMessage('UPLOAD_CONTENT_TYPE', { expected: XLSX_CONTENT_TYPE, got }, lang);
    throw new BadRequestError('UPLOAD_CONTENT_TYPE', message);
  }
  if (body.length === 0) {
    throw new BadRequestError('UPLOAD_EMPTY', errorMessage('UPLOAD_EMPTY', {}, lang));
  }
  if (body.length > limits.maxBytes) {
    throw new AppError(
      413,
      'PAYLOAD_TOO_LARGE',
      errorMessage(
        'PAYLOAD_TOO_LARGE',
        { size: formatBytes(body.length), limit: formatBytes(limits.maxBytes) },
        lang,
      ),
    );
  }
  return body;
}

/** One entry of the zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  packedSize: number;
  unpackedSize: number;
  /** Where the packed data starts (after the local header). */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** Entries that unpack to less than this are never judged by their ratio. */
const RATIO_GRACE_BYTES = 1024 * 1024;

/**
 * Reads the central directory and judges it before anything is inflated: entry count, declared
 * unpacked sizes (each and in total), compression ratio, methods, encryption and bounds.
 */
export function inspectZip(
  buffer: Buffer,
  limits: Pick<WorkbookUploadLimits, 'maxEntries' | 'maxUnpackedBytes' | 'maxRatio'>,
  lang: Lang,
): ZipEntry[] {
  if (buffer.length < EOCD_SIZE || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw corrupt(lang, 'notZip');
  }
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) throw corrupt(lang, 'noDirectory');
  const count = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw corrupt(lang, 'zip64');
  }
  if (count > limits.maxEntries) {
    throw zipBomb(lang, 'tooManyEntries', { count, limit: limits.maxEntries });
  }
  if (directoryOffset + directorySize > eocd) throw corrupt(lang, 'directoryOutOfBounds');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw corrupt(lang, 'damagedDirectory');
    }
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const packedSize = buffer.readUInt32LE(at + 20);
    const unpackedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    if (at + 46 + nameLength > eocd) throw corrupt(lang, 'damagedDirectory');
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (packedSize === 0xffffffff || unpackedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw corrupt(lang, 'zip64');
    }
    if ((flags & 0x1) !== 0) {
      throw notXlsx(lang, 'encrypted', { name });
    }
    if (method !== 0 && method !== 8) throw corrupt(lang, 'compressionMethod', { name, method });
    total += unpackedSize;
    if (total > limits.maxUnpackedBytes) {
      throw zipBomb(lang, 'unpacksTooLarge', { limit: formatBytes(limits.maxUnpackedBytes) });
    }
    if (unpackedSize > RATIO_GRACE_BYTES && unpackedSize > packedSize * limits.maxRatio) {
      throw zipBomb(lang, 'ratio', {
        name,
        ratio: Math.round(unpackedSize / Math.max(packedSize, 1)),
        limit: limits.maxRatio,
      });
    }
    if (method === 0 && packedSize !== unpackedSize) throw corrupt(lang, 'inconsistentSizes', { name });
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
      throw corrupt(lang, 'noLocalHeader', { name });
    }
    const dataOffset =
      localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (dataOffset + packedSize > buffer.length) throw corrupt(lang, 'cutOff', { name });
    entries.push({ name: name.replace(/^\//, ''), method, flags, crc, packedSize, unpackedSize, dataOffset });
  }
  return entries;
}

/**
 * Inflates each entry with its declared size as the output cap (a lying size is a zip bomb),
 * compares the CRC, requires the parts of an xlsx and counts the worksheets' cells and the cells
 * that merged ranges and data validations cover.
 */
export function verifyEntries(
  buffer: Buffer,
  entries: ZipEntry[],
  limits: Pick<WorkbookUploadLimits, 'maxCells' | 'maxExpandedCells'>,
  lang: Lang,
): Map<string, Buffer> {
  const names = new Set(entries.map((entry) => entry.name));
  const missing = ['[Content_Types].xml', 'xl/workbook.xml'].filter((name) => !names.has(name));
  if (missing.length > 0) {
    throw notXlsx(lang, 'missingParts', { names: missing.join(', ') });
  }
  let cells = 0;
  let expanded = 0;
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    const data = inflateEntry(buffer, entry, lang);
    parts.set(entry.name, data);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    let counts: ReturnType<typeof countSheetCells>;
    try {
      counts = countSheetCells(data.toString('utf8'));
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      throw notXlsx(lang, 'badXml', { name: entry.name });
    }
    if (counts.maxColumn > MAX_COLUMNS || counts.maxRow > MAX_ROWS) {
      throw tooManyCells(lang, 'beyondExcel', { name: entry.name, rows: MAX_ROWS, columns: MAX_COLUMNS });
    }
    cells += counts.cells;
    expanded += counts.expanded;
    if (cells > limits.maxCells) {
      throw tooManyCells(lang, 'tooManyCells', { limit: limits.maxCells });
    }
    if (expanded > limits.maxExpandedCells) {
      throw tooManyCells(lang, 'tooManyExpanded', { limit: limits.maxExpandedCells });
    }
  }
  return parts;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Cells written, cells covered by merges and validations, and the largest row and column named. */
export function countSheetCells(xml: string): {
  cells: number;
  expanded: number;
  maxRow: number;
  maxColumn: number;
} {
  let cells = 0;
  let expanded = 0;
  let maxRow = 0;
  let maxColumn = 0;
  const cover = (ref: string): void => {
    for (const part of ref.trim().split(/\s+/)) {
      if (!part) continue;
      const box = rangeBox(part);
      expanded += (box.bottom - box.top + 1) * (box.right - box.left + 1);
      maxRow = Math.max(maxRow, box.bottom);
      maxColumn = Math.max(maxColumn, box.right);
    }
  };
  scanXml(xml, {
    open(name, attributes) {
      switch (name) {
        case 'c':
          cells += 1;
          break;
        case 'row':
          maxRow = Math.max(maxRow, Number(attribute(attributes, 'r') ?? '0') || 0);
          break;
        case 'col':
          maxColumn = Math.max(maxColumn, Number(attribute(attributes, 'max') ?? '0') || 0);
          break;
        case 'mergeCell':
          cover(attribute(attributes, 'ref') ?? '');
          break;
        case 'dataValidation':
          cover(attribute(attributes, 'sqref') ?? '');
          break;
      }
    },
  });
  return { cells, expanded, maxRow, maxColumn };
}

/** The rows and columns (1-based) of "B2", "B2:D9", "$B$2:$D$9", "B:D" or "2:9". */
export function rangeBox(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [first, second = first] = ref.replace(/\$/g, '').split(':');
  const a = cellPosition(first, 'start');
  const b = cellPosition(second, 'end');
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function cellPosition(text: string, side: 'start' | 'end'): { row: number; column: number } {
  const match = /^([A-Za-z]*)(\d*)$/.exec(text);
  const letters = match?.[1] ?? '';
  const digits = match?.[2] ?? '';
  // A whole column (B:D) or a whole row (2:9) stretches to the sheet's edge; garbage counts as the whole sheet.
  const wholeSheet = !match || (!letters && !digits);
  const column = letters && !wholeSheet ? columnNumber(letters) : side === 'start' ? 1 : MAX_COLUMNS;
  const row = digits && !wholeSheet ? Number(digits) : side === 'start' ? 1 : MAX_ROWS;
  return { row, column };
}

function inflateEntry(buffer: Buffer, entry: ZipEntry, lang: Lang): Buffer {
  const packed = buffer.subarray(entry.dataOffset, entry.dataOffset + entry.packedSize);
  let data: Buffer;
  if (entry.method === 0) {
    data = packed;
  } else {
    try {
      // One byte more than declared: an entry that inflates beyond its declared size is caught.
      data = inflateRawSync(packed, { maxOutputLength: entry.unpackedSize + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw zipBomb(lang, 'unpacksBeyondDeclared', { name: entry.name });
      }
      throw corrupt(lang, 'cannotUnpack', { name: entry.name });
    }
  }
  if (data.length > entry.unpackedSize) {
    throw zipBomb(lang, 'unpacksBeyondDeclared', { name: entry.name });
  }
  if (data.length !== entry.unpackedSize || crc32(data) !== entry.crc) {
    throw corrupt(lang, 'damagedEntry', { name: entry.name });
  }
  return data;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes at the very end.
  const stop = Math.max(0, buffer.length - EOCD_SIZE - 0xffff);
  for (let at = buffer.length - EOCD_SIZE; at >= stop; at -= 1) {
    if (
      buffer.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + buffer.readUInt16LE(at + 20) === buffer.length
    ) {
      return at;
    }
  }
  return -1;
}

function assertSheets(sheets: string[], required: string[], lang: Lang): void {
  const present = new Set(sheets);
  const missing = required.filter((name) => !present.has(name));
  if (missing.length === 0) return;
  const details: WorkbookErrorDetail[] = missing.map((sheet) => ({
    path: sheet,
    sheet,
    code: 'MISSING_SHEET',
    message: errorMessage('UPLOAD_MISSING_SHEETS', { sheet }, lang),
  }));
  throw new BadRequestError(
    'UPLOAD_MISSING_SHEETS',
    errorMessage('UPLOAD_MISSING_SHEETS', { sheets: missing.map((name) => `"${name}"`).join(', ') }, lang),
    details,
  );
}

/**
 * Classifies a cell for an import. Blank text counts as empty; rich text and hyperlinks are read
 * as their plain text; a formula (also a shared or array formula) is `formula`, never its result.
 */
export function readCell(cell: ExcelJS.Cell): CellInput {
  return classifyCellValue(cell.value);
}

export function classifyCellValue(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (value instanceof Date) return { kind: 'date', value };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  if ('richText' in value) {
    const text = value.richText.map((part) => part.text).join('');
    return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: text };
  }
  if ('text' in value && typeof value.text === 'string') {
    return value.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.text };
  }
  return { kind: 'error', value: 'unknown cell content' };
}

/** A problem at one cell, as a detail of the error body. */
export function cellProblem(
  sheet: string,
  row: number,
  column: number | string,
  code: string,
  message: string,
): WorkbookErrorDetail {
  const letter = typeof column === 'number' ? columnLetter(column) : column;
  return { path: `${sheet}!${letter}${row}`, sheet, row, column: letter, code, message };
}

function definedLimits(options: Partial<WorkbookUploadLimits>): Partial<WorkbookUploadLimits> {
  return Object.fromEntries(
    Object.entries({
      maxBytes: options.maxBytes,
      maxUnpackedBytes: options.maxUnpackedBytes,
      maxEntries: options.maxEntries,
      maxRatio: options.maxRatio,
      maxCells: options.maxCells,
      maxExpandedCells: options.maxExpandedCells,
    }).filter(([, value]) => value !== undefined),
  );
}

function corrupt(lang: Lang, reason: UploadReason, params: MessageParams = {}): BadRequestError {
  return new BadRequestError('UPLOAD_CORRUPT', errorMessage('UPLOAD_CORRUPT', { ...params, reason }, lang));
}

function notXlsx(lang: Lang, reason: UploadReason, params: MessageParams = {}): BadRequestError {
  return new BadRequestError('UPLOAD_NOT_XLSX', errorMessage('UPLOAD_NOT_XLSX', { ...params, reason }, lang));
}

function zipBomb(lang: Lang, reason: UploadReason, params: MessageParams = {}): BadRequestError {
  return new BadRequestError('UPLOAD_ZIP_BOMB', errorMessage('UPLOAD_ZIP_BOMB', { ...params, reason }, lang));
}

/**
 * 400 UPLOAD_TOO_MANY_ROWS: a workbook with more rows than its reader takes (PLAN_LIMITS of
 * plan-limits.ts: the values workbook, the target-card workbook); `message` names the limit.
 */
export function tooManyRows(message: string, sheet: string): BadRequestError {
  return new BadRequestError('UPLOAD_TOO_MANY_ROWS', message, [
    { path: sheet, code: 'UPLOAD_TOO_MANY_ROWS', message },
  ]);
}

function tooManyCells(lang: Lang, reason: UploadReason, params: MessageParams = {}): BadRequestError {
  return new BadRequestError(
    'UPLOAD_TOO_MANY_CELLS',
    errorMessage('UPLOAD_TOO_MANY_CELLS', { ...params, reason }, lang),
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
