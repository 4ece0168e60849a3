import ExcelJS from 'exceljs';
import { reportUrl } from '../contracts/reports.js';
import { addPlanWorkbookSheets } from '../modules/reports/plan-workbook.js';
import { ReportsService } from '../modules/reports/reports.service.js';
import { renderWorkbook } from '../modules/reports/workbook-format.js';
import { alternate, type BenchContext, median, mib, peakMemory, report, sample } from './measure.js';

/**
 * Issue 5: the metropolitan plan as one workbook (`plan.xlsx`: target cards, İzleme, Değerlendirme,
 * units matrix, costing) over HTTP, beside the floor of exceljs writing the same number of plain
 * cells the same way (the streaming writer), with the peak memory of one export; and, printed
 * for the choice of writer, the same workbook built in memory.
 */
export async function reportsBench(context: BenchContext): Promise<void> {
  const period = '2027';
  const url = `${context.base}${reportUrl(context.metropolitanPlanId, 'plan', period)}`;
  const exportOnce = async (): Promise<Buffer> => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${context.token}` } });
    if (!response.ok)
      throw new Error(`GET ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
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
  console.log(
    `\nplan.xlsx of the metropolitan plan (${period}): ${(file.length / 1024).toFixed(0)} KiB, ` +
      `${sheets.length} sheets, ${cells} cells`,
  );

  // The floor: the same cell values, without styles, merges or formats, through the same writer.
  const writePlain = (): Promise<Buffer> =>
    renderWorkbook((workbook) => {
      for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheet.name);
        sheet.rows.forEach((values, index) => {
          const row = worksheet.getRow(index + 1);
          values.forEach((value, column) => (row.getCell(column + 1).value = value));
          row.commit();
        });
        worksheet.commit();
      }
    });
  // Export and floor alternate, so that both meet the same load of a shared machine.
  const [floorSamples, exportSamples] = await alternate(9, [writePlain, exportOnce]);
  const floor = median(floorSamples);
  const exportTime = median(exportSamples);
  report({
    name: 'export of the metropolitan plan workbook plan.xlsx (HTTP)',
    value: exportTime,
    unit: 'ms',
    floor: { name: `exceljs streaming ${cells} plain cells to a buffer`, value: floor, maxRatio: 1.5 },
    limit: 1000,
  });

  const exportPeak = await peakMemory(exportOnce);
  const floorPeak = await peakMemory(writePlain);
  console.log(
    `plan.xlsx export, peak memory over the baseline: RSS +${mib(exportPeak.rss)} MiB, heap +${mib(exportPeak.heap)} MiB ` +
      `(floor: RSS +${mib(floorPeak.rss)} MiB, heap +${mib(floorPeak.heap)} MiB)`,
  );

  // Why the streaming writer: the same builders into an in-memory workbook, server side only.
  const reports = context.app.get(ReportsService);
  const { input } = await reports.planInput(context.metropolitanPlanId, period, 'tr');
  const streaming = (): Promise<Buffer> =>
    renderWorkbook((workbook) => addPlanWorkbookSheets(workbook, input));
  const inMemory = async (): Promise<Buffer> => {
    const workbook = new ExcelJS.Workbook();
    await addPlanWorkbookSheets(workbook, input);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const streamingTime = await sample(5, streaming, 1);
  const inMemoryTime = await sample(5, inMemory, 1);
  const streamingPeak = await peakMemory(streaming);
  const inMemoryPeak = await peakMemory(inMemory);
  console.log(
    `plan.xlsx build (no HTTP): streaming writer ${streamingTime.toFixed(0)} ms, heap +${mib(streamingPeak.heap)} MiB; ` +
      `in-memory workbook ${inMemoryTime.toFixed(0)} ms, heap +${mib(inMemoryPeak.heap)} MiB`,
  );
}
