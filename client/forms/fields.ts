import { h, uid } from '../lib/dom.js';

/**
 * A form's labelled fields and the reading of what was typed: a field is a div.field with its
 * label for the control, named for the request's field so that a refusal at that path shows
 * beside it (field-errors.ts). The working-group, analysis and preparation forms draw theirs here.
 */

type Attrs = Record<string, string | number | boolean>;

export function textField(name: string, label: string, value = '', attrs: Attrs = {}): HTMLElement {
  const id = uid(name);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name, value, autocomplete: 'off', ...attrs }),
  );
}

export function dateField(name: string, label: string, value: string): HTMLElement {
  return textField(name, label, value, { type: 'date' });
}

export function areaField(name: string, label: string, value = '', hint?: string): HTMLElement {
  const id = uid(name);
  const hintId = hint ? uid(`${name}-hint`) : null;
  const area = h('textarea', { id, name, rows: 3, 'aria-describedby': hintId });
  area.value = value;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    area,
  );
}

export function selectField(
  name: string,
  label: string,
  options: ReadonlyArray<{ value: string; text: string }>,
  selected = '',
): HTMLElement {
  const id = uid(name);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      options.map((option) =>
        h('option', { value: option.value, selected: option.value === selected }, option.text),
      ),
    ),
  );
}

export function read(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name) as
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
  return field?.value.trim() ?? '';
}

/** Null for an empty field (an optional text the server stores as null). */
export function readOptional(form: HTMLFormElement, name: string): string | null {
  return read(form, name) || null;
}
