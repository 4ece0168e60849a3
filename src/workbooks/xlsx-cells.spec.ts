import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { checkWorkbookUpload, classifyCellValue, XLSX_CONTENT_TYPE } from './workbook-upload.js';
import {
  type CellInput,
  decode,
  isDateFormat,
  readSheetCells,
  scanXml,
  type SheetCells,
  sheetNames,
  XmlError,
} from './xlsx-cells.js';

async function partsOf(workbook: ExcelJS.Workbook): Promise<Map<string, Buffer>> {
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return checkWorkbookUpload(file, { contentType: XLSX_CONTENT_TYPE }).parts;
}

function cellsOf(sheet: SheetCells | undefined): Record<string, CellInput | string> {
  const out: Record<string, CellInput | string> = {};
  for (const [row, cells] of sheet?.rows ?? []) {
    for (const [column, cell] of cells) {
      const key = `${String.fromCharCode(64 + column)}${row}`;
      out[key] = cell.input;
      if (cell.hyperlink) out[`${key}→`] = cell.hyperlink;
    }
  }
  return out;
}

/** A workbook's parts written by hand: what other programs (LibreOffice, SDKs) may produce. */
function handWritten(sheetXml: string, extra: Record<string, string> = {}): Map<string, Buffer> {
  const parts: Record<string, string> = {
    'xl/workbook.xml':
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr date1904="0"/><sheets><sheet name="Ay &amp; Yıl" sheetId="1" r:id="rId7"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
    'xl/worksheets/data.xml': sheetXml,
    ...extra,
  };
  return new Map(Object.entries(parts).map(([path, xml]) => [path, Buffer.from(xml)]));
}

describe('readSheetCells', () => {
  it('reads what ExcelJS wrote exactly as ExcelJS reads it back', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Değerler');
    sheet.addRow(['Kod', 0.1 + 0.2, -1234567.891, 1e-7, 'ş & <ğ> "ı"', true, false]);
    sheet.addRow([
      { formula: 'B1*2', result: 0.6 },
      { richText: [{ text: 'kalın ', font: { bold: true } }, { text: 'ince' }] },
    ]);
    sheet.getCell('C2').value = { error: '#DIV/0!' };
    sheet.getCell('D2').value = new Date(Date.UTC(2026, 2, 15));
    sheet.getCell('E2').value = { text: 'kanıt', hyperlink: 'https://belge.example/k?a=1&b=2' };
    sheet.getCell('F2').value = '=1+1';
    sheet.getCell('G2').value = 'satır\r\nsonu';
    sheet.getCell('A4').value = 42;
    sheet.getCell('B4').value = '   ';
    workbook.addWorksheet('Bilgi').getCell('B2').value = 'x';
    const parts = await partsOf(workbook);
    const mine = readSheetCells(parts);
    expect(sheetNames(parts)).toEqual(['Değerler', 'Bilgi']);
    expect([...mine.keys()]).toEqual(['Değerler', 'Bilgi']);

    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(await workbook.xlsx.writeBuffer());
    const expected: Record<string, CellInput | string> = {};
    theirs.getWorksheet('Değerler')?.eachRow((row, number) =>
      row.eachCell((cell, column) => {
        const input = classifyCellValue(cell.value);
        const key = `${String.fromCharCode(64 + column)}${number}`;
        if (input.kind !== 'empty') expected[key] = input;
        if (cell.hyperlink) expected[`${key}→`] = cell.hyperlink;
      }),
    );
    expect(cellsOf(mine.get('Değerler'))).toEqual(expected);
    expect(cellsOf(mine.get('Değerler'))).toMatchObject({
      B1: { kind: 'number', value: 0.30000000000000004 },
      A2: { kind: 'formula' },
      D2: { kind: 'date', value: new Date(Date.UTC(2026, 2, 15)) },
      F2: { kind: 'text', value: '=1+1' },
      'E2→': 'https://belge.example/k?a=1&b=2',
    });
    expect(cellsOf(mine.get('Değerler'))).not.toHaveProperty('B4');
  });

  it('reads only the sheets asked for', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').getCell('A1').value = 1;
    workbook.addWorksheet('B').getCell('A1').value = 2;
    expect([...readSheetCells(await partsOf(workbook), ['B']).keys()]).toEqual(['B']);
  });

  it('reads inline strings, prefixed tags, cells without references, shared formulas, booleans, str and d cells', () => {
    const parts = handWritten(
      '<x:worksheet xmlns:x="main"><x:sheetData>' +
        '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Park </x:t></x:r><x:r><x:t xml:space="preserve">alanı</x:t></x:r></x:is></x:c>' +
        '<x:c t="b"><x:v>1</x:v></x:c><x:c><x:v>7.25</x:v></x:c></x:row>' +
        '<x:row><x:c t="str"><x:v>_x000D_metin &#x15F;</x:v></x:c><x:c r="C3"><x:f t="shared" si="0"/><x:v>3</x:v></x:c>' +
        '<x:c r="D3" t="d"><x:v>2025-06-30T00:00:00Z</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(cellsOf(readSheetCells(parts).get('Ay & Yıl'))).toEqual({
      B2: { kind: 'text', value: 'Park alanı' },
      C2: { kind: 'boolean', value: true },
      D2: { kind: 'number', value: 7.25 },
      A3: { kind: 'text', value: '\rmetin ş' },
      C3: { kind: 'formula' },
      D3: { kind: 'date', value: new Date('2025-06-30T00:00:00Z') },
      E3: { kind: 'error', value: '#N/A' },
    });
  });

  it('leaves phonetic runs out of shared strings and reads dates by their number format', () => {
    const parts = handWritten(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45838</v></c>' +
        '<c r="C1" s="2"><v>45838</v></c><c r="D1" s="3"><v>0.5</v></c></row></sheetData></worksheet>',
      {
        'xl/sharedStrings.xml':
          '<sst><si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>',
        'xl/styles.xml':
          '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; m²&quot;"/></numFmts>' +
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      },
    );
    expect(cellsOf(readSheetCells(parts).get('Ay & Yıl'))).toEqual({
      A1: { kind: 'text', value: '東京' },
      B1: { kind: 'date', value: new Date(Date.UTC(2025, 5, 30)) },
      C1: { kind: 'number', value: 45838 },
      D1: { kind: 'date', value: new Date(Date.UTC(1899, 11, 30, 12)) },
    });
  });
});

describe('scanXml', () => {
  function events(xml: string): string[] {
    const seen: string[] = [];
    scanXml(xml, {
      open: (name, attributes, selfClosing) => seen.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (raw, cdata) => seen.push(cdata ? `cdata:${raw}` : `text:${raw}`),
    });
    return seen;
  }

  it('reads tags, prefixes, quoted > in attributes, comments, CDATA and processing instructions', () => {
    expect(
      events(`<?xml version="1.0"?><x:a k='v>1' j="2"><!-- <b> --><b/>t&amp;<![CDATA[<c>]]></x:a>`),
    ).toEqual([`<a k='v>1' j="2">`, '<b/>', '</b>', 'text:t&amp;', 'cdata:<c>', '</a>']);
  });

  it('refuses malformed XML, and stays linear on input crafted to make patterns backtrack', () => {
    expect(() => events('<a><b x="1"')).toThrow(XmlError);
    expect(() => events('<a><!-- never closed')).toThrow(XmlError);
    // 200,000 cells that never close their tag, and 200,000 unclosed rows: one pass each.
    const started = performance.now();
    expect(() => events(`<sheetData>${'<c r="A1"'.repeat(200_000)}`)).toThrow(XmlError);
    const rows = new Map<string, Buffer>([
      ['xl/workbook.xml', Buffer.from('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')],
      [
        'xl/_rels/workbook.xml.rels',
        Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>'),
      ],
      [
        'xl/worksheets/s.xml',
        Buffer.from(`<worksheet><sheetData>${'<row r="1"><c r="A1">'.repeat(200_000)}`),
      ],
    ]);
    expect(readSheetCells(rows).get('S')?.rows.size).toBe(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('format codes and text', () => {
  it('tells date formats from number formats', () => {
    expect(['dd.mm.yyyy', 'yyyy-mm-dd hh:mm', '[$-41F]d mmmm yyyy', 'mmm-yy'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['#,##0.00', '0%', 'General', '#,##0" gün"', '[Red]0.0', '0.00_);(0.00)'].map(isDateFormat),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('decodes entities, character references and _xHHHH_ escapes', () => {
    expect(decode('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#252; &#x11F; _x000A_')).toBe(
      'a & b <c> "d" \'e\' ü ğ \n',
    );
    expect(decode('düz metin')).toBe('düz metin');
  });
});
