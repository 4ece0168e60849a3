/**
 * Reads a .docx back for tests: the XML parts unzipped, and the text of word/document.xml as
 * paragraphs (the runs of each w:p joined), so a test checks what a reader of the document sees.
 */
import { strFromU8, unzipSync } from 'fflate';

/** How a report sheet prints: A4 landscape, one page wide, repeating the heading row 4. */
export const A4_LANDSCAPE_PRINT = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '4:4',
} as const;

export function docxParts(content: Uint8Array): Record<string, string> {
  const files = unzipSync(content, { filter: (file) => file.name.endsWith('.xml') });
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
};

/** The paragraphs of the document body as text, without the table of contents. */
export function docxParagraphs(content: Uint8Array): string[] {
  const xml = docxParts(content)['word/document.xml'] ?? '';
  return paragraphsOf(xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, ''));
}

/** The entries of the table of contents, as written in the file (before Word updates it). */
export function docxContents(content: Uint8Array): string[] {
  const xml = docxParts(content)['word/document.xml'] ?? '';
  return paragraphsOf(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? '').filter((entry) => entry !== '');
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => run[1].replace(/&(lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity]))
      .join(''),
  );
}
