import {
  ECONOMIC_CODES,
  type ActivityPeriodProgress,
  type BudgetActivityResponse,
} from '../../../src/contracts/programme.js';
import { h } from '../../lib/dom.js';
import { formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { economicCodeLabel } from '../../lib/labels.js';
import './budget-progress.css';

/**
 * A programme-budget activity's monitoring beside its costs (issue 14 point 5): the latest
 * approved progress (% done, the note) and the spending by economic code, as the unit entered it
 * in its worklist and a planner approved it. A draft or submitted figure is never shown as the
 * result: it is only mentioned as waiting. No approved entry reads as such, never as 0 %.
 */
export function budgetProgressBox(activity: BudgetActivityResponse): HTMLElement {
  const latest = [...activity.progress].reverse().find((period) => period.approved !== null);
  const waiting = activity.progress.filter(
    (period) => period.all !== null && period.all.status !== 'approved',
  );
  return h(
    'div',
    {
      class: 'pb-progress',
      'data-progress-period': latest?.period ?? '',
    },
    h('p', { class: 'pb-progress-title' }, t('monitoring.budgetProgressHeading')),
    latest ? approvedFigures(latest) : h('p', { class: 'muted' }, t('monitoring.budgetNoApproved')),
    waiting.map((period) =>
      h(
        'p',
        { class: 'muted pb-progress-waiting' },
        t('monitoring.budgetWaiting', { period: formatPeriod(period.period) }),
      ),
    ),
  );
}

function approvedFigures(period: ActivityPeriodProgress): Array<HTMLElement | null> {
  const approved = period.approved;
  if (!approved) return [];
  const codes = ECONOMIC_CODES.filter((code) => approved.spending[code] !== undefined);
  return [
    h(
      'p',
      { class: 'pb-progress-figures' },
      h('span', { class: 'pb-progress-period' }, formatPeriod(period.period)),
      ' · ',
      h(
        'span',
        { class: 'pb-progress-percent' },
        t('monitoring.percentDone', { rate: formatRate(approved.percent) }),
      ),
      ' · ',
      h(
        'span',
        { class: 'pb-progress-spending' },
        codes.length === 0
          ? t('monitoring.noSpending')
          : t('monitoring.spent', { amount: formatNumber(approved.spendingTotal) }),
      ),
    ),
    codes.length === 0
      ? null
      : h(
          'ul',
          { class: 'pb-progress-codes', 'aria-label': t('monitoring.spendingLegend') },
          codes.map((code) =>
            h(
              'li',
              { 'data-code': code },
              `${economicCodeLabel(code)}: `,
              t('monitoring.lira', { amount: formatNumber(approved.spending[code]) }),
            ),
          ),
        ),
    approved.note ? h('p', { class: 'pb-progress-note' }, approved.note) : null,
  ];
}
