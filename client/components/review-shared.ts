import type { PlanResponse } from '../../src/contracts/resources.js';
import { periodSelectForm } from './period-form.js';
import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';

/** Pieces shared by the council review, the unit comparison and the questions screen. */

/** The page header: institution, the screen's title, the plan and its years. */
export function pageHeader(plan: PlanResponse, title: string, ...extra: Node[]): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, plan.institution.name),
    h('h1', { tabindex: -1 }, title),
    h('p', { class: 'muted' }, `${plan.title} (${plan.startYear}–${plan.endYear})`),
    extra,
  );
}

/** A period select with a "Göster" button (no navigation on change) that reloads `route` for it. */
export function periodForm(plan: PlanResponse, current: string, route: string): HTMLElement {
  return periodSelectForm({
    plan,
    current,
    idPrefix: 'period',
    className: 'period-form no-print',
    label: t('review.periodLabel'),
    button: t('review.periodShow'),
    onSubmit: (period) => navigate(href(route, { planId: plan.id }, { period })),
  });
}

/**
 * Charts are drawn for the screen's width; for printing they are redrawn at the width the print
 * stylesheet gives their box (A4), and back afterwards. Chart.js does not do this by itself.
 */
export function resizeChartsForPrint(charts: ReadonlyArray<{ resize(): void }>, signal: AbortSignal): void {
  const resize = () => {
    for (const chart of charts) chart.resize();
  };
  const print = window.matchMedia('print');
  window.addEventListener('beforeprint', resize, { signal });
  window.addEventListener('afterprint', resize, { signal });
  print.addEventListener('change', resize, { signal });
}
