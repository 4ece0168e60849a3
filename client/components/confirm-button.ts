import { h, replaceChildren } from '../lib/dom.js';
import { showError } from '../lib/errors.js';

/**
 * A button that asks before it acts: the question and "yes"/"no" replace it in place, focus on
 * "yes"; "no" (or Esc) puts the button back. `act` runs on "yes"; while it runs "yes" is disabled,
 * and when it throws its error is shown in `errors` and the question stays for another try.
 */
export function confirmButton(options: {
  label: string;
  /** The button's accessible name when the label alone is ambiguous in a list. */
  ariaLabel?: string;
  question: string;
  yes: string;
  no: string;
  className?: string;
  /** Where a refusal is shown. */
  errors: HTMLElement;
  act: () => Promise<void>;
}): HTMLElement {
  const box = h('span', { class: 'confirm' });
  const idle = (): void => {
    replaceChildren(
      box,
      h(
        'button',
        {
          type: 'button',
          class: options.className ?? 'link-button',
          'aria-label': options.ariaLabel ?? null,
          onclick: ask,
        },
        options.label,
      ),
    );
  };
  const back = (): void => {
    idle();
    box.querySelector('button')?.focus();
  };
  const ask = (): void => {
    const yes = h('button', { type: 'button', class: 'danger' }, options.yes);
    const no = h('button', { type: 'button', onclick: back }, options.no);
    const group = h(
      'span',
      { role: 'group', 'aria-label': options.label },
      h('span', {}, options.question, ' '),
      yes,
      ' ',
      no,
    );
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') back();
    });
    yes.addEventListener('click', () => {
      void (async () => {
        yes.disabled = true;
        try {
          await options.act();
        } catch (error) {
          yes.disabled = false;
          showError(options.errors, error);
        }
      })();
    });
    replaceChildren(box, group);
    yes.focus();
  };
  idle();
  return box;
}
