import type { IndicatorProgress, ProgressResponse } from '../../../src/contracts/progress.js';
import type { PublicPlan } from '../../../src/contracts/public.js';
import { formatNumber, formatRate } from '../../lib/format.js';
import { translate, type Lang } from '../../lib/i18n.js';
import { isMidYear } from '../../lib/band.js';

/** One aim of the public page in plain words: a lead sentence and one sentence per indicator with data. */
export interface AimSummary {
  code: string;
  title: string;
  lead: string;
  sentences: string[];
}

/**
 * The plain-language summary of the public page (issue 11, point 9), written from the approved
 * figures of one assessed period. An indicator's name cannot be conjugated, so each sentence has
 * one safe form: "Dikilen ağaç sayısı: 2022 yıl sonunda 15.500 adet (hedef 9.000 adet, %172,2)."
 * Codes (A1, H1.1, PG1.1.1) and the A/B/C labels stay out; they belong to the details view.
 * An indicator not due in the period (a yearly one at 30 June) is neither counted nor written;
 * one without data is counted and never read as 0.
 */
export function aimSummaries(
  plan: Pick<PublicPlan, 'aims'>,
  progress: Pick<ProgressResponse, 'period' | 'year' | 'aims'>,
  lang: Lang,
): AimSummary[] {
  const figures = new Map<string, IndicatorProgress>();
  const notDue = new Set<string>();
  for (const aim of progress.aims)
    for (const target of aim.targets) {
      for (const indicator of target.indicators) figures.set(indicator.code, indicator);
      for (const excluded of target.excluded) if (excluded.reason === 'NOT_DUE') notDue.add(excluded.code);
    }
  const midYear = isMidYear(progress.period);
  const periodWords = translate(
    lang,
    midYear ? 'transparency.summaryPeriodH1' : 'transparency.summaryPeriodYear',
    {
      year: progress.year,
    },
  );
  return plan.aims.map((aim) => {
    const due = aim.targets
      .flatMap((target) => target.indicators)
      .filter((indicator) => !notDue.has(indicator.code));
    const withData = due.flatMap((indicator) => {
      const figure = figures.get(indicator.code);
      return figure && figure.actual !== null ? [{ indicator, figure }] : [];
    });
    const reached = withData.filter(({ figure }) => figure.rate !== null && figure.rate >= 100).length;
    return {
      code: aim.code,
      title: aim.title,
      lead: leadSentence(due.length, withData.length, reached, periodWords, lang),
      sentences: withData.map(({ indicator, figure }) =>
        indicatorSentence(indicator.name, indicator.unit, figure, progress.year, midYear, lang),
      ),
    };
  });
}

function leadSentence(due: number, withData: number, reached: number, period: string, lang: Lang): string {
  if (due === 0) return translate(lang, 'transparency.summaryNothingDue', { period });
  if (withData === 0) return translate(lang, 'transparency.summaryNoData', { due: count(due, lang), period });
  const reachedText =
    reached === 0
      ? translate(lang, 'transparency.summaryNoneReached')
      : translate(lang, 'transparency.summaryReached', { reached: possessive(reached, lang) });
  return translate(
    lang,
    withData === due && due > 1 ? 'transparency.summaryAllData' : 'transparency.summaryLead',
    {
      due: count(due, lang),
      withData: possessive(withData, lang),
      period,
      reached: reachedText,
    },
  );
}

function indicatorSentence(
  name: string,
  unit: string | null,
  figure: IndicatorProgress,
  year: number,
  midYear: boolean,
  lang: Lang,
): string {
  const targetKey =
    figure.targetBasis === 'half-year'
      ? 'transparency.summaryTargetHalfYear'
      : midYear
        ? 'transparency.summaryTargetYearEnd'
        : 'transparency.summaryTarget';
  const target =
    figure.target === null ? null : translate(lang, targetKey, { value: amount(figure.target, unit, lang) });
  const inBrackets = [target, figure.rate === null ? null : formatRate(figure.rate, lang)].filter(
    (part): part is string => part !== null,
  );
  return translate(lang, midYear ? 'transparency.summaryIndicatorH1' : 'transparency.summaryIndicator', {
    name: name.trim().replace(/[.:]$/, ''),
    year,
    value: amount(figure.actual as number, unit, lang),
    bracket: inBrackets.length === 0 ? '' : ` (${inBrackets.join(', ')})`,
  });
}

/** 15500 "adet" → "15.500 adet"; a percentage unit reads "%45,5" (tr) or "45.5%" (en). */
export function amount(value: number, unit: string | null, lang: Lang): string {
  const text = unit?.trim() ?? '';
  if (text === '%') return formatRate(value, lang);
  return text ? `${formatNumber(value, lang, 2)} ${text}` : formatNumber(value, lang, 2);
}

function count(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

/**
 * "3'ü", "2'si", "10'u": a count with the Turkish third-person possessive, whose vowel follows
 * the last word the number is read with (üç, iki, on…). English takes the plain number.
 */
export function possessive(value: number, lang: Lang): string {
  const text = count(value, lang);
  return lang === 'tr' ? `${text}'${possessiveSuffix(value)}` : text;
}

const UNITS = ['ı', 'i', 'si', 'ü', 'ü', 'i', 'sı', 'si', 'i', 'u']; // sıfır, bir, iki, üç, dört, beş, altı, yedi, sekiz, dokuz
const TENS = ['', 'u', 'si', 'u', 'ı', 'si', 'ı', 'i', 'i', 'ı']; // on, yirmi, otuz, kırk, elli, altmış, yetmiş, seksen, doksan

export function possessiveSuffix(value: number): string {
  const n = Math.abs(Math.trunc(value));
  if (n === 0) return UNITS[0];
  if (n % 10 !== 0) return UNITS[n % 10];
  if (n % 100 !== 0) return TENS[(n % 100) / 10];
  if (n % 1000 !== 0) return 'ü'; // yüz
  if (n % 1_000_000 !== 0) return 'i'; // bin
  if (n % 1_000_000_000 !== 0) return 'u'; // milyon
  return 'ı'; // milyar
}
