import { listUnits } from '../../api/institutions.js';
import { getPlan } from '../../api/plans.js';
import { getProgress } from '../../api/progress.js';
import { mountChart } from '../../charts/mount.js';
import { barChartHeight } from '../../charts/realisation-chart.js';
import {
  toUnitComparisonChartConfig,
  unitRealisation,
  type UnitRealisation,
} from '../../charts/unit-comparison-chart.js';
import { rateBar, rateNotes, statusLegend } from '../../components/rate-bar.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { formatNumber, formatPeriod, formatRate, noData } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import type { RouteContext } from '../../lib/router.js';
import { getInstitutionId, setInstitutionId } from '../../lib/session.js';
import { STATUS_LABEL, statusOf, thresholdsOf, type StatusThresholds } from '../../lib/status.js';
import { pageHeader, periodForm, resizeChartsForPrint } from '../../components/review-shared.js';

const ROUTE = '/plans/:planId/units';

/**
 * #/plans/:planId/units?period=2025 — unit comparison (issue 4, screen 6): target realisation by
 * responsible unit, as bars and as a table, from the progress response (each unit's rate is the
 * mean of its targets' rates; targets without data are left out and counted).
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, progress] = await Promise.all([
    getPlan(planId, context.signal),
    getProgress(planId, context.query.get('period') ?? undefined, context.signal),
  ]);
  if (context.signal.aborted) return;
  const units = await listUnits(plan.institution.id, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(`${t('unitComparison.title')} — ${plan.title}`);
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  const thresholds = thresholdsOf(plan.settings);
  const period = progress.period;
  // Highest rate first; units without data last, in plan order.
  const rows = unitRealisation(progress, new Map(units.map((unit) => [unit.code, unit.name]))).sort(
    (a, b) => (b.rate ?? -Infinity) - (a.rate ?? -Infinity),
  );

  const chartSection = h(
    'section',
    { class: 'card report-section', 'aria-labelledby': 'units-chart-heading' },
    h(
      'h2',
      { id: 'units-chart-heading' },
      t('unitComparison.chartHeading', { period: formatPeriod(period) }),
    ),
    statusLegend(thresholds),
    rateNotes(progress),
    h('p', { class: 'muted' }, t('unitComparison.how')),
  );
  replaceChildren(
    context.outlet,
    h(
      'div',
      { class: 'review unit-comparison' },
      pageHeader(plan, t('unitComparison.title'), h('p', { class: 'report-period' }, formatPeriod(period))),
      periodForm(plan, period, ROUTE),
      chartSection,
      rows.length === 0 ? h('p', {}, t('unitComparison.noTargets')) : table(rows, thresholds),
    ),
  );
  if (rows.length === 0) return;
  const chart = mountChart(
    chartSection,
    toUnitComparisonChartConfig(rows, {
      thresholds,
      formatRate,
      noDataLabel: noData(),
      noUnitLabel: t('unitComparison.noUnit'),
      targetsLine: (unit) =>
        t('unitComparison.targetsLine', {
          targets: formatNumber(unit.targets.length),
          withData: formatNumber(unit.targetsWithData),
        }),
    }),
    {
      label: t('unitComparison.chartLabel', {
        period: formatPeriod(period),
        list: rows
          .map((unit) => `${unit.unit ?? t('unitComparison.noUnit')} ${formatRate(unit.rate)}`)
          .join('; '),
      }),
      table: {
        caption: t('unitComparison.chartHeading', { period: formatPeriod(period) }),
        headers: [t('unitComparison.unit'), t('unitComparison.rate'), t('unitComparison.status')],
        rows: rows.map((unit) => [
          unitLabel(unit),
          formatRate(unit.rate),
          t(STATUS_LABEL[statusOf(unit.rate, thresholds)]),
        ]),
      },
    },
    { height: barChartHeight(rows.length), signal: context.signal },
  );
  resizeChartsForPrint([chart], context.signal);
}

function unitLabel(unit: UnitRealisation): string {
  return unit.unit === null ? t('unitComparison.noUnit') : `${unit.unit} ${unit.name}`;
}

function table(rows: UnitRealisation[], thresholds: StatusThresholds): HTMLElement {
  return labelledSection(
    'card report-section',
    'units-table-heading',
    t('unitComparison.tableHeading'),
    tableRegion(
      t('unitComparison.tableHeading'),
      h(
        'table',
        { class: 'report-table stack unit-table' },
        h('caption', { class: 'visually-hidden' }, t('unitComparison.tableHeading')),
        tableHead(
          t('unitComparison.unit'),
          [t('unitComparison.targets'), 'number'],
          [t('unitComparison.withData'), 'number'],
          t('unitComparison.rate'),
          t('unitComparison.targetList'),
        ),
        h(
          'tbody',
          {},
          rows.map((unit) =>
            h(
              'tr',
              { 'data-unit': unit.unit ?? '', 'data-rate': unit.rate === null ? '' : String(unit.rate) },
              h(
                'th',
                { scope: 'row' },
                unit.unit ? h('span', { class: 'code' }, unit.unit) : null,
                ' ',
                unit.unit === null ? t('unitComparison.noUnit') : unit.name,
              ),
              h(
                'td',
                { class: 'number', 'data-label': t('unitComparison.targets') },
                formatNumber(unit.targets.length),
              ),
              h(
                'td',
                { class: 'number', 'data-label': t('unitComparison.withData') },
                formatNumber(unit.targetsWithData),
              ),
              h(
                'td',
                { class: 'rate-cell', 'data-label': t('unitComparison.rate') },
                rateBar(unit.rate, statusOf(unit.rate, thresholds), { compact: true }),
              ),
              h(
                'td',
                { 'data-label': t('unitComparison.targetList') },
                h(
                  'ul',
                  { class: 'inline-list' },
                  unit.targets.map((target) =>
                    h(
                      'li',
                      { 'data-code': target.code },
                      h('abbr', { class: 'code', title: target.title }, target.code),
                      ` ${formatRate(target.rate)}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
