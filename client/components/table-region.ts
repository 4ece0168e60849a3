import { h, type Child } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/**
 * A wide table in a scrollable, focusable region (keyboard users scroll it). Its name says it is
 * the table of `name`, so it never repeats the name of the section around it (landmarks are
 * told apart by name).
 */
export function tableRegion(name: string, table: HTMLElement, className = ''): HTMLElement {
  return h(
    'div',
    {
      class: `table-wrap ${className}`.trim(),
      tabindex: 0,
      role: 'region',
      'aria-label': t('common.tableOf', { name }),
    },
    table,
  );
}

/**
 * A table's column heads: a text, or `[text, class]` (e.g. "number" for a right-aligned figure);
 * null for a column the table leaves out.
 */
export function tableHead(...columns: Array<string | [string, string] | null>): HTMLElement {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      columns.map((column) =>
        column === null
          ? null
          : typeof column === 'string'
            ? h('th', { scope: 'col' }, column)
            : h('th', { scope: 'col', class: column[1] }, column[0]),
      ),
    ),
  );
}

/** A table of `head` and the body `rows`, in a tableRegion named `name`. */
export function regionTable(name: string, head: HTMLElement, ...rows: Array<Child | Child[]>): HTMLElement {
  return tableRegion(name, h('table', {}, head, h('tbody', {}, ...rows)));
}
