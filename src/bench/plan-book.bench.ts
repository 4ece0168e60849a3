import { Document, Packer, Paragraph } from 'docx';
import { docxParagraphs } from '../modules/reports/test-fixtures.js';
import { alternate, type BenchContext, median, report } from './measure.js';

/**
 * Issue 12: the metropolitan plan's plan book (`plan-book.docx`: every target card as tables)
 * over HTTP, against the 3 s, beside the floor of docx packing the same text as plain
 * paragraphs. Measured in December 2026: docx writes a table cell (borders, margins, shading,
 * its own paragraph) at 5–7 times a plain paragraph's cost, and packing is about three quarters
 * of the book's time, so the ratio bound is 10: it catches a book that grows slower per
 * paragraph than docx itself, not the price of tables. Since the cells name paragraph styles and
 * the tables carry the cell margins (issue 14, docs/performance.md), the ratio is 3.5–4.3.
 */
export async function planBookBench(context: BenchContext): Promise<void> {
  const url = `${context.base}/api/plans/${context.metropolitanPlanId}/reports/plan-book.docx`;
  const bookOnce = async (): Promise<Buffer> => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${context.token}` } });
    if (!response.ok)
      throw new Error(`GET ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const book = await bookOnce();
  const texts = docxParagraphs(book);
  console.log(
    `\nplan-book.docx of the metropolitan plan: ${(book.length / 1024).toFixed(0)} KiB, ${texts.length} paragraphs`,
  );
  const plain = (): Promise<Buffer> =>
    Packer.toBuffer(new Document({ sections: [{ children: texts.map((text) => new Paragraph({ text })) }] }));
  const [floorSamples, bookSamples] = await alternate(7, [plain, bookOnce]);
  report({
    name: 'plan book of the metropolitan plan, plan-book.docx (HTTP)',
    value: median(bookSamples),
    unit: 'ms',
    floor: {
      name: `docx packing its ${texts.length} paragraphs as plain text`,
      value: median(floorSamples),
      maxRatio: 10,
    },
    limit: 3000,
  });
}
