import { texts, writerOf, type ParamsOf } from './typed-texts.js';

/*
 * The texts of the report downloads (src/modules/reports/) that are answered in the request's
 * language: why a report refuses a period. The workbooks themselves are Turkish; their words for
 * stored codes are the labels of src/contracts/labels.ts.
 */

/** `years`: the plan period, "2025–2029". */
type Years = { years: string };

export const REPORT_TEXTS = {
  'REPORT_PERIOD.monitoring': texts<Years>(
    (p) => `İzleme tablosu bir yarıyıl içindir: dönem YYYY-H1 olmalı (${p.years} içinde)`,
    (p) => `The monitoring table is for a half year: period must be YYYY-H1 within ${p.years}`,
  ),
  'REPORT_PERIOD.evaluation': texts<Years>(
    (p) => `Değerlendirme tablosu bir yıl içindir: dönem YYYY olmalı (${p.years} içinde)`,
    (p) => `The evaluation table is for a year: period must be YYYY within ${p.years}`,
  ),
  'REPORT_PERIOD.audit': texts<Years>(
    (p) =>
      `dönem bir değerlendirme dönemi olmalı: YYYY-H1 (30 Haziran izleme) veya YYYY (yıl sonu) (${p.years} içinde)`,
    (p) =>
      `period must be an assessment period: YYYY-H1 (30 June monitoring) or YYYY (year end) within ${p.years}`,
  ),
  'REPORT_PERIOD.plan': texts<Years>(
    (p) => `dönem YYYY-H1 (30 Haziran izleme) veya YYYY (yıl sonu değerlendirme) olmalı (${p.years} içinde)`,
    (p) => `period must be YYYY-H1 (30 June monitoring) or YYYY (year-end evaluation) within ${p.years}`,
  ),
};

export type ReportTextKey = keyof typeof REPORT_TEXTS;
export type ReportTextParams = ParamsOf<typeof REPORT_TEXTS>;

/** Writes the report text `key` in `lang`. */
export const reportText = writerOf<ReportTextParams>(REPORT_TEXTS);
