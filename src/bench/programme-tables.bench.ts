import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { ECONOMIC_CODES } from '../contracts/programme.js';
import type { TargetDoc } from '../contracts/plan-document.js';
import { type BenchContext, median, report, time } from './measure.js';

/** Activities per performance target: 60 PHs × 5 = the 300 activities. */
const ACTIVITIES_PER_TARGET = 5;

/**
 * Issue 14: the performance programme of the metropolitan plan's first year (60 PHs, one per plan
 * target, 300 activities with costs by economic code and an off-budget source), its Tablo 1–5 as
 * one workbook (`tables.xlsx`) over HTTP against the 1 s and 1.5× the floor: exceljs's
 * streaming writer putting the same cell values into the same sheets, no styles, merges or
 * formats, and no Pusula code.
 */
export async function programmeTablesBench(context: BenchContext): Promise<void> {
  const year = context.metropolitan.plan.startYear;
  const base = `${context.base}/api/plans/${context.metropolitanPlanId}/programmes/${year}`;
  const headers = { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' };
  const send = async (method: string, url: string, body: unknown): Promise<void> => {
    const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
    if (!response.ok)
      throw new Error(`${method} ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    await response.arrayBuffer();
  };

  const targets: TargetDoc[] = context.metropolitan.plan.aims.flatMap((aim) => aim.targets);
  const started = performance.now();
  await send('PUT', base, { format: 'classic', generalAdministration: { budget: { '01': 4_500_000 } } });
  for (const [index, target] of targets.entries()) {
    const ph = `PH${index + 1}`;
    await send('POST', `${base}/targets`, { target: target.code, code: ph, explanation: `${target.title}` });
    for (let activity = 0; activity < ACTIVITIES_PER_TARGET; activity += 1) {
      // Costs spread over the economic codes so that Tablo 4 has every column filled.
      const first = ECONOMIC_CODES[(index + activity) % ECONOMIC_CODES.length];
      const second = ECONOMIC_CODES[(index + activity + 3) % ECONOMIC_CODES.length];
      await send('POST', `${base}/activities`, {
        target: ph,
        name: `${target.title} — faaliyet ${activity + 1}`,
        unit: target.responsibleUnit,
        description: `${ph} kapsamında yürütülecek ${activity + 1}. faaliyet`,
        budget: { [first]: 125_000 + index * 1_000 + activity * 250.5, [second]: 40_000 + activity * 10 },
        offBudget: activity % 2 === 0 ? { 'doner-sermaye': 15_000 + index * 100 } : {},
      });
    }
  }
  console.log(
    `\nperformance programme ${year} of the metropolitan plan: ${targets.length} PHs, ` +
      `${targets.length * ACTIVITIES_PER_TARGET} activities made over HTTP in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const exportOnce = async (): Promise<Buffer> => {
    const response = await fetch(`${base}/tables.xlsx`, {
      headers: { authorization: headers.authorization },
    });
    if (!response.ok)
      throw new Error(`GET tables.xlsx: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const file = await exportOnce();
  const produced = new ExcelJS.Workbook();
  await produced.xlsx.load(file as unknown as ArrayBuffer);
  const sheets = produced.worksheets.map((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => {
      const values: ExcelJS.CellValue[] = [];
      // Cells that hold a value; the empty cells a merged range covers are not counted.
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge) values.push(cell.value);
      });
      rows.push(values);
    });
    return { name: sheet.name, rows };
  });
  const cells = sheets.reduce(
    (total, sheet) => total + sheet.rows.reduce((sum, row) => sum + row.length, 0),
    0,
  );
  console.log(`tables.xlsx: ${(file.length / 1024).toFixed(0)} KiB, ${sheets.length} sheets, ${cells} cells`);

  // The floor: exceljs alone, the same writer kind (streaming, shared strings) and the same cells.
  const writePlain = async (): Promise<Buffer> => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: false,
      useSharedStrings: true,
    });
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      sheet.rows.forEach((values, index) => {
        const row = worksheet.getRow(index + 1);
        values.forEach((value, column) => (row.getCell(column + 1).value = value));
        row.commit();
      });
      worksheet.commit();
    }
    await workbook.commit();
    return Buffer.concat(chunks);
  };
  // Export and floor alternate, so that both meet the same load of a shared machine.
  for (let index = 0; index < 2; index += 1) {
    await writePlain();
    await exportOnce();
  }
  const floorSamples: number[] = [];
  const exportSamples: number[] = [];
  for (let index = 0; index < 9; index += 1) {
    floorSamples.push(await time(writePlain));
    exportSamples.push(await time(exportOnce));
  }
  report({
    name: `performance programme ${year} of the metropolitan plan, tables.xlsx (HTTP)`,
    value: median(exportSamples),
    unit: 'ms',
    floor: {
      name: `exceljs streaming ${cells} plain cells to a buffer`,
      value: median(floorSamples),
      maxRatio: 1.5,
    },
    limit: 1000,
  });
}
