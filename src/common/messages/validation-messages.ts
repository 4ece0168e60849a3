import type { Lang } from '../../contracts/validation.js';
import { texts, type TypedTexts } from './typed-texts.js';

/**
 * The messages of the request checks (src/common/validation.ts): one text per detail code
 * (REQUIRED, INVALID_TYPE, …) in both languages, and a variant `<CODE>.<constraint>` where a
 * class-validator constraint says more (`INVALID_TYPE.isInt`, `INVALID_VALUE.arrayMaxSize`).
 * `field` names the detail's field (field-labels.ts: its label, or its path when it has none);
 * `min`, `max` and `values` are the bounds the DTO declares.
 */
export type ValidationParams = {
  field: string;
  min?: number;
  max?: number;
  /** The allowed values, joined: "butce, butce-disi". */
  values?: string;
  /** The English message the DTO wrote for the constraint, if it wrote one. */
  written?: string;
};

type ValidationTexts = TypedTexts<ValidationParams>;

const listed = (values: string | undefined): string => (values === undefined ? '' : `: ${values}`);

export const VALIDATION_MESSAGES = {
  REQUIRED: texts<ValidationParams>(
    (p) => `${p.field} gerekli: boş bırakılamaz`,
    (p) => `${p.field} is required and cannot be empty`,
  ),
  INVALID_TYPE: texts<ValidationParams>(
    (p) => `${p.field} türü yanlış`,
    (p) => `${p.field} has the wrong type`,
  ),
  'INVALID_TYPE.isString': texts<ValidationParams>(
    (p) => `${p.field} metin olmalı`,
    (p) => `${p.field} must be a string`,
  ),
  'INVALID_TYPE.isNumber': texts<ValidationParams>(
    (p) => `${p.field} sonlu bir sayı olmalı`,
    (p) => `${p.field} must be a finite number`,
  ),
  'INVALID_TYPE.isInt': texts<ValidationParams>(
    (p) => `${p.field} tam sayı olmalı`,
    (p) => `${p.field} must be an integer number`,
  ),
  'INVALID_TYPE.isBoolean': texts<ValidationParams>(
    (p) => `${p.field} true ya da false olmalı`,
    (p) => `${p.field} must be a boolean value (true or false)`,
  ),
  'INVALID_TYPE.isArray': texts<ValidationParams>(
    (p) => `${p.field} bir liste olmalı`,
    (p) => `${p.field} must be an array`,
  ),
  'INVALID_TYPE.isObject': texts<ValidationParams>(
    (p) => `${p.field} bir nesne olmalı`,
    (p) => `${p.field} must be an object`,
  ),
  'INVALID_TYPE.nestedValidation': texts<ValidationParams>(
    (p) => `${p.field} bir nesne ya da nesne listesi olmalı`,
    (p) => `${p.field} must be an object or a list of objects`,
  ),
  /** A text that is not Unicode: an unpaired surrogate (validation.ts unpairedSurrogatePaths). */
  'INVALID_TYPE.unpairedSurrogate': texts<ValidationParams>(
    (p) =>
      `${p.field || 'Değer'} eşi olmayan vekil karakter (tek başına \\uD800-\\uDFFF) içermeyen bir metin olmalı`,
    (p) =>
      `${p.field || 'The value'} must be text without unpaired surrogate characters (\\uD800-\\uDFFF alone)`,
  ),
  INVALID_ENUM: texts<ValidationParams>(
    (p) => `${p.field} izin verilen değerlerden biri olmalı${listed(p.values)}`,
    (p) => `${p.field} must be one of the allowed values${listed(p.values)}`,
  ),
  INVALID_DATE: texts<ValidationParams>(
    (p) => `${p.field} ISO 8601 biçiminde bir tarih olmalı (YYYY-AA-GG)`,
    (p) => `${p.field} must be an ISO 8601 date (YYYY-MM-DD)`,
  ),
  TOO_LONG: texts<ValidationParams>(
    (p) => (p.max === undefined ? `${p.field} çok uzun` : `${p.field} en çok ${p.max} karakter olmalı`),
    (p) =>
      p.max === undefined ? `${p.field} is too long` : `${p.field} must be at most ${p.max} characters long`,
  ),
  OUT_OF_RANGE: texts<ValidationParams>(
    (p) => `${p.field} izin verilen aralığın dışında`,
    (p) => `${p.field} is out of range`,
  ),
  'OUT_OF_RANGE.min': texts<ValidationParams>(
    (p) => (p.min === undefined ? `${p.field} çok küçük` : `${p.field} en az ${p.min} olmalı`),
    (p) => (p.min === undefined ? `${p.field} is too small` : `${p.field} must not be less than ${p.min}`),
  ),
  'OUT_OF_RANGE.max': texts<ValidationParams>(
    (p) => (p.max === undefined ? `${p.field} çok büyük` : `${p.field} en çok ${p.max} olmalı`),
    (p) => (p.max === undefined ? `${p.field} is too large` : `${p.field} must not be greater than ${p.max}`),
  ),
  INVALID_FORMAT: texts<ValidationParams>(
    (p) => `${p.field} beklenen biçimde değil`,
    (p) => `${p.field} is not in the expected format`,
  ),
  'INVALID_FORMAT.isUuid': texts<ValidationParams>(
    (p) => `${p.field} bir kimlik (UUID) olmalı`,
    (p) => `${p.field} must be an id (UUID)`,
  ),
  /* Patterns a DTO names by `formatVariant` (audit.dto.ts): what the field must look like. */
  'INVALID_FORMAT.auditInstant': texts<ValidationParams>(
    (p) => `${p.field} YYYY-AA-GG ya da YYYY-AA-GGTSS:dd[:ss[.ffffff]][Z|±SS:dd] biçiminde olmalı`,
    (p) => `${p.field} must be YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss[.ffffff]][Z|±HH:mm]`,
  ),
  'INVALID_FORMAT.userRef': texts<ValidationParams>(
    (p) => `${p.field} bir kullanıcı kimliği (UUID) ya da e-posta adresi olmalı`,
    (p) => `${p.field} must be a user id (UUID) or an e-mail address`,
  ),
  'INVALID_FORMAT.entryPeriod': texts<ValidationParams>(
    (p) => `${p.field} YYYY-H1, YYYY-H2 ya da YYYY biçiminde bir giriş dönemi olmalı`,
    (p) => `${p.field} must be YYYY-H1, YYYY-H2 or YYYY`,
  ),
  'INVALID_FORMAT.indicatorCode': texts<ValidationParams>(
    (p) => `${p.field} PG1.1.1 gibi bir gösterge kodu olmalı`,
    (p) => `${p.field} must be an indicator code such as PG1.1.1`,
  ),
  UNKNOWN_FIELD: texts<ValidationParams>(
    (p) => `${p.field} alanı tanınmıyor: gönderilmemeli`,
    (p) => `property ${p.field} should not exist`,
  ),
  INVALID_VALUE: texts<ValidationParams>(
    (p) => `${p.field} değeri geçersiz`,
    (p) => `${p.field} has an invalid value`,
  ),
  'INVALID_VALUE.minLength': texts<ValidationParams>(
    (p) => (p.min === undefined ? `${p.field} çok kısa` : `${p.field} en az ${p.min} karakter olmalı`),
    (p) =>
      p.min === undefined
        ? `${p.field} is too short`
        : `${p.field} must be at least ${p.min} characters long`,
  ),
  'INVALID_VALUE.isEmail': texts<ValidationParams>(
    (p) => `${p.field} geçerli bir e-posta adresi olmalı`,
    (p) => `${p.field} must be an e-mail address`,
  ),
  'INVALID_VALUE.arrayMaxSize': texts<ValidationParams>(
    (p) =>
      p.max === undefined ? `${p.field} çok fazla öğe içeriyor` : `${p.field} en çok ${p.max} öğe içermeli`,
    (p) =>
      p.max === undefined
        ? `${p.field} holds too many elements`
        : `${p.field} must contain at most ${p.max} elements`,
  ),
  'INVALID_VALUE.arrayMinSize': texts<ValidationParams>(
    (p) =>
      p.min === undefined ? `${p.field} çok az öğe içeriyor` : `${p.field} en az ${p.min} öğe içermeli`,
    (p) =>
      p.min === undefined
        ? `${p.field} holds too few elements`
        : `${p.field} must contain at least ${p.min} elements`,
  ),
  'INVALID_VALUE.isYearAmounts': texts<ValidationParams>(
    (p) => `${p.field} dört haneli yılları 0 ya da daha büyük sayılara eşlemeli`,
    (p) => `${p.field} must map 4-digit years to numbers ≥ 0`,
  ),
  'INVALID_VALUE.isYearValues': texts<ValidationParams>(
    (p) => `${p.field} dört haneli yılları sayılara eşlemeli`,
    (p) => `${p.field} must map 4-digit years to numbers`,
  ),
  'INVALID_VALUE.isTextList': texts<ValidationParams>(
    (p) =>
      `${p.field} ${p.max === undefined ? '' : `en çok ${p.max} `}boş olmayan metinden oluşan bir liste olmalı (her biri en çok 2000 karakter)`,
    (p) =>
      `${p.field} must be a list of ${p.max === undefined ? '' : `at most ${p.max} `}non-empty texts (at most 2000 characters each)`,
  ),
  'INVALID_VALUE.isPlainObject': texts<ValidationParams>(
    (p) => `${p.field} bir nesne olmalı`,
    (p) => `${p.field} must be an object`,
  ),
  'INVALID_VALUE.isUpdateCards': texts<ValidationParams>(
    (p) =>
      `${p.field} hedef kodlarını hedef kartı alanlarına eşlemeli: maliyet tahmini { "YYYY": 0 ya da daha büyük tutar } ve ${p.max === undefined ? '' : `en çok ${p.max} `}boş olmayan metinden oluşan listeler`,
    (p) =>
      `${p.field} must map target codes to card fields: a cost estimate { "YYYY": amount ≥ 0 } and lists of ${p.max === undefined ? '' : `at most ${p.max} `}non-empty texts`,
  ),
} satisfies Record<string, ValidationTexts>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** The catalogue's own texts for a pattern (Matches) check, by name. */
export type FormatVariant = 'auditInstant' | 'userRef' | 'entryPeriod' | 'indicatorCode';

/**
 * Validation options that name the catalogue text of a pattern check
 * (`Matches(PATTERN, formatVariant('entryPeriod'))`), so its message reads in both languages.
 */
export function formatVariant(variant: FormatVariant): {
  context: { variant: `INVALID_FORMAT.${FormatVariant}` };
} {
  return { context: { variant: `INVALID_FORMAT.${variant}` } };
}

function isKey(key: string): key is ValidationMessageKey {
  return key in VALIDATION_MESSAGES;
}

/**
 * The message of a detail `code` found by `constraint` (a class-validator constraint name) in
 * `lang`: the constraint's own variant when the catalogue has one, else the code's text. In
 * English, a message the DTO wrote for a constraint without a variant (a pattern's "a short code
 * such as PARK") says more than the code's text, and is kept.
 */
export function validationMessage(
  code: string,
  constraint: string | null,
  params: ValidationParams,
  lang: Lang,
): string {
  const variant = constraint?.startsWith(`${code}.`) ? constraint : `${code}.${constraint ?? ''}`;
  if (isKey(variant)) return VALIDATION_MESSAGES[variant][lang](params);
  if (lang === 'en' && params.written !== undefined) return params.written;
  return VALIDATION_MESSAGES[isKey(code) ? code : 'INVALID_VALUE'][lang](params);
}
