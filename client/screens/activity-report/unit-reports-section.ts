import type { UnitReportsResponse } from '../../../src/contracts/unit-reports.js';
import {
  COMPLETION_PARTS,
  ENTRY_COMPLETION_COLOURS,
  partCount,
  toEntryCompletionChartConfig,
} from '../../charts/completion-chart.js';
import { mountChart } from '../../charts/mount.js';
import { barChartHeight } from '../../charts/realisation-chart.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, labelledSection } from '../../lib/dom.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';
import { STATE_LABELS } from '../entry/entry-labels.js';

/**
 * The unit activity reports of the year in the activity report workspace (issue 14 point 8): how
 * many are approved, waiting, in progress or not written, as the completion bar the approval
 * queue draws for values (one bar: the institution's units), and each unit's report, linked.
 */
export function unitReportsSection(
  planId: string,
  reports: UnitReportsResponse,
  signal: AbortSignal,
): HTMLElement {
  const partLabels = {
    approved: t('approvals.partApproved'),
    submitted: t('approvals.partSubmitted'),
    inProgress: t('approvals.partInProgress'),
    missing: t('approvals.partMissing'),
  };
  const counts = { unit: t('monitoring.unitReportsBar'), late: 0, ...reports.counts };
  const section = labelledSection(
    'card unit-reports',
    'unit-reports-heading',
    t('monitoring.unitReportsHeading', { year: reports.year }),
    h(
      'p',
      { class: 'muted' },
      t('monitoring.unitReportsIntro', {
        date: formatDate(reports.dueDate),
        approved: formatNumber(reports.counts.approved),
        expected: formatNumber(reports.counts.expected),
      }),
    ),
    h(
      'ul',
      { class: 'chart-legend' },
      COMPLETION_PARTS.map((part) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = ENTRY_COMPLETION_COLOURS[part];
        return h('li', {}, swatch, `${partLabels[part]}: ${formatNumber(partCount(counts, part))}`);
      }),
    ),
  );
  const chartBox = h('div', { class: 'unit-reports-chart' });
  section.append(chartBox);
  if (reports.counts.expected > 0)
    mountChart(
      chartBox,
      toEntryCompletionChartConfig([counts], {
        partLabels,
        unitLabel: (label) => label,
        formatNumber: (value) => formatNumber(value),
      }),
      {
        label: t('monitoring.unitReportsChart', {
          list: COMPLETION_PARTS.map(
            (part) => `${partLabels[part]} ${formatNumber(partCount(counts, part))}`,
          ).join(', '),
        }),
        table: {
          caption: t('monitoring.unitReportsHeading', { year: reports.year }),
          headers: [t('entry.state'), t('monitoring.countColumn')],
          rows: COMPLETION_PARTS.map((part) => [partLabels[part], formatNumber(partCount(counts, part))]),
        },
      },
      { height: barChartHeight(1), signal },
    );
  section.append(
    reports.units.length === 0
      ? h('p', { class: 'muted' }, t('monitoring.noUnitReports'))
      : tableRegion(
          t('monitoring.unitReportsHeading', { year: reports.year }),
          h(
            'table',
            { class: 'unit-reports-table' },
            tableHead(t('approvals.unit'), t('entry.state'), t('monitoring.lastStep')),
            h(
              'tbody',
              {},
              reports.units.map((unit) =>
                h(
                  'tr',
                  { 'data-unit': unit.unit, 'data-state': unit.state },
                  h(
                    'th',
                    { scope: 'row' },
                    h(
                      'a',
                      {
                        href: href('/plans/:planId/activity-reports/:year/units/:unit', {
                          planId,
                          year: String(reports.year),
                          unit: unit.unit,
                        }),
                      },
                      unit.unitName,
                    ),
                  ),
                  h('td', {}, t(STATE_LABELS[unit.state])),
                  h(
                    'td',
                    {},
                    unit.approvedAt
                      ? t('monitoring.approvedOn', { date: formatDate(unit.approvedAt.slice(0, 10)) })
                      : unit.submittedAt
                        ? t('monitoring.submittedOn', { date: formatDate(unit.submittedAt.slice(0, 10)) })
                        : '—',
                  ),
                ),
              ),
            ),
          ),
        ),
  );
  return section;
}
