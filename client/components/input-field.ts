import { h, uid } from '../lib/dom.js';

/** A labelled, required input with an optional hint the input is described by. */
export function inputField(
  name: string,
  label: string,
  attrs: Record<string, string | number>,
  hint?: string,
): HTMLElement {
  const id = uid(name);
  const hintId = hint ? uid(`${name}-hint`) : null;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('input', { id, name, required: true, 'aria-describedby': hintId, ...attrs }),
  );
}

/**
 * The value box of an entry or a correction: text with a decimal keyboard, not type=number, so
 * "1.234,5" is kept as typed and read by the UI language's rules.
 */
export function decimalInput(id: string, value: string, describedBy?: string): HTMLInputElement {
  return h('input', {
    id,
    name: 'value',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': describedBy ?? null,
    value,
  });
}
