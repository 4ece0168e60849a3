import { periodLabel } from '../../contracts/labels.js';
import type { Lang } from '../../contracts/validation.js';
import { texts, writerOf, type ParamsOf } from './typed-texts.js';

/*
 * The messages of a values workbook import (src/modules/value-imports/): the cells a row cannot
 * be read from (values-workbook.ts), the rows that cannot be written and the workbook refused
 * as a whole (value-imports.service.ts), keyed by their detail or error code. Periods read as
 * labels in both languages ("2026 ikinci yarı", "2026 second half").
 */

const period = (key: string | null | undefined, lang: Lang): string | undefined =>
  key === null || key === undefined ? undefined : periodLabel(key, lang);

export const IMPORT_MESSAGES = {
  /* values-workbook.ts: the sheet and its cells. */
  MISSING_SHEET: texts<{ sheet: string }>(
    (p) => `"${p.sheet}" sayfası yok`,
    (p) => `The sheet "${p.sheet}" is missing`,
  ),
  'MISSING_COLUMN.headerRow': texts<{ header: string; rows: number }>(
    (p) => `İlk ${p.rows} satırda "${p.header}" başlıklı satır yok: şablonu kullanın`,
    (p) => `No header row with "${p.header}" in the first ${p.rows} rows: use the template`,
  ),
  MISSING_COLUMN: texts<{ header: string }>(
    (p) => `Başlık satırında "${p.header}" sütunu yok`,
    (p) => `The column "${p.header}" is missing from the header row`,
  ),
  FORMULA_NOT_ALLOWED: texts<{ header: string }>(
    (p) => `Hücrede formül var; ${p.header} doğrudan yazılmalı (formüller hesaplanmaz)`,
    (p) => `The cell holds a formula; enter the ${p.header} itself (formulas are never evaluated)`,
  ),
  CELL_ERROR: texts<{ value: string }>(
    (p) => `Hücrede hata değeri var (${p.value})`,
    (p) => `The cell shows an error (${p.value})`,
  ),
  INDICATOR_MISSING: texts<Record<string, never>>(
    () => 'Satırda giriş var ama gösterge kodu yok',
    () => 'The row has entries but no indicator code',
  ),
  'TEXT_EXPECTED.indicator': texts<Record<string, never>>(
    () => 'Gösterge kodu PG1.1.1 gibi bir metindir',
    () => 'An indicator code is text such as PG1.1.1',
  ),
  TEXT_EXPECTED: texts<{ header: string }>(
    (p) => `${p.header} metin olmalı`,
    (p) => `${p.header} must be text`,
  ),
  'VALUE_PERIOD.missing': texts<Record<string, never>>(
    () => 'Dönem yok (YYYY-H1, YYYY-H2 veya YYYY)',
    () => 'The period is missing (YYYY-H1, YYYY-H2 or YYYY)',
  ),
  VALUE_NOT_NUMBER: texts<Record<string, never>>(
    () => 'Değer bir sayı olmalı (binlik ayırıcı olmadan yazın ya da veri yoksa boş bırakın)',
    () =>
      'The value must be a number (type it without thousands separators, or leave the cell empty for no entry)',
  ),
  TOO_LONG: texts<{ max: number }>(
    (p) => `En çok ${p.max} karakter`,
    (p) => `At most ${p.max} characters`,
  ),
  EVIDENCE_URL: texts<{ max: number }>(
    (p) => `Kanıt bağlantısı en çok ${p.max} karakterlik bir http(s) adresi olmalı`,
    (p) => `The evidence link must be an http(s) address of at most ${p.max} characters`,
  ),

  /* value-imports.service.ts: the rows and the workbook. */
  IMPORT_EMPTY: texts<Record<string, never>>(
    () => 'Çalışma kitabında veri satırı yok',
    () => 'The workbook has no data rows',
  ),
  PERIOD_INVALID: texts<{ period: string; start: number; end: number }>(
    (p) =>
      `"${p.period}" planın bir değerlendirme dönemi değil: ${p.start}–${p.end} içinde YYYY-H1 veya YYYY`,
    (p) =>
      `"${p.period}" is not an assessment period of the plan: YYYY-H1 or YYYY within ${p.start}–${p.end}`,
  ),
  UNKNOWN_INDICATOR: texts<{ code: string }>(
    (p) => `Planda ${p.code} göstergesi yok`,
    (p) => `The plan has no indicator ${p.code}`,
  ),
  /** An entry period of another assessment period (`belongs`) than the workbook's (`assessed`). */
  'VALUE_PERIOD.otherWorkbook': texts<{ period: string; belongs: string; assessed: string }>(
    (p) =>
      `${period(p.period, 'tr')}, ${period(p.assessed, 'tr')} değil ${period(p.belongs, 'tr')} değerlendirme dönemine girer: o dönemin çalışma kitabını kullanın`,
    (p) =>
      `${period(p.period, 'en')} belongs to the assessment period ${period(p.belongs, 'en')}, not ${period(p.assessed, 'en')}: use that period's workbook`,
  ),
  DUPLICATE_ROW: texts<{ code: string; period: string; first: number }>(
    (p) => `${p.code} ${period(p.period, 'tr')} ${p.first}. satırda zaten var`,
    (p) => `${p.code} ${period(p.period, 'en')} is already on row ${p.first}`,
  ),
  VALUE_MISSING: texts<Record<string, never>>(
    () => 'Değer boş: açıklama, sapma nedeni ve kanıt bağlantısı yalnızca bir değerle girilir',
    () => 'The value is empty: a note, deviation reason or evidence link is entered only with a value',
  ),
  NOT_YOUR_UNIT: texts<{ code: string }>(
    (p) => `${p.code} göstergesi başka bir birimin hedefine ait`,
    (p) => `Indicator ${p.code} belongs to a target of another unit`,
  ),
  STALE_VERSION: texts<{ code: string; period: string; version: number }>(
    (p) =>
      `${p.code} ${period(p.period, 'tr')} bu çalışma kitabı hazırlandıktan sonra girildi (sürüm ${p.version}): yeni bir çalışma kitabı indirin`,
    (p) =>
      `${p.code} ${period(p.period, 'en')} was entered (version ${p.version}) after this workbook was made: download a new one`,
  ),
  /** `plan`: the plan id the workbook names, if any. */
  WORKBOOK_PLAN: texts<{ plan?: string }>(
    (p) => `Çalışma kitabı başka bir plan için hazırlanmış (${p.plan ?? 'yok'})`,
    (p) => `The workbook was made for another plan (${p.plan ?? 'none'})`,
  ),
  /** `made`: the period the workbook names, if any. */
  WORKBOOK_PERIOD: texts<{ made?: string; period: string }>(
    (p) =>
      `Çalışma kitabı ${period(p.period, 'tr')} için değil ${period(p.made, 'tr') ?? 'başka bir dönem'} için hazırlanmış`,
    (p) =>
      `The workbook was made for the period ${period(p.made, 'en') ?? 'none'}, not ${period(p.period, 'en')}`,
  ),
  WORKBOOK_MISMATCH: texts<Record<string, never>>(
    () => 'Bu çalışma kitabı başka bir plana veya döneme ait: bu dönemin çalışma kitabını indirin',
    () => 'This workbook belongs to another plan or period: download the workbook of this period',
  ),
  IMPORT_INVALID: texts<{ count: number; rows: number }>(
    (p) => `Hiçbir değer kaydedilmedi: çalışma kitabının ${p.rows} satırında ${p.count} sorun var`,
    (p) => `Nothing was saved: ${p.count} problem(s) in ${p.rows} row(s) of the workbook`,
  ),
};

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;
export type ImportMessageParams = ParamsOf<typeof IMPORT_MESSAGES>;

/** Writes the message `key` of a values workbook import in `lang`. */
export const importMessage = writerOf<ImportMessageParams>(IMPORT_MESSAGES);
