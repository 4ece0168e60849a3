import { texts, type Catalogue, type ParamsOf } from './typed-texts.js';

/*
 * The messages of a target-card workbook coming back (src/modules/target-card-import/): a cell
 * that cannot be read, a row, column or sheet that is not known, a workbook that is not one.
 * The layout's own words (the A-cell label of an aim sheet, the header row's label, the format
 * name) come from target-card-layout.ts as params, so the messages name what the sheet shows.
 */
export const CARD_MESSAGES = {
  formula: texts<Record<string, never>>(
    () => 'Formül kabul edilmez; değeri yazın',
    () => 'Formulas are not accepted; type the value',
  ),
  number: texts<{ cell: string }>(
    (p) => `${p.cell} sayı olmalı`,
    (p) => `${p.cell} must be a number`,
  ),
  date: texts<{ cell: string }>(
    (p) => `${p.cell} GG.AA.YYYY tarihi olmalı`,
    (p) => `${p.cell} must be a DD.MM.YYYY date`,
  ),
  error: texts<Record<string, never>>(
    () => 'hücrede hata değeri var',
    () => 'the cell holds an error value',
  ),
  textExpected: texts<Record<string, never>>(
    () => 'metin olmalı',
    () => 'must be text',
  ),
  oneOf: texts<{ cell: string; allowed: string }>(
    (p) => `${p.cell} şunlardan biri olmalı: ${p.allowed}`,
    (p) => `${p.cell} must be one of ${p.allowed}`,
  ),
  unknownSheet: texts<{ sheet: string; row: number; label: string }>(
    (p) =>
      `"${p.sheet}" bir amaç sayfası değil: A${p.row} hücresinde "${p.label}" yazmalı; başka sayfa eklemeyin`,
    (p) => `"${p.sheet}" is not an aim sheet: cell A${p.row} must read "${p.label}"; do not add other sheets`,
  ),
  noAims: texts<Record<string, never>>(
    () => 'Çalışma kitabında amaç sayfası yok',
    () => 'The workbook has no aim sheet',
  ),
  unknownRow: texts<{ label: string }>(
    (p) => `A sütunundaki "${p.label}" tanınmıyor`,
    (p) => `"${p.label}" in column A is not a known row`,
  ),
  unknownColumn: texts<{ label: string }>(
    (p) => `"${p.label}" sütun başlığı tanınmıyor`,
    (p) => `the column header "${p.label}" is not known`,
  ),
  missingRow: texts<{ label: string }>(
    (p) => `"${p.label}" satırı yok`,
    (p) => `the row "${p.label}" is missing`,
  ),
  noTarget: texts<Record<string, never>>(
    () => 'Bu satır bir hedef kartına ait değil: önce "Hedef" satırı gelmeli',
    () => 'This row belongs to no target card: a "Hedef" row must come first',
  ),
  noHeader: texts<{ label: string; header: string }>(
    (p) => `"${p.label}" satırından sonra gösterge başlık satırı ("${p.header}") gelmeli`,
    (p) => `the indicator header row ("${p.header}") must follow the "${p.label}" row`,
  ),
  format: texts<{ format: string }>(
    (p) => `Bu bir Pusula hedef kartları çalışma kitabı değil ("${p.format}" bekleniyordu)`,
    (p) => `This is not a Pusula target-card workbook ("${p.format}" expected)`,
  ),
};

export type CardMessageKey = keyof typeof CARD_MESSAGES;
export type CardMessageParams = ParamsOf<typeof CARD_MESSAGES>;

/** The catalogue seen through its params, for `write(CARD_CATALOGUE, key, params, lang)` with a generic key. */
export const CARD_CATALOGUE: Catalogue<CardMessageParams> = CARD_MESSAGES;
