import type { EntryFigures } from '../../src/contracts/workflow.js';
import { h } from '../lib/dom.js';
import { formatNumber, formatRate } from '../lib/format.js';
import { translate, type Lang } from '../lib/i18n.js';
import { valueTypeLabel } from '../lib/labels.js';
import type { MessageKey } from '../messages/index.js';
import { isMidYear } from '../lib/band.js';

/**
 * What an entry row of the worklist and the approval queue says about its number (issue 11
 * point 6): the entry itself ("2025 ikinci yarı girişi: 5.200 adet"), the C it makes for its
 * assessment period by the value type ("Yıl sonu gerçekleşme (C): 15.500 adet"), B and the rate,
 * with the value type named. The figures are the server's (the progress engine's); nothing is
 * computed here.
 */

export interface FigureRow {
  period: string;
  value: number | null;
  figures: EntryFigures;
}

/** "2025 ikinci yarı girişi" for 2025-H2, "2025 yılı girişi" for a yearly entry. */
export function entryLabel(period: string, lang: Lang): string {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!match) return period;
  const key: MessageKey =
    match[2] === '1' ? 'entry.entryOfH1' : match[2] === '2' ? 'entry.entryOfH2' : 'entry.entryOfYear';
  return translate(lang, key, { year: match[1] });
}

/** The lines of a row's figures as [label, value, class] triples: pure, for the screens and tests. */
export function figureLines(row: FigureRow, lang: Lang): Array<[string, string, string]> {
  const { figures } = row;
  const unit = figures.unit ? ` ${figures.unit}` : '';
  const amount = (value: number): string => `${formatNumber(value, lang, 9)}${unit}`;
  const year = figures.assessmentPeriod.slice(0, 4);
  const midYear = isMidYear(figures.assessmentPeriod);
  const type = valueTypeLabel(figures.valueType, 'short', lang);
  const actual =
    figures.actual !== null
      ? `${amount(figures.actual)} (${type})`
      : figures.missingPeriods.length > 0
        ? translate(lang, 'entry.actualMissing', { periods: figures.missingPeriods.join(', ') })
        : translate(lang, 'common.noData');
  const rate =
    figures.rate === null
      ? translate(lang, 'common.noData')
      : `${formatRate(figures.rate, lang)}${
          figures.targetBasis === 'half-year'
            ? ` — ${translate(lang, 'entry.rateHalfYearNote')}`
            : midYear
              ? ` — ${translate(lang, 'common.midYearNote')}`
              : ''
        }`;
  return [
    [
      entryLabel(row.period, lang),
      row.value === null ? translate(lang, 'common.noData') : amount(row.value),
      'figure-entry',
    ],
    [
      translate(lang, 'entry.valueTypeLabel'),
      `${type}: ${valueTypeLabel(figures.valueType, 'hint', lang)}`,
      'figure-type',
    ],
    [translate(lang, midYear ? 'entry.actualMidYear' : 'entry.actualYearEnd'), actual, 'figure-actual'],
    [
      translate(lang, figures.targetBasis === 'half-year' ? 'entry.targetHalfYear' : 'entry.targetYearEnd', {
        year,
      }),
      figures.target === null ? translate(lang, 'common.noData') : amount(figures.target),
      'figure-target',
    ],
    [translate(lang, 'entry.rateLabel'), rate, 'figure-rate'],
  ];
}

/** The figures as the children of a `dl`; the entry's own value carries `valueClass`. */
export function figureItems(row: FigureRow, lang: Lang, valueClass: string): HTMLElement[] {
  return figureLines(row, lang).map(([label, value, kind]) =>
    h(
      'div',
      { class: kind },
      h('dt', {}, label),
      h('dd', kind === 'figure-entry' ? { class: valueClass } : {}, value),
    ),
  );
}

/** "3,1 – 15,8", "en az 3,1" or "en çok 15,8", with the unit. */
export function rangeText(
  range: { low: number | null; high: number | null },
  unit: string | null,
  lang: Lang,
): string {
  const suffix = unit ? ` ${unit}` : '';
  const low = range.low === null ? null : formatNumber(range.low, lang, 2);
  const high = range.high === null ? null : formatNumber(range.high, lang, 2);
  if (low !== null && high !== null)
    return `${translate(lang, 'entry.rangeBetween', { low, high })}${suffix}`;
  if (low !== null) return `${translate(lang, 'entry.rangeAtLeast', { low })}${suffix}`;
  if (high !== null) return `${translate(lang, 'entry.rangeAtMost', { high })}${suffix}`;
  return translate(lang, 'common.noData');
}

/** The "olağan dışı" badge of a value saved with a note outside the plausible range. */
export function implausibleBadge(title: string, lang: Lang): HTMLElement {
  return h('span', { class: 'implausible-badge', title }, translate(lang, 'entry.implausibleBadge'));
}
