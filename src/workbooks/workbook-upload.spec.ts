import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { AppError } from '../common/app-error.js';
import {
  classifyCellValue,
  columnLetter,
  columnNumber,
  countSheetCells,
  inspectZip,
  rangeBox,
  readWorkbookUpload,
  XLSX_CONTENT_TYPE,
  type WorkbookUploadOptions,
} from './workbook-upload.js';

interface ZipInput {
  name: string;
  data: Buffer;
  /** 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** What the central directory claims the entry unpacks to (default: the truth). */
  declaredSize?: number;
  flags?: number;
}

/**
 * The run of fields a local header and its central directory record share, from `at`: flags,
 * method, (time and date left 0), CRC-32, packed and unpacked size, name length.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  fields: {
    flags: number;
    method: number;
    crc: number;
    packedSize: number;
    size: number;
    nameLength: number;
  },
): void {
  header.writeUInt16LE(fields.flags, at);
  header.writeUInt16LE(fields.method, at + 2);
  header.writeUInt32LE(fields.crc, at + 8);
  header.writeUInt32LE(fields.packedSize, at + 12);
  header.writeUInt32LE(fields.size, at + 16);
  header.writeUInt16LE(fields.nameLength, at + 20);
}

/** A minimal zip writer: local headers, data, central directory, end record. */
function buildZip(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const method = input.method ?? 8;
    const packed = method === 8 ? deflateRawSync(input.data) : input.data;
    const name = Buffer.from(input.name, 'utf8');
    const crc = crc32(input.data);
    const size = input.declaredSize ?? input.data.length;
    const fields = {
      flags: input.flags ?? 0,
      method,
      crc,
      packedSize: packed.length,
      size,
      nameLength: name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 6, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeEntryFields(central, 8, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a real zip, unpacked, to rebuild it with changes. */
function unzip(buffer: Buffer): ZipInput[] {
  return inspectZip(buffer, { maxEntries: 1000, maxUnpackedBytes: 1e9, maxRatio: 1e9 }, 'en').map((entry) => {
    const packed = buffer.subarray(entry.dataOffset, entry.dataOffset + entry.packedSize);
    return { name: entry.name, data: entry.method === 8 ? inflateRawSync(packed) : Buffer.from(packed) };
  });
}

async function sampleWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Değerler');
  sheet.addRow(['Kod', 'Değer', 'Not']);
  sheet.addRow(['PG1.1.1', 115000, '=HYPERLINK("http://evil")']);
  workbook.addWorksheet('Bilgi');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const OPTIONS: WorkbookUploadOptions = { contentType: XLSX_CONTENT_TYPE, lang: 'en' };

/** Runs the upload and answers the AppError it throws (fails the test if none). */
async function refusal(body: unknown, options: Partial<WorkbookUploadOptions> = {}): Promise<AppError> {
  try {
    await readWorkbookUpload(body, { ...OPTIONS, ...options });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the upload was accepted');
}

describe('readWorkbookUpload: what is accepted', () => {
  it('reads a real workbook and finds the required sheets; text beginning with = stays text', async () => {
    const workbook = await readWorkbookUpload(await sampleWorkbook(), {
      ...OPTIONS,
      contentType: `${XLSX_CONTENT_TYPE}; charset=binary`,
      requiredSheets: ['Değerler', 'Bilgi'],
    });
    const cell = workbook.getWorksheet('Değerler')?.getCell('C2');
    expect(cell?.value).toBe('=HYPERLINK("http://evil")');
    expect(cell?.formula).toBeUndefined();
    expect(workbook.getWorksheet('Değerler')?.getCell('B2').value).toBe(115000);
  });
});

describe('readWorkbookUpload: what is refused', () => {
  it('another content type, or a body that is not raw bytes → 400 UPLOAD_CONTENT_TYPE', async () => {
    const file = await sampleWorkbook();
    expect(await refusal(file, { contentType: 'application/json' })).toMatchObject({
      statusCode: 400,
      code: 'UPLOAD_CONTENT_TYPE',
    });
    expect(await refusal(file, { contentType: undefined })).toMatchObject({ code: 'UPLOAD_CONTENT_TYPE' });
    expect(await refusal({ rows: [] })).toMatchObject({ code: 'UPLOAD_CONTENT_TYPE' });
    expect(await refusal('PK…')).toMatchObject({ code: 'UPLOAD_CONTENT_TYPE' });
  });

  it('an empty body → 400 UPLOAD_EMPTY', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ statusCode: 400, code: 'UPLOAD_EMPTY' });
  });

  it('a file over the size limit → 413 PAYLOAD_TOO_LARGE, as the body limit answers', async () => {
    const file = await sampleWorkbook();
    const error = await refusal(file, { maxBytes: file.length - 1 });
    expect(error).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(error.message).toMatch(/at most/);
  });

  it('text, a truncated zip or damaged data → 400 UPLOAD_CORRUPT', async () => {
    expect(await refusal(Buffer.from('Kod;Değer\nPG1.1.1;5\n'))).toMatchObject({ code: 'UPLOAD_CORRUPT' });
    const file = await sampleWorkbook();
    expect(await refusal(file.subarray(0, file.length - 40))).toMatchObject({ code: 'UPLOAD_CORRUPT' });
    // One flipped byte inside the first entry's packed data: inflation or the CRC catches it.
    const damaged = Buffer.from(file);
    const first = inspectZip(damaged, { maxEntries: 1000, maxUnpackedBytes: 1e9, maxRatio: 1e9 }, 'en')[0];
    damaged[first.dataOffset + Math.floor(first.packedSize / 2)] ^= 0xff;
    expect(await refusal(damaged)).toMatchObject({ code: 'UPLOAD_CORRUPT' });
  });

  it('a legacy .xls (an OLE compound file, also what password-protected workbooks are) → 400 UPLOAD_CORRUPT', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect(await refusal(ole)).toMatchObject({ code: 'UPLOAD_CORRUPT' });
  });

  it('a highly compressible large entry → 400 UPLOAD_ZIP_BOMB from the directory, before inflating', async () => {
    // 32 MiB of zeros packs to ~32 KiB: a ratio of about 1000 to 1.
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(32 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(bomb);
    expect(error).toMatchObject({ statusCode: 400, code: 'UPLOAD_ZIP_BOMB' });
    expect(error.message).toMatch(/compressed \d+ to 1/);
  });

  it('declared sizes over the total cap → 400 UPLOAD_ZIP_BOMB', async () => {
    const parts = Array.from({ length: 5 }, (_, index) => ({
      name: `xl/media/image${index}.png`,
      data: Buffer.alloc(1000, index),
    }));
    const error = await refusal(buildZip(parts), { maxUnpackedBytes: 4000 });
    expect(error).toMatchObject({ code: 'UPLOAD_ZIP_BOMB' });
    expect(error.message).toMatch(/unpack to more than/);
  });

  it('an entry that lies about its size → 400 UPLOAD_ZIP_BOMB, caught while inflating with a cap', async () => {
    const liar = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 4096 },
    ]);
    const error = await refusal(liar);
    expect(error).toMatchObject({ code: 'UPLOAD_ZIP_BOMB' });
    expect(error.message).toMatch(/more than it declares/);
  });

  it('too many entries → 400 UPLOAD_ZIP_BOMB', async () => {
    const parts = Array.from({ length: 30 }, (_, index) => ({ name: `x${index}`, data: Buffer.from('a') }));
    expect(await refusal(buildZip(parts), { maxEntries: 20 })).toMatchObject({ code: 'UPLOAD_ZIP_BOMB' });
  });

  it('a zip that is not a workbook, or an encrypted entry → 400 UPLOAD_NOT_XLSX', async () => {
    const plain = buildZip([{ name: 'hello.txt', data: Buffer.from('merhaba') }]);
    const error = await refusal(plain);
    expect(error).toMatchObject({ code: 'UPLOAD_NOT_XLSX' });
    expect(error.message).toMatch(/\[Content_Types\]\.xml and xl\/workbook\.xml missing/);
    const encrypted = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('x'), flags: 1 }]);
    expect(await refusal(encrypted)).toMatchObject({ code: 'UPLOAD_NOT_XLSX' });
  });

  it('a workbook whose parts ExcelJS cannot read → 400 UPLOAD_NOT_XLSX', async () => {
    const broken = unzip(await sampleWorkbook()).map((entry) =>
      entry.name === 'xl/workbook.xml' ? { ...entry, data: Buffer.from('<workbook><sheets><sheet') } : entry,
    );
    expect(await refusal(buildZip(broken))).toMatchObject({ code: 'UPLOAD_NOT_XLSX' });
  });

  it('a sheet or the workbook part that is not well-formed XML → 400 UPLOAD_NOT_XLSX', async () => {
    const entries = unzip(await sampleWorkbook());
    const broken = (name: string, xml: string): Buffer =>
      buildZip(entries.map((entry) => (entry.name === name ? { ...entry, data: Buffer.from(xml) } : entry)));
    const sheet = await refusal(
      broken('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"'),
    );
    expect(sheet).toMatchObject({ code: 'UPLOAD_NOT_XLSX' });
    expect(sheet.message).toMatch(/sheet1\.xml is not well-formed XML/);
    const workbook = await refusal(broken('xl/workbook.xml', '<workbook><sheets><sheet name="x'));
    expect(workbook).toMatchObject({ code: 'UPLOAD_NOT_XLSX' });
  });

  it('a missing required sheet → 400 UPLOAD_MISSING_SHEETS with one detail per sheet', async () => {
    const error = await refusal(await sampleWorkbook(), {
      requiredSheets: ['Değerler', 'Hedefler', 'Ayarlar'],
    });
    expect(error).toMatchObject({ code: 'UPLOAD_MISSING_SHEETS' });
    expect(error.details).toEqual([
      {
        path: 'Hedefler',
        sheet: 'Hedefler',
        code: 'MISSING_SHEET',
        message: 'The sheet "Hedefler" is missing',
      },
      { path: 'Ayarlar', sheet: 'Ayarlar', code: 'MISSING_SHEET', message: 'The sheet "Ayarlar" is missing' },
    ]);
  });

  it('a merged range or a data validation over the whole sheet → 400 UPLOAD_TOO_MANY_CELLS (ExcelJS would expand it)', async () => {
    const entries = unzip(await sampleWorkbook());
    const withRange = (fragment: string): Buffer =>
      buildZip(
        entries.map((entry) =>
          entry.name === 'xl/worksheets/sheet1.xml'
            ? {
                ...entry,
                data: Buffer.from(
                  entry.data.toString('utf8').replace('</worksheet>', `${fragment}</worksheet>`),
                ),
              }
            : entry,
        ),
      );
    expect(
      await refusal(withRange('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
    ).toMatchObject({
      code: 'UPLOAD_TOO_MANY_CELLS',
    });
    expect(
      await refusal(
        withRange(
          '<dataValidations count="1"><dataValidation type="decimal" sqref="A1:Z200000"/></dataValidations>',
        ),
      ),
    ).toMatchObject({ code: 'UPLOAD_TOO_MANY_CELLS' });
    expect(await refusal(withRange('<cols><col min="1" max="2000000000" width="9"/></cols>'))).toMatchObject({
      code: 'UPLOAD_TOO_MANY_CELLS',
    });
    expect(await refusal(await sampleWorkbook(), { maxCells: 3 })).toMatchObject({
      code: 'UPLOAD_TOO_MANY_CELLS',
    });
  });

  it('messages are Turkish by default', async () => {
    const error = await refusal(Buffer.alloc(0), { lang: undefined });
    expect(error.message).toBe('Yüklenen dosya boş');
  });
});

describe('cell and range helpers', () => {
  it('classifies cell values; formulas of any kind are never read as their result', () => {
    expect(classifyCellValue(null)).toEqual({ kind: 'empty' });
    expect(classifyCellValue('   ')).toEqual({ kind: 'empty' });
    expect(classifyCellValue(0)).toEqual({ kind: 'number', value: 0 });
    expect(classifyCellValue('=1+1')).toEqual({ kind: 'text', value: '=1+1' });
    expect(classifyCellValue({ formula: 'A1*2', result: 10 })).toEqual({ kind: 'formula' });
    expect(classifyCellValue({ sharedFormula: 'B2', result: 10 })).toEqual({ kind: 'formula' });
    expect(classifyCellValue({ richText: [{ text: 'sapma ' }, { text: 'nedeni' }] })).toEqual({
      kind: 'text',
      value: 'sapma nedeni',
    });
    expect(classifyCellValue({ text: 'kanıt', hyperlink: 'https://example.org/k' })).toEqual({
      kind: 'text',
      value: 'kanıt',
    });
    expect(classifyCellValue({ error: '#DIV/0!' })).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(classifyCellValue(true)).toEqual({ kind: 'boolean', value: true });
  });

  it('columns and ranges', () => {
    expect([1, 26, 27, 52, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'XFD']);
    expect(['A', 'Z', 'AA', 'xfd'].map(columnNumber)).toEqual([1, 26, 27, 16384]);
    expect(rangeBox('B2:D9')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(rangeBox('$D$9:$B$2')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(rangeBox('C5')).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(rangeBox('B:C')).toEqual({ top: 1, left: 2, bottom: 1_048_576, right: 3 });
    expect(rangeBox('2:3')).toEqual({ top: 2, left: 1, bottom: 3, right: 16384 });
  });

  it('counts cells, merged and validated areas of a sheet', () => {
    const xml =
      '<worksheet><cols><col min="1" max="3"/></cols><sheetData><row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row>' +
      '<row r="7"><c r="C7" t="s"><v>0</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>' +
      '<dataValidations><dataValidation sqref="E2:E11 G1"/></dataValidations><cfRule/><colorScale/></worksheet>';
    expect(countSheetCells(xml)).toEqual({ cells: 3, expanded: 4 + 10 + 1, maxRow: 11, maxColumn: 7 });
  });
});
