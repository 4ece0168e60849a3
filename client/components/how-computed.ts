import { h, srOnly } from '../lib/dom.js';
import type { Calculation } from '../lib/explain.js';
import { t } from '../lib/i18n.js';

/**
 * The "how is this computed" disclosure beside a figure: the rule, the rule with this figure's
 * inputs, and the notes (clamps, exclusions). A native <details>: keyboard and screen reader
 * support come with it, and it needs no script to open.
 */
export function howComputed(subject: string, calculation: Calculation, ...extra: Node[]): HTMLDetailsElement {
  return h(
    'details',
    { class: 'how' },
    h('summary', {}, t('common.howComputed'), srOnly(` — ${subject}`)),
    h(
      'div',
      { class: 'how-body' },
      calculation.formula ? h('p', { class: 'how-formula' }, calculation.formula) : null,
      calculation.computation
        ? h('p', { class: 'how-computation' }, h('code', {}, calculation.computation))
        : h('p', { class: 'how-computation' }, t('common.noData')),
      calculation.notes.length > 0
        ? h(
            'ul',
            { class: 'how-notes' },
            calculation.notes.map((note) => h('li', {}, note)),
          )
        : null,
      extra,
    ),
  );
}
