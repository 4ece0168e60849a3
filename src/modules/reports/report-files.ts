/**
 * What a downloaded report is called and which period it is for: Turkish file names sent as
 * RFC 6266 / RFC 5987 `filename*` with an ASCII fallback, and the `?period` each report takes.
 * Pure.
 */
import { reportText } from '../../common/messages/report-texts.js';
import type { ReportKind } from '../../contracts/reports.js';
import type { Lang } from '../../contracts/validation.js';
import { parseAssessedPeriod, type Period } from '../periods/period-keys.js';

const REPORT_TITLES: Record<ReportKind, string> = {
  'target-cards': 'Hedef Kartları',
  monitoring: 'İzleme Tablosu',
  evaluation: 'Değerlendirme Tablosu',
  units: 'Sorumlu ve İşbirliği Birimleri',
  costing: 'Maliyetlendirme',
  audit: 'Denetim İzi',
  plan: 'Stratejik Plan',
  'situation-analysis': 'Durum Analizi',
};

/** "İzleme Tablosu 2025-H1 - 2025-2029 Stratejik Planı.xlsx", without characters file systems refuse. */
export function reportFileName(kind: ReportKind, planTitle: string, period?: string): string {
  return downloadFileName([REPORT_TITLES[kind], period, '-', planTitle], 'xlsx');
}

/** A download's file name from its parts: no control characters or characters Windows refuses. */
export function downloadFileName(parts: Array<string | undefined>, extension: 'xlsx' | 'docx'): string {
  const name = parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    // Control characters and characters Windows refuses in file names.
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .trim();
  return `${name}.${extension}`;
}

const ASCII_LETTERS: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ş: 's',
  Ş: 'S',
  ğ: 'g',
  Ğ: 'G',
  ü: 'u',
  Ü: 'U',
  ö: 'o',
  Ö: 'O',
  ç: 'c',
  Ç: 'C',
  â: 'a',
  î: 'i',
  û: 'u',
};

/**
 * `attachment; filename="Izleme Tablosu….xlsx"; filename*=UTF-8''%C4%B0zleme…`: the ASCII name
 * for old clients, the UTF-8 name (RFC 5987) for every browser since 2012.
 */
export function contentDisposition(fileName: string): string {
  const ascii = [...fileName]
    .map((char) => ASCII_LETTERS[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The period a report is for; null when `text` is not a period this report takes. */
export function reportPeriod(
  kind: 'monitoring' | 'evaluation' | 'audit' | 'plan',
  text: string,
  plan: { startYear: number; endYear: number },
): Period | null {
  const period = parseAssessedPeriod(text, plan.startYear, plan.endYear);
  if (!period) return null;
  if (kind === 'monitoring' && period.half !== 1) return null;
  if (kind === 'evaluation' && period.half !== null) return null;
  return period;
}

/** Why a period was refused, in the words of each report. */
export function periodProblem(
  kind: 'monitoring' | 'evaluation' | 'audit' | 'plan',
  plan: { startYear: number; endYear: number },
  lang: Lang,
): string {
  return reportText(`REPORT_PERIOD.${kind}`, { years: `${plan.startYear}–${plan.endYear}` }, lang);
}
