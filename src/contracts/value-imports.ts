/**
 * The values workbook (issue 5): bulk entry of an assessment period's values. `GET
 * …/periods/:period/values-workbook` downloads the template (.xlsx, one row per indicator and
 * entry period the caller may enter); `POST` of the filled file (raw body, Content-Type
 * XLSX_CONTENT_TYPE of contracts/workbooks.ts) enters them all under the rules of one-by-one entry,
 * all or nothing. A refused import answers 400 `IMPORT_INVALID` whose details are
 * `WorkbookErrorDetail`s (sheet, row, column, code, message).
 */

/** The sheet holding the rows. */
export const VALUES_SHEET = 'Değerler';
/** The sheet naming the plan and the assessment period the workbook was made for. */
export const VALUES_INFO_SHEET = 'Bilgi';

/** Query of the POST: `?submit=true` also submits every entered draft or returned value. */
export interface ValueImportQuery {
  submit?: 'true' | 'false';
}

/** What an accepted import did, row by row of the workbook. */
export interface ValueImportResponse {
  planId: string;
  /** The assessment period: YYYY-H1 or YYYY. */
  period: string;
  /** Data rows read (blank rows are not counted). */
  rows: number;
  /** New entries (drafts, or submitted with ?submit=true). */
  created: number;
  /** Existing entries whose value, note, deviation reason or evidence changed. */
  updated: number;
  /** Rows equal to what is stored: nothing written for them. */
  unchanged: number;
  /** Rows with an empty value cell: no entry ("veri girilmedi"), never 0. */
  empty: number;
  /** Entries that went to submitted (only with ?submit=true). */
  submitted: number;
}
