/**
 * Excel workbooks the API accepts (issue 5). Uploads are sent as the raw file body with this
 * content type; a problem inside a workbook is reported as a detail naming its cell.
 */

/** The content type of an .xlsx upload (the request body is the file itself). */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The plan book (GET /api/plans/:planId/reports/plan-book.docx). */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * One problem found in an uploaded workbook, inside the error body's `details`. `path` is the
 * cell as Excel names it (`Değerler!G12`), or the sheet alone for a problem of a whole sheet.
 */
export interface WorkbookErrorDetail {
  path: string;
  code: string;
  message: string;
  sheet: string;
  /** 1-based row number as Excel shows it; absent for a problem of a whole sheet. */
  row?: number;
  /** Column letter as Excel shows it (A, B, … AA); absent for a problem of a whole row or sheet. */
  column?: string;
}
