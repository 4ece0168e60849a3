import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { Read } from '../../common/routes.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../contracts/workbooks.js';
import { contentDisposition } from './report-files.js';

/** The files a route sends: an Excel workbook or a Word document. */
const FILE_KINDS = {
  xlsx: { type: XLSX_CONTENT_TYPE, description: 'The workbook (.xlsx)' },
  docx: { type: DOCX_CONTENT_TYPE, description: 'The document (.docx)' },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** A file made for download: its name (Turkish letters kept) and its bytes. */
export interface DownloadFile {
  fileName: string;
  content: Buffer;
}

/** GET `path` that answers a file of `kind`, documented as such (the summary says which). */
export function ReadFile(path: string, summary: string, kind: FileKind = 'xlsx'): MethodDecorator {
  const { type, description } = FILE_KINDS[kind];
  return applyDecorators(
    Read(path, summary),
    ApiProduces(type),
    ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }),
  );
}

/** The file as the answer: its content type, its length and its name for the browser to save it as. */
export function download(file: DownloadFile, kind: FileKind = 'xlsx'): StreamableFile {
  return new StreamableFile(file.content, {
    type: FILE_KINDS[kind].type,
    disposition: contentDisposition(file.fileName),
    length: file.content.length,
  });
}
