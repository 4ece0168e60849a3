import type { ValueImportResponse } from '../../src/contracts/value-imports.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import {
  download,
  upload,
  type DownloadedFile,
  type DownloadOptions,
  type TransferProgress,
} from './http.js';

/**
 * The values workbook of an assessment period (src/contracts/value-imports.ts): the template
 * to fill in Excel, and the upload of a filled one, all or nothing. A refused upload is 400
 * IMPORT_INVALID whose details name each problem's sheet, row and column (WorkbookErrorDetail).
 */

const workbookPath = (planId: string, period: string): string =>
  `/plans/${encodeURIComponent(planId)}/periods/${encodeURIComponent(period)}/values-workbook`;

export function downloadValuesWorkbook(
  planId: string,
  period: string,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return download(workbookPath(planId, period), {
    query: { lang: options.lang },
    onProgress: options.onProgress,
    signal: options.signal,
  });
}

/** Sends the file itself as the body; `submit` also submits every entered draft or returned value. */
export function uploadValuesWorkbook(
  planId: string,
  period: string,
  file: Blob,
  options: {
    submit?: boolean;
    lang?: 'tr' | 'en';
    onProgress?: (progress: TransferProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<ValueImportResponse> {
  return upload<ValueImportResponse>('POST', workbookPath(planId, period), file, {
    contentType: XLSX_CONTENT_TYPE,
    query: {
      submit: options.submit ? 'true' : undefined,
      lang: options.lang,
    },
    onProgress: options.onProgress,
    signal: options.signal,
  });
}
