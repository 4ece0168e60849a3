import { periodLabel } from '../../src/contracts/labels.js';
import { serverNow } from './clock.js';
import { getLang, translate, type Lang } from './i18n.js';

/**
 * Numbers, rates and dates as a Turkish reader expects them (1.234,5; %65; 23.11.2026), or in
 * English. A missing figure is shown as "veri yok" / "no data", never as 0: every formatter
 * takes null and says so.
 */

const LOCALES: Record<Lang, string> = { tr: 'tr-TR', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function noData(lang: Lang = getLang()): string {
  return translate(lang, 'common.noData');
}

/** 1234.5 → "1.234,5" (tr) / "1,234.5" (en); at most `maxDigits` decimals. */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang = getLang(),
  maxDigits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noData(lang);
  return numberFormat(lang, { maximumFractionDigits: maxDigits }).format(value);
}

/** A realisation rate in percent (65.5 → "%65,5" / "65.5%"); one decimal. */
export function formatRate(rate: number | null | undefined, lang: Lang = getLang()): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return noData(lang);
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(rate / 100);
}

/** A plain YYYY-MM-DD date (no time zone shift): "2026-11-23" → "23.11.2026" / "23/11/2026". */
export function formatDate(isoDate: string | null | undefined, lang: Lang = getLang()): string {
  if (!isoDate) return noData(lang);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return lang === 'tr' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** A timestamp in the reader's time zone: "23.11.2026 14:05". */
export function formatDateTime(
  iso: string | null | undefined,
  lang: Lang = getLang(),
  timeZone?: string,
): string {
  if (!iso) return noData(lang);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** A period in the shared vocabulary: "2025-H1" → "2025 ara dönem (Ocak–Haziran)", "2025" → "2025 yıl sonu". */
export function formatPeriod(period: string, lang: Lang = getLang()): string {
  return periodLabel(period, lang, { months: true });
}

/** The assessed periods of a plan in time order: 2025-H1, 2025, 2026-H1, 2026, … */
export function assessedPeriods(startYear: number, endYear: number): string[] {
  const periods: string[] = [];
  for (let year = startYear; year <= endYear; year += 1) periods.push(`${year}-H1`, `${year}`);
  return periods;
}

const ISTANBUL_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Istanbul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today in Istanbul as YYYY-MM-DD, the day the server judges dates on (a date field's default,
 * days remaining): on the server's clock (lib/clock.ts), not the browser's.
 */
export function todayIso(now: Date = serverNow()): string {
  return ISTANBUL_DAY.format(now);
}
