import type { Coverage, ProgressBasis, ProgressResponse, RateBand } from '../../src/contracts/progress.js';
import { BAND_LABEL, basisText, bandStatus, coverageText, isMidYear, legendText } from '../lib/band.js';
import { h } from '../lib/dom.js';
import { formatRate } from '../lib/format.js';
import { getLang, t } from '../lib/i18n.js';
import type { StatusThresholds } from '../lib/status.js';

/**
 * A realisation rate as text, a bar coloured by the API's band and the band in words. No data
 * shows "veri yok" and an empty grey track, never a 0 bar; a rate resting on too little data
 * keeps its number but is greyed and reads "yetersiz veri". With a coverage, what the rate rests
 * on follows ("12/30 gösterge, ağırlık payı %41"). The bar is decoration (aria-hidden): the text
 * carries the figure.
 */
export function rateBar(
  rate: number | null,
  band: RateBand,
  options: { compact?: boolean; coverage?: Coverage } = {},
): HTMLElement {
  const status = bandStatus(band);
  const label = BAND_LABEL[band];
  const fill = h('span', { class: `rate-fill status-${status}` });
  // CSSOM, not a style attribute: the CSP allows no inline styles.
  fill.style.width = `${rate === null ? 0 : Math.max(0, Math.min(100, rate))}%`;
  return h(
    'span',
    {
      class: `rate${options.compact ? ' rate-compact' : ''}`,
      'data-status': status,
      'data-band': band,
    },
    h('span', { class: 'rate-value' }, formatRate(rate)),
    h('span', { class: 'rate-track', 'aria-hidden': 'true' }, fill),
    // With no data the figure already says "veri yok": no second word.
    label === null ? null : h('span', { class: `rate-status status-text-${status}` }, t(label)),
    options.coverage
      ? h('span', { class: 'rate-coverage' }, coverageText(options.coverage, getLang()))
      : null,
  );
}

/** A figure of the progress answer (plan, aim, target) with its band and coverage. */
export function progressRate(
  figure: { rate: number | null; band: RateBand; coverage: Coverage },
  options: { compact?: boolean } = {},
): HTMLElement {
  return rateBar(figure.rate, figure.band, { ...options, coverage: figure.coverage });
}

/**
 * What the plan's rate reads against and rests on: at 30 June "yıl sonu hedefine göre, ilk altı
 * ay"; always the basis ("Onaylı değerler" or "Onay bekleyenler dahil") with a sentence on it.
 */
export function rateNotes(progress: { period: string; basis?: ProgressBasis }): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (isMidYear(progress.period)) notes.push(h('p', { class: 'mid-year-note' }, t('common.midYearNote')));
  notes.push(basisNote(progress.basis));
  return notes;
}

/** "Onaylı değerler — Oranlar yalnızca onaylanmış değerlerden hesaplanır." (or basis all). */
export function basisNote(basis: ProgressBasis | undefined): HTMLElement {
  const all = basis === 'all';
  return h(
    'p',
    { class: `basis-note${all ? ' basis-all' : ''}`, 'data-basis': all ? 'all' : 'approved' },
    h('strong', {}, basisText(basis, getLang())),
    ' — ',
    t(all ? 'common.basisAllNote' : 'common.basisApprovedNote'),
  );
}

/** What the colours of the progress answer's period mean (year end, 30 June, minimum coverage). */
export function bandLegend(progress: Pick<ProgressResponse, 'settings' | 'period'>): HTMLElement {
  return h('p', { class: 'legend' }, legendText(progress.settings, progress.period, getLang()));
}

/** "Renkler: ≥ %85 iyi, ≥ %50 orta, altı düşük; gri: veri yok". */
export function statusLegend(thresholds: StatusThresholds): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    t('common.legend', { good: formatRate(thresholds.good), warning: formatRate(thresholds.warning) }),
  );
}
