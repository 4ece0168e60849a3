/**
 * The parts every Word document of Pusula is built from (the plan book, the activity report): A4
 * in twentieths of a point, Calibri, Turkish runs, headings, ruled tables whose header rows repeat
 * on every page, and "—" for a missing figure, never 0. Pure: `docx` only.
 */
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Footer,
  HeadingLevel,
  type ISectionOptions,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { trDate } from '../../contracts/labels.js';
import { formatNumber } from './rate-sheets.js';

/** A4 portrait in twentieths of a point, 2 cm margins. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = 1134;
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
export const FONT = 'Calibri';
export const MISSING = '—';
export const HEADER_FILL = 'DCE6F1';
export const AIM_FILL = 'F2F2F2';

/**
 * The one section of a Pusula document: A4 portrait with 2 cm margins, and a centred 9 pt footer
 * reading `footerLead` then "page / pages".
 */
export function a4Section(footerLead: string, children: FileChild[]): ISectionOptions {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: FONT,
            size: 18,
            children: [footerLead, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: { default: footer },
    children,
  };
}

export type Cell = string | number | null | undefined;

export function amount(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatNumber(value, 0);
}

export function number(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatNumber(value);
}

export function text(
  value: string,
  options: { bold?: boolean; size?: number; italics?: boolean } = {},
): TextRun {
  return new TextRun({ text: value, font: FONT, language: { value: 'tr-TR' }, ...options });
}

export function paragraph(value: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [text(value, options)], spacing: { after: 120 } });
}

export function heading(value: string, level: 1 | 2 | 3, pageBreak = false): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({
    heading: levels[level],
    pageBreakBefore: pageBreak,
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [text(value)],
  });
}

/**
 * The paragraph styles a table cell's text is written in (9 pt Calibri, Turkish; bold for header
 * and total rows, right-aligned for figures), declared once in the document's styles
 * (`DOCUMENT_STYLES`) instead of on every run: a cell is then `tc › tcPr › tcW`, its paragraph
 * naming the style and the bare text — a third of the elements it had, and docx's time grows with
 * the elements it writes. Every document built from `table`/`fieldTable` must use `DOCUMENT_STYLES`.
 */
export const CELL_STYLES = {
  plain: 'PusulaHucre',
  bold: 'PusulaHucreKalin',
  right: 'PusulaHucreSag',
  boldRight: 'PusulaHucreKalinSag',
} as const;

const CELL_RUN = { font: FONT, size: 18, language: { value: 'tr-TR' } } as const;

/** The documents' styles: Calibri 11 pt body text and the table cells' paragraph styles. */
export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: 22 } } },
  paragraphStyles: [
    { id: CELL_STYLES.plain, name: 'Tablo Hücresi', basedOn: 'Normal', run: CELL_RUN },
    {
      id: CELL_STYLES.bold,
      name: 'Tablo Hücresi Kalın',
      basedOn: 'Normal',
      run: { ...CELL_RUN, bold: true },
    },
    {
      id: CELL_STYLES.right,
      basedOn: 'Normal',
      name: 'Tablo Hücresi Sağa',
      run: CELL_RUN,
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: CELL_STYLES.boldRight,
      basedOn: 'Normal',
      name: 'Tablo Hücresi Kalın Sağa',
      run: { ...CELL_RUN, bold: true },
      paragraph: { alignment: AlignmentType.RIGHT },
    },
  ],
};

function cellStyle(bold: boolean | undefined, right: boolean | undefined): string {
  if (bold) return right ? CELL_STYLES.boldRight : CELL_STYLES.bold;
  return right ? CELL_STYLES.right : CELL_STYLES.plain;
}

/** Cell margins, set once on each table (`tblCellMar`) rather than on every cell. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

export function cell(
  value: Cell,
  options: { bold?: boolean; fill?: string; right?: boolean; span?: number } = {},
) {
  const shown = value === null || value === undefined ? MISSING : String(value);
  const style = cellStyle(options.bold, options.right);
  return new TableCell({
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: shown.split('\n').map((line) => new Paragraph({ style, children: [new TextRun(line)] })),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
/** Every table of the book is ruled all round and inside. */
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

/**
 * A table over the text width. `numeric` marks the columns written right-aligned; header rows
 * repeat on every page the table runs onto.
 */
export function table(
  header: string[],
  rows: Array<{ cells: Cell[]; bold?: boolean; fill?: string }>,
  options: { widths?: number[]; numeric?: number[]; width?: number } = {},
): Table {
  const widths = options.widths ?? header.map(() => 1);
  const width = options.width ?? TEXT_WIDTH;
  const total = widths.reduce((sum, share) => sum + share, 0);
  const columnWidths = widths.map((share) => Math.floor((width * share) / total));
  const numeric = new Set(options.numeric ?? []);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((title) => cell(title, { bold: true, fill: HEADER_FILL })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((value, index) =>
              cell(value, { bold: row.bold, fill: row.fill, right: numeric.has(index) }),
            ),
          }),
      ),
    ],
  });
}

/** A two-column table of labels and values (the card's head, the preparation dates). */
export function fieldTable(rows: Array<[string, Cell]>): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.floor(TEXT_WIDTH * 0.3), Math.floor(TEXT_WIDTH * 0.7)],
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, { bold: true, fill: HEADER_FILL }), cell(value)],
        }),
    ),
  });
}

export function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

/** Day.month.year, as Turkish documents write dates. */
export function bookDate(iso: string | undefined | null): string {
  return iso ? trDate(iso) : MISSING;
}
