import type { PlanRateResponse } from '../../../src/contracts/progress.js';
import type { PlanSummaryResponse } from '../../../src/contracts/resources.js';
import { getProgress, listPlanRates } from '../../api/progress.js';
import { mountChart } from '../../charts/mount.js';
import { barChartHeight } from '../../charts/realisation-chart.js';
import { toUnionRatesChartConfig } from '../../charts/union-rates-chart.js';
import { periodSelectForm } from '../../components/period-form.js';
import { basisNote, rateBar } from '../../components/rate-bar.js';
import { tableRegion } from '../../components/table-region.js';
import { bandName, basisText, coverageText, isMidYear } from '../../lib/band.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { formatNumber, formatPeriod, formatRate, noData } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { loadDirectory } from '../../lib/session.js';
import { filterPlanRates, sortPlanRates, type SortDirection, type UnionSortKey } from './union-rows.js';

const COLUMNS: ReadonlyArray<{ key: UnionSortKey; label: MessageKey; first: SortDirection }> = [
  { key: 'institution', label: 'union.institution', first: 'ascending' },
  { key: 'plan', label: 'union.plan', first: 'ascending' },
  { key: 'rate', label: 'union.rate', first: 'descending' },
  { key: 'coverage', label: 'union.coverage', first: 'descending' },
];

/**
 * #/union?period=2025 — the union-wide view (issue 11, point 10): the rate of every plan the
 * user may see that covers the period (GET /api/progress, approved values), as a table sortable
 * by column and filterable by name, and as bars coloured by each plan's band (grey: too little
 * data). Without a period it opens where the user's union plan opens (the server's default
 * period rule), else where their newest plan opens.
 */
export async function render(context: RouteContext): Promise<void> {
  const { signal } = context;
  const { institutions, plans } = await loadDirectory();
  if (signal.aborted) return;
  const period = context.query.get('period') ?? (await defaultPeriod(plans, institutions, signal));
  if (signal.aborted) return;
  const rows = period ? await listPlanRates(period, signal) : [];
  if (signal.aborted) return;
  context.setTitle(t('union.title'));

  const state: { key: UnionSortKey; direction: SortDirection; filter: string } = {
    key: 'rate',
    direction: 'descending',
    filter: '',
  };
  const filterId = uid('union-filter');
  const filterInput = h('input', { id: filterId, type: 'search', name: 'filter', autocomplete: 'off' });
  const count = h('p', { class: 'muted union-count', 'aria-live': 'polite' });
  const chartBox = h('div', { class: 'union-chart' });
  const tableBox = h('div', {});
  let chartControl: AbortController | null = null;

  const update = () => {
    const shown = sortPlanRates(filterPlanRates(rows, state.filter), state.key, state.direction);
    count.textContent = t('union.count', {
      shown: formatNumber(shown.length),
      total: formatNumber(rows.length),
    });
    replaceChildren(tableBox, shown.length === 0 ? h('p', {}, t('union.noMatch')) : table(shown));
    chartControl?.abort();
    chartControl = new AbortController();
    replaceChildren(chartBox);
    if (shown.length > 0) drawChart(chartBox, shown, period as string, chartControl.signal);
  };

  const table = (shown: PlanRateResponse[]): HTMLElement =>
    tableRegion(
      t('union.tableHeading', { period: formatPeriod(period as string) }),
      h(
        'table',
        { class: 'report-table union-table' },
        h(
          'caption',
          { class: 'visually-hidden' },
          t('union.tableHeading', { period: formatPeriod(period as string) }),
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            COLUMNS.map((column) => sortHeader(column.key, column.label, column.first)),
            h('th', { scope: 'col' }, t('union.basis')),
          ),
        ),
        h(
          'tbody',
          {},
          shown.map((row) =>
            h(
              'tr',
              { 'data-plan': row.planId, 'data-rate': row.rate === null ? '' : String(row.rate) },
              h('th', { scope: 'row', 'data-label': t('union.institution') }, row.institution),
              h(
                'td',
                { 'data-label': t('union.plan') },
                h(
                  'a',
                  { href: href('/plans/:planId', { planId: row.planId }, { period: row.period }) },
                  row.title,
                ),
              ),
              h('td', { 'data-label': t('union.rate') }, rateBar(row.rate, row.band, { compact: true })),
              h('td', { 'data-label': t('union.coverage') }, coverageText(row.coverage, getLang())),
              h('td', { 'data-label': t('union.basis') }, basisText(row.basis, getLang())),
            ),
          ),
        ),
      ),
    );

  const sortHeader = (key: UnionSortKey, label: MessageKey, first: SortDirection): HTMLElement => {
    const active = state.key === key;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'sort-button',
        'data-sort': key,
        title: t('union.sortBy', { column: t(label) }),
      },
      t(label),
      h('span', { 'aria-hidden': 'true' }, active ? (state.direction === 'ascending' ? ' ▲' : ' ▼') : ''),
    );
    button.addEventListener('click', () => {
      state.direction = active ? (state.direction === 'ascending' ? 'descending' : 'ascending') : first;
      state.key = key;
      update();
      tableBox.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
    });
    return h(
      'th',
      {
        scope: 'col',
        'aria-sort': active ? state.direction : null,
        class: key === 'rate' ? 'union-rate' : null,
      },
      button,
    );
  };

  filterInput.addEventListener('input', () => {
    state.filter = filterInput.value;
    update();
  });
  signal.addEventListener('abort', () => chartControl?.abort(), { once: true });

  const years =
    plans.length === 0
      ? null
      : {
          startYear: Math.min(...plans.map((plan) => plan.startYear)),
          endYear: Math.max(...plans.map((plan) => plan.endYear)),
        };
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('union.title')),
    h('p', {}, t('union.intro')),
    period && years
      ? coveredPeriodsOnly(
          plans,
          periodSelectForm({
            plan: years,
            current: period,
            idPrefix: 'union-period',
            className: 'period-form',
            label: t('union.periodLabel'),
            button: t('union.periodShow'),
            onSubmit: (chosen) => navigate(href('/union', {}, { period: chosen })),
          }),
        )
      : null,
    rows.length === 0
      ? h('p', { class: 'card' }, t('union.empty'))
      : [
          h(
            'section',
            { class: 'card report-section', 'aria-labelledby': 'union-chart-heading' },
            h(
              'h2',
              { id: 'union-chart-heading' },
              t('union.chartHeading', { period: formatPeriod(period as string) }),
            ),
            isMidYear(period as string) ? h('p', { class: 'mid-year-note' }, t('common.midYearNote')) : null,
            basisNote(rows[0]?.basis),
            chartBox,
          ),
          h(
            'section',
            { class: 'card report-section', 'aria-labelledby': 'union-table-heading' },
            h(
              'h2',
              { id: 'union-table-heading' },
              t('union.tableHeading', { period: formatPeriod(period as string) }),
            ),
            h(
              'div',
              { class: 'union-filter' },
              h('label', { for: filterId }, t('union.filterLabel')),
              filterInput,
            ),
            count,
            tableBox,
          ),
        ],
  );
  if (rows.length > 0) update();
}

/** A bar label that fits beside the bars on a phone; the tooltip and the table give the full name. */
function shortLabel(name: string): string {
  return name.length <= 24 ? name : `${name.slice(0, 23).trimEnd()}…`;
}

/** Drops the periods of years no plan covers (the gap between two plan periods). */
function coveredPeriodsOnly(plans: readonly PlanSummaryResponse[], form: HTMLElement): HTMLElement {
  for (const option of form.querySelectorAll('option')) {
    const year = Number(option.value.slice(0, 4));
    if (!plans.some((plan) => plan.startYear <= year && year <= plan.endYear)) option.remove();
  }
  return form;
}

function drawChart(
  container: HTMLElement,
  shown: PlanRateResponse[],
  period: string,
  signal: AbortSignal,
): void {
  mountChart(
    container,
    toUnionRatesChartConfig(
      shown.map((row) => ({
        label: shortLabel(row.institution),
        title: `${row.institution} — ${row.title}`,
        rate: row.rate,
        band: row.band,
        coverage: coverageText(row.coverage, getLang()),
      })),
      { formatRate, noDataLabel: noData() },
    ),
    {
      label: t('union.chartLabel', {
        period: formatPeriod(period),
        list: shown.map((row) => `${row.institution} ${formatRate(row.rate)}`).join('; '),
      }),
      table: {
        caption: t('union.chartHeading', { period: formatPeriod(period) }),
        headers: [t('union.institution'), t('union.rate'), t('union.status'), t('union.coverage')],
        rows: shown.map((row) => [
          `${row.institution} — ${row.title}`,
          formatRate(row.rate),
          bandName(row.band, getLang()),
          coverageText(row.coverage, getLang()),
        ]),
      },
    },
    { height: barChartHeight(shown.length), signal },
  );
}

/**
 * The period the view opens on: the server's default period (the latest closed period with
 * approved values, and so on) of the user's union plan, else of their newest plan; null without plans.
 */
async function defaultPeriod(
  plans: readonly PlanSummaryResponse[],
  institutions: ReadonlyArray<{ id: string; kind: string }>,
  signal: AbortSignal,
): Promise<string | null> {
  const unions = new Set(institutions.filter((item) => item.kind === 'birlik').map((item) => item.id));
  const newestFirst = [...plans].sort((a, b) => b.startYear - a.startYear);
  const plan = newestFirst.find((item) => unions.has(item.institution.id)) ?? newestFirst[0];
  if (!plan) return null;
  return (await getProgress(plan.id, undefined, signal)).period;
}
