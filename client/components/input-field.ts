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
