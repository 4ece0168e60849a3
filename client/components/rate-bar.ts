import { h } from '../lib/dom.js';
import { formatRate } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import { STATUS_LABEL, statusOf, type StatusThresholds } from '../lib/status.js';

/**
 * A realisation rate as text, a bar coloured by status and the status in words. No data shows
 * "veri yok" and an empty grey track, never a 0 bar. The bar is decoration (aria-hidden): the
 * text carries the figure.
 */
export function rateBar(
  rate: number | null,
  thresholds: StatusThresholds,
  options: { compact?: boolean } = {},
): HTMLElement {
  const status = statusOf(rate, thresholds);
  const fill = h('span', { class: `rate-fill status-${status}` });
  // CSSOM, not a style attribute: the CSP allows no inline styles.
  fill.style.width = `${rate === null ? 0 : Math.max(0, Math.min(100, rate))}%`;
  return h(
    'span',
    { class: `rate${options.compact ? ' rate-compact' : ''}`, 'data-status': status },
    h('span', { class: 'rate-value' }, formatRate(rate)),
    h('span', { class: 'rate-track', 'aria-hidden': 'true' }, fill),
    // With no data the figure already says "veri yok": no second word.
    status === 'none'
      ? null
      : h('span', { class: `rate-status status-text-${status}` }, t(STATUS_LABEL[status])),
  );
}

/** "Renkler: ≥ %85 iyi, ≥ %50 orta, altı düşük; gri: veri yok". */
export function statusLegend(thresholds: StatusThresholds): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    t('common.legend', { good: formatRate(thresholds.good), warning: formatRate(thresholds.warning) }),
  );
}
