import { h } from '../lib/dom.js';
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
