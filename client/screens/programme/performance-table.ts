import type { PerformanceTable, ShareLine } from '../../../src/contracts/programme.js';
import { regionTable, tableHead } from '../../components/table-region.js';
import { h } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { lira, share } from './programme-words.js';

const number = (value: string): HTMLElement => h('td', { class: 'number' }, value);

/**
 * Tablo 3 as the server computed it: each PH's activities and its total, then the institution's
 * lines. The public page's `brief` form shows the share of the budget only, the activities by name
 * and no activities' total.
 */
export function performanceTable(performance: PerformanceTable, brief = false): HTMLElement {
  const percent: [string, string] = [t('programme.percent'), 'number'];
  const row = (key: string, label: string, line: ShareLine, className = ''): HTMLElement =>
    h(
      'tr',
      { class: className, 'data-line': key },
      h('th', { scope: 'row' }, label),
      number(lira(line.budget)),
      number(share(line.shares.budget)),
      number(lira(line.offBudget)),
      brief ? null : number(share(line.shares.offBudget)),
      number(lira(line.total)),
      brief ? null : number(share(line.shares.total)),
    );
  return regionTable(
    t('programme.table3'),
    tableHead(
      t('programme.line'),
      [t('programme.budgetTl'), 'number'],
      percent,
      [t('programme.offBudgetTl'), 'number'],
      brief ? null : percent,
      [t('programme.totalTl'), 'number'],
      brief ? null : percent,
    ),
    performance.targets.flatMap((target) => [
      ...target.activities.map((activity) =>
        row(activity.code, `${target.code} · ${brief ? '' : `${activity.code} `}${activity.name}`, activity),
      ),
      row(target.code, t('programme.grandTotalOf', { ph: target.code }), target.total, 'pp-subtotal'),
    ]),
    brief ? null : row('activities', t('programme.activitiesTotal'), performance.activitiesTotal, 'pp-total'),
    row('general-administration', t('programme.generalAdministration'), performance.generalAdministration),
    row('transfers', t('programme.transfers'), performance.transfers),
    row('grand-total', t('programme.grandTotal'), performance.grandTotal, 'pp-total'),
  );
}
