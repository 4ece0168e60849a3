import { Document, Packer, Paragraph } from 'docx';
import { docxParagraphs } from '../modules/reports/test-fixtures.js';
import { alternate, type BenchContext, median, report } from './measure.js';

/**
 * Issue 14: the activity report of the metropolitan plan's first year (`activity-report.docx`:
 * the results table of 400 indicators as 60 target tables, the evaluation's field tables, the
 * chart drawn as a PNG) over HTTP against the issue's 3 s, beside the floor of docx packing the
 * same text as plain paragraphs; and the performance workbook's time, printed. The ratio was
 * 8.4–9.5 while every cell carried its own margins, font, size and language (about 22 XML
 * elements); with those in the table's `tblCellMar` and the cells' paragraph styles (8 elements,
 * docs/performance.md) it is 3.2–3.8, so the bound is 6: it catches the per-cell properties
 * coming back.
 */
export async function activityReportBench(context: BenchContext): Promise<void> {
  const year = context.metropolitan.plan.startYear;
  const base = `${context.base}/api/plans/${context.metropolitanPlanId}/activity-reports/${year}`;
  const fetchFile = async (url: string): Promise<Buffer> => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${context.token}` } });
    if (!response.ok)
      throw new Error(`GET ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const documentOnce = (): Promise<Buffer> => fetchFile(`${base}/activity-report.docx`);
  const workbookOnce = (): Promise<Buffer> => fetchFile(`${base}/performance.xlsx`);
  const document = await documentOnce();
  const texts = docxParagraphs(document);
  console.log(
    `\nactivity-report.docx of the metropolitan plan (${year}): ${(document.length / 1024).toFixed(0)} KiB, ${texts.length} paragraphs`,
  );
  const plain = (): Promise<Buffer> =>
    Packer.toBuffer(new Document({ sections: [{ children: texts.map((text) => new Paragraph({ text })) }] }));
  const [floorSamples, documentSamples, workbookSamples] = await alternate(7, [
    plain,
    documentOnce,
    workbookOnce,
  ]);
  report({
    name: 'activity report of the metropolitan plan, activity-report.docx (HTTP)',
    value: median(documentSamples),
    unit: 'ms',
    floor: {
      name: `docx packing its ${texts.length} paragraphs as plain text`,
      value: median(floorSamples),
      maxRatio: 6,
    },
    limit: 3000,
  });
  console.log(
    `activity report of the metropolitan plan, performance.xlsx (HTTP): ${median(workbookSamples).toFixed(1)} ms (printed, no limit)`,
  );
}
