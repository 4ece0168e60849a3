import { h, uid } from '../lib/dom.js';
import { assessedPeriods, formatPeriod } from '../lib/format.js';

/**
 * A select of a plan's assessed periods with a submit button. A button, not navigation on change:
 * arrowing through the list must not reload the page.
 */
export function periodSelectForm(options: {
  plan: { startYear: number; endYear: number };
  current: string;
  idPrefix: string;
  className: string;
  label: string;
  button: string;
  onSubmit: (period: string) => void;
}): HTMLElement {
  const selectId = uid(options.idPrefix);
  const select = h(
    'select',
    { id: selectId, name: 'period' },
    assessedPeriods(options.plan.startYear, options.plan.endYear).map((period) =>
      h('option', { value: period, selected: period === options.current }, formatPeriod(period)),
    ),
  );
  const form = h(
    'form',
    { class: options.className },
    h('label', { for: selectId }, options.label),
    select,
    h('button', { type: 'submit' }, options.button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSubmit(select.value);
  });
  return form;
}
