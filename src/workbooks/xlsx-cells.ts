/**
 * A lean reader of the cells of an .xlsx whose parts are already unpacked and checked
 * (`checkWorkbookUpload`): sheet names, shared and inline strings, numbers, booleans, errors,
 * dates (by their number format), formulas (detected, never evaluated) and hyperlink targets.
 * Nothing else (styles beyond date formats, merges, validations, drawings) is read.
 *
 * Why not ExcelJS for this: a 10,000-row values workbook takes ExcelJS about 20 times longer to
 * load (it builds a style object for every cell and expands validated ranges), which alone
 * would spend the import's time budget. ExcelJS still reads workbooks where the whole model is
 * wanted (`readWorkbookUpload`).
 *
 * The XML is read by `scanXml`, a tokenizer that visits each character a bounded number of
 * times whatever the input (no backtracking patterns over a whole part: a crafted part cannot
 * make it quadratic); malformed XML throws `XmlError`.
 */

/** What an importer finds in a cell; formulas are never evaluated. */
export type CellInput =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'formula' }
  | { kind: 'error'; value: string };

/**
 * A cell read into a text column, as written: a number or a date typed there becomes its text
 * (the date by `formatDate`). Empty cells, formulas and error values give null (importers refuse
 * the last two on their own terms); a boolean is not text: `refuse` is called and null returned.
 */
export function cellText(
  input: CellInput,
  formatDate: (date: Date) => string,
  refuse: () => void,
): string | null {
  switch (input.kind) {
    case 'text':
      return input.value;
    case 'number':
      return String(input.value);
    case 'date':
      return formatDate(input.value);
    case 'boolean':
      refuse();
      return null;
    default:
      return null;
  }
}

export interface CellRead {
  input: CellInput;
  /** The target of a hyperlink on the cell, when it has one. */
  hyperlink?: string;
}

export interface SheetCells {
  name: string;
  /** Rows in sheet order: row number → column number (1-based) → cell. Rows without cells are absent. */
  rows: Map<number, Map<number, CellRead>>;
}

/** The sheets of a workbook in tab order, by name; `only` limits which sheets are read. */
export function readSheetCells(
  parts: ReadonlyMap<string, Buffer>,
  only?: readonly string[],
): Map<string, SheetCells> {
  const workbook = readWorkbookPart(parts);
  const relations = readRelations(parts, 'xl/_rels/workbook.xml.rels', 'xl/');
  const strings = readSharedStrings(parts);
  const dateStyles = readDateStyles(parts);
  const sheets = new Map<string, SheetCells>();
  for (const sheet of workbook.sheets) {
    if (only && !only.includes(sheet.name)) continue;
    const path = relations.get(sheet.relationId);
    const xml = path ? parts.get(path)?.toString('utf8') : undefined;
    if (!path || xml === undefined) {
      sheets.set(sheet.name, { name: sheet.name, rows: new Map() });
      continue;
    }
    const links = readHyperlinks(xml, readRelations(parts, relationsPathOf(path), directoryOf(path)));
    sheets.set(sheet.name, {
      name: sheet.name,
      rows: readRows(xml, { strings, dateStyles, date1904: workbook.date1904, links }),
    });
  }
  return sheets;
}

/** Sheet names in tab order (as the workbook part lists them). */
export function sheetNames(parts: ReadonlyMap<string, Buffer>): string[] {
  return readWorkbookPart(parts).sheets.map((sheet) => sheet.name);
}

// ---------------------------------------------------------------------------------------------
// The tokenizer

export class XmlError extends Error {}

export interface XmlHandler {
  /** An element starts; `name` without its namespace prefix, `attributes` as written. */
  open?(name: string, attributes: string, selfClosing: boolean): void;
  close?(name: string): void;
  /** Text between tags, raw (entities not decoded) unless it is CDATA. */
  text?(raw: string, cdata: boolean): void;
}

/** Visits the tags and text of an XML document in order, in one pass. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text?.(xml.slice(at), false);
      return;
    }
    if (lt > at) handler.text?.(xml.slice(at, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        at = after(xml, '-->', lt + 4);
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = after(xml, ']]>', lt + 9);
        handler.text?.(xml.slice(lt + 9, end - 3), true);
        at = end;
      } else {
        at = after(xml, '>', lt + 2);
      }
      continue;
    }
    if (next === 63 /* ? */) {
      at = after(xml, '?>', lt + 2);
      continue;
    }
    // The tag ends at the first > outside a quoted attribute value.
    let end = lt + 1;
    let quote = 0;
    for (; end < length; end += 1) {
      const code = xml.charCodeAt(end);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) {
        quote = code;
      } else if (code === 62) {
        break;
      }
    }
    if (end >= length) throw new XmlError(`unterminated tag at ${lt}`);
    if (next === 47 /* / */) {
      handler.close?.(localName(xml.slice(lt + 2, end).trim()));
    } else {
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const last = selfClosing ? end - 1 : end;
      let split = lt + 1;
      while (split < last && !isSpace(xml.charCodeAt(split))) split += 1;
      const name = localName(xml.slice(lt + 1, split));
      handler.open?.(name, split < last ? xml.slice(split, last) : '', selfClosing);
      if (selfClosing) handler.close?.(name);
    }
    at = end + 1;
  }
}

function after(xml: string, token: string, from: number): number {
  const found = xml.indexOf(token, from);
  if (found < 0) throw new XmlError(`unterminated ${token} at ${from}`);
  return found + token.length;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value (decoded) by its name; `*:id` matches any prefix. */
export function attribute(attributes: string, name: string): string | undefined {
  // A plain search first: this runs for every cell.
  if (!name.startsWith('*')) {
    const at = attributes.indexOf(` ${name}="`);
    if (at >= 0) {
      const start = at + name.length + 3;
      const end = attributes.indexOf('"', start);
      if (end >= 0) {
        const raw = attributes.slice(start, end);
        return raw.includes('&') ? decode(raw) : raw;
      }
    }
  }
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    const key = name.startsWith('*:') ? `[\\w.-]+:${name.slice(2)}` : name;
    pattern = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decode(match[1] ?? match[2]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Parts

interface RowContext {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  links: Map<string, string>;
}

interface OpenCell {
  attributes: string;
  formula: boolean;
  /** The text of <v> as written (entities not yet decoded); null without one. */
  value: string | null;
  /** The text of <is>, decoded; null without one. */
  inline: string | null;
}

function readRows(xml: string, context: RowContext): Map<number, Map<number, CellRead>> {
  const rows = new Map<number, Map<number, CellRead>>();
  let inData = false;
  let rowNumber = 0;
  let column = 0;
  let cells: Map<number, CellRead> | null = null;
  let cell: OpenCell | null = null;
  let collect: 'v' | 't' | null = null;
  let phonetic = 0;
  scanXml(xml, {
    open(name, attributes) {
      if (!inData) {
        inData = name === 'sheetData';
        return;
      }
      switch (name) {
        case 'row': {
          const declared = attribute(attributes, 'r');
          rowNumber = declared ? Number(declared) : rowNumber + 1;
          column = 0;
          cells = new Map();
          break;
        }
        case 'c': {
          const reference = attribute(attributes, 'r');
          column = reference ? columnNumber(reference) : column + 1;
          cell = { attributes, formula: false, value: null, inline: null };
          break;
        }
        case 'f':
          if (cell) cell.formula = true;
          break;
        case 'v':
          if (cell) {
            cell.value = cell.value ?? '';
            collect = 'v';
          }
          break;
        case 'is':
          if (cell) cell.inline = '';
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 't':
          if (cell !== null && cell.inline !== null && phonetic === 0) collect = 't';
          break;
      }
    },
    text(raw, cdata) {
      if (!cell || !collect) return;
      // A <v> is decoded when the cell is read (most are numbers that need none).
      if (collect === 'v') cell.value += cdata ? escapeText(raw) : raw;
      else cell.inline += cdata ? raw : decode(raw);
    },
    close(name) {
      if (!inData) return;
      switch (name) {
        case 'sheetData':
          inData = false;
          break;
        case 'v':
        case 't':
          collect = null;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 'c': {
          if (cell && cells) {
            const input = cellInput(cell, context);
            const link =
              context.links.size > 0 ? context.links.get(`${columnLetter(column)}${rowNumber}`) : undefined;
            if (input.kind !== 'empty' || link)
              cells.set(column, link ? { input, hyperlink: link } : { input });
          }
          cell = null;
          collect = null;
          break;
        }
        case 'row':
          if (cells && cells.size > 0) rows.set(rowNumber, cells);
          cells = null;
          break;
      }
    },
  });
  return rows;
}

function cellInput(cell: OpenCell, context: RowContext): CellInput {
  if (cell.formula) return { kind: 'formula' };
  const type = attribute(cell.attributes, 't') ?? 'n';
  const value = cell.value ?? undefined;
  switch (type) {
    case 's': {
      const shared = value === undefined ? undefined : context.strings[Number(value)];
      return textInput(shared ?? '');
    }
    case 'inlineStr':
      return textInput(cell.inline ?? '');
    case 'str':
      return textInput(decode(value ?? ''));
    case 'b':
      return value === undefined ? { kind: 'empty' } : { kind: 'boolean', value: value.trim() === '1' };
    case 'e':
      return { kind: 'error', value: decode(value ?? '#N/A') };
    case 'd': {
      const date = new Date(decode(value ?? ''));
      return Number.isNaN(date.getTime())
        ? { kind: 'error', value: 'invalid date' }
        : { kind: 'date', value: date };
    }
    default: {
      if (value === undefined || value.trim() === '') return { kind: 'empty' };
      const number = Number(value);
      if (!Number.isFinite(number)) return { kind: 'error', value: `not a number: ${decode(value)}` };
      const style = Number(attribute(cell.attributes, 's') ?? '0');
      if (context.dateStyles.has(style)) return { kind: 'date', value: excelDate(number, context.date1904) };
      return { kind: 'number', value: number };
    }
  }
}

function textInput(value: string): CellInput {
  return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
}

/** Shared strings: the text of each item, plain <t> or runs <r><t>; phonetic runs (<rPh>) are not text. */
function readSharedStrings(parts: ReadonlyMap<string, Buffer>): string[] {
  const xml = parts.get('xl/sharedStrings.xml')?.toString('utf8');
  if (!xml) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let collect = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && current !== null && phonetic === 0) collect = true;
    },
    text(raw, cdata) {
      if (collect) current += cdata ? raw : decode(raw);
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 't') collect = false;
    },
  });
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Indexes of the cell formats (cellXfs) whose number format shows a date. */
function readDateStyles(parts: ReadonlyMap<string, Buffer>): Set<number> {
  const xml = parts.get('xl/styles.xml')?.toString('utf8');
  const styles = new Set<number>();
  if (!xml) return styles;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = attribute(attributes, 'numFmtId');
        const code = attribute(attributes, 'formatCode');
        if (id !== undefined && code !== undefined) custom.set(Number(id), code);
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        formats.push(Number(attribute(attributes, 'numFmtId') ?? '0'));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) styles.add(index);
  });
  return styles;
}

/** A format code shows a date when, outside quoted text, colours and conditions, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Excel's serial day number as a date (UTC), counted as ExcelJS counts it (days 1–60 of 1900 aside). */
function excelDate(serial: number, date1904: boolean): Date {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * 86_400_000));
}

/** Hyperlink targets by cell address; a link over a range applies to each of its cells (up to 10,000). */
function readHyperlinks(xml: string, relations: Map<string, string>): Map<string, string> {
  const links = new Map<string, string>();
  if (!xml.includes('hyperlink')) return links;
  scanXml(xml, {
    open(name, attributes) {
      if (name !== 'hyperlink') return;
      const reference = attribute(attributes, 'ref');
      const id = attribute(attributes, '*:id');
      const target = id ? relations.get(id) : undefined;
      if (!reference || !target) return;
      const [from, to = from] = reference.split(':');
      const first = { row: rowOf(from), column: columnNumber(from) };
      const last = { row: rowOf(to), column: columnNumber(to) };
      if ((last.row - first.row + 1) * (last.column - first.column + 1) > 10_000) return;
      for (let row = first.row; row <= last.row; row += 1) {
        for (let column = first.column; column <= last.column; column += 1) {
          links.set(`${columnLetter(column)}${row}`, target);
        }
      }
    },
  });
  return links;
}

/** Relationship id → target: a part path for internal targets (resolved against `base`), the URL for external ones. */
function readRelations(parts: ReadonlyMap<string, Buffer>, path: string, base: string): Map<string, string> {
  const relations = new Map<string, string>();
  const xml = parts.get(path)?.toString('utf8');
  if (!xml) return relations;
  scanXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attribute(attributes, 'Id');
      const target = attribute(attributes, 'Target');
      if (!id || target === undefined) return;
      const external = attribute(attributes, 'TargetMode') === 'External';
      relations.set(id, external ? target : resolvePart(base, target));
    },
  });
  return relations;
}

function readWorkbookPart(parts: ReadonlyMap<string, Buffer>): {
  sheets: Array<{ name: string; relationId: string }>;
  date1904: boolean;
} {
  const sheets: Array<{ name: string; relationId: string }> = [];
  let date1904 = false;
  scanXml(parts.get('xl/workbook.xml')?.toString('utf8') ?? '', {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const value = attribute(attributes, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const sheetName = attribute(attributes, 'name');
        const relationId = attribute(attributes, '*:id');
        if (sheetName !== undefined && relationId) sheets.push({ name: sheetName, relationId });
      }
    },
  });
  return { sheets, date1904 };
}

function resolvePart(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

function relationsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function directoryOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** CDATA kept raw until decoding: its & and line ends are escaped so that decode gives them back. */
function escapeText(cdata: string): string {
  return cdata.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

/**
 * XML text as a parser gives it: line ends normalised to \n, entities and character references
 * resolved, then the _xHHHH_ escapes of OOXML strings.
 */
export function decode(raw: string): string {
  const value = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!value.includes('&') && !value.includes('_x')) return value;
  return value
    .replace(
      /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
      (_, hex?: string, dec?: string, name?: string) =>
        name ? ENTITIES[name] : codePoint(hex ? parseInt(hex, 16) : Number(dec)),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A character reference's character; one beyond Unicode becomes U+FFFD. */
function codePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** The column number of a cell reference ("B4" → 2); A → 1, Z → 26, AA → 27. */
export function columnNumber(reference: string): number {
  let number = 0;
  for (let index = 0; index < reference.length; index += 1) {
    let code = reference.charCodeAt(index);
    if (code === 36) continue; // $
    if (code >= 97 && code <= 122) code -= 32;
    if (code < 65 || code > 90) break;
    number = number * 26 + (code - 64);
  }
  return number;
}

function rowOf(reference: string): number {
  return Number(/\d+/.exec(reference)?.[0] ?? '0');
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
