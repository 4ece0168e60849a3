import type { AnalysisPart, AnalysisRowResponse } from '../../../src/contracts/analysis.js';
import { addRow, deleteRow, updateRow } from '../../api/analysis.js';
import { confirmButton } from '../../components/confirm-button.js';
import { whileSaving } from '../../forms/while-saving.js';
import { announce } from '../../lib/announce.js';
import { h, uid } from '../../lib/dom.js';
import { clearErrors, requireFields } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';
import { refresh } from '../../lib/router.js';
import type { MessageKey } from '../../messages/index.js';
import { fieldText, PART_INPUTS, rowBody, type FieldInput } from './part-fields.js';

/** The words of the analysis's codes and fields, from the screen's bundle. */
export function optionText(value: string): string {
  return t(`analysis.option.${value}` as MessageKey);
}

export function fieldLabel(name: string): string {
  return t(`analysis.field.${name}` as MessageKey);
}

export function partTitle(part: string): string {
  return t(`analysis.part.${part}` as MessageKey);
}

/** A stored field as a table cell shows it: a code by its word, a list joined. */
export function cellText(field: FieldInput, row: AnalysisRowResponse): string {
  const value = row.fields[field.name];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (field.input === 'choice') return optionText(String(value));
  return String(value);
}

/**
 * A form that adds a row to `part` (`row` null) or changes one; `fixed` holds fields the form
 * does not ask (a GZFT box's kind). Saved: announced and the screen drawn again; refused: the
 * server's message in the form, each detail at its field.
 */
export function rowForm(
  planId: string,
  part: AnalysisPart,
  row: AnalysisRowResponse | null,
  options: { heading?: string; fixed?: Record<string, string>; label?: string } = {},
): HTMLFormElement {
  const fixed = options.fixed ?? {};
  const inputs = PART_INPUTS[part].filter((field) => !(field.name in fixed));
  const submit = h(
    'button',
    { type: 'submit', class: 'primary' },
    row ? t('analysis.save') : t('analysis.add'),
  );
  const form = h(
    'form',
    {
      class: row ? 'analysis-row-edit' : 'analysis-row-form',
      novalidate: true,
      'data-part': part,
      'aria-label': options.label ?? null,
    },
    options.heading ? h('h3', {}, options.heading) : null,
    inputs.map((field) => fieldControl(field, row ? fieldText(row.fields, field.name) : '')),
    h(
      'div',
      { class: 'actions' },
      submit,
      row ? h('button', { type: 'button', onclick: () => void refresh() }, t('analysis.cancel')) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const values: Record<string, string> = { ...fixed };
    for (const field of inputs) {
      const element = form.elements.namedItem(field.name) as HTMLInputElement | HTMLTextAreaElement | null;
      values[field.name] = element?.value ?? '';
    }
    const required = inputs
      .filter((field) => !field.optional)
      .map((field) => ({
        path: field.name,
        value: (values[field.name] ?? '').trim(),
        message: t('analysis.required'),
      }));
    if (!requireFields(form, t('analysis.missing'), required)) return;
    const body = rowBody(part, values, row !== null);
    whileSaving(
      form,
      submit,
      row ? updateRow(planId, part, row.id, { ...body, version: row.version }) : addRow(planId, part, body),
      t(row ? 'analysis.saved' : 'analysis.added'),
    );
  });
  return form;
}

function fieldControl(field: FieldInput, value: string): HTMLElement {
  const id = uid(field.name);
  let control: HTMLElement;
  const options = choicesOf(field);
  if (options) {
    control = h(
      'select',
      { id, name: field.name },
      field.optional || value === ''
        ? h('option', { value: '', selected: value === '' }, field.optional ? t('analysis.option.none') : '')
        : null,
      options.map((option) =>
        h('option', { value: option.value, selected: option.value === value }, option.text),
      ),
    );
  } else if (field.input === 'line') {
    control = h('input', { id, name: field.name, value, autocomplete: 'off' });
  } else {
    const area = h('textarea', { id, name: field.name, rows: field.input === 'list' ? 4 : 3 });
    area.value = value;
    control = area;
  }
  return h('div', { class: 'field' }, h('label', { for: id }, fieldLabel(field.name)), control);
}

/** The choices of a select: the codes of a choice in words, a score's 1–5; null for a text. */
function choicesOf(field: FieldInput): Array<{ value: string; text: string }> | null {
  if (field.input === 'choice')
    return field.options.map((option) => ({ value: option, text: optionText(option) }));
  if (field.input === 'score')
    return ['1', '2', '3', '4', '5'].map((score) => ({ value: score, text: score }));
  return null;
}

/** A row's edit (its form in place of `place`) and delete (asked first) buttons. */
export function rowActions(
  planId: string,
  part: AnalysisPart,
  row: AnalysisRowResponse,
  name: string,
  errors: HTMLElement,
  edit: (form: HTMLFormElement) => void,
  fixed?: Record<string, string>,
): HTMLElement[] {
  return [
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        'aria-label': t('analysis.editOf', { name }),
        onclick: () => {
          const form = rowForm(planId, part, row, fixed ? { fixed } : {});
          edit(form);
          form.querySelector<HTMLElement>('input, textarea, select')?.focus();
        },
      },
      t('analysis.edit'),
    ),
    confirmButton({
      label: t('analysis.delete'),
      ariaLabel: t('analysis.deleteOf', { name }),
      question: t('analysis.deleteConfirm'),
      yes: t('analysis.yes'),
      no: t('analysis.no'),
      errors,
      act: async () => {
        await deleteRow(planId, part, row.id);
        announce(t('analysis.deleted'));
        await refresh();
      },
    }),
  ];
}

/** A short name of a row for buttons' names: its first field, cut. */
export function rowName(row: AnalysisRowResponse): string {
  const first = Object.values(row.fields)[0];
  const text = Array.isArray(first) ? first.join(', ') : String(first ?? row.position);
  return text.length <= 40 ? text : `${text.slice(0, 39).trimEnd()}…`;
}
