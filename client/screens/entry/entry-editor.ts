import type {
  IndicatorResponse,
  IndicatorValueResponse,
  PlanResponse,
} from '../../../src/contracts/resources.js';
import type {
  DraftValueRequest,
  ImplausibleValueDetail as ImplausibleDetail,
  WorklistEntry,
} from '../../../src/contracts/workflow.js';
import { listValues, putValue, submitValue } from '../../api/values.js';
import { announce } from '../../lib/announce.js';
import { decimalInput } from '../../components/input-field.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError, showFieldError, toApiError } from '../../lib/errors.js';
import { formatNumber, formatPeriod, noData } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { createProgress } from '../../lib/progress-bar.js';
import { rangeText } from '../../components/entry-figures.js';
import { STATE_LABELS } from './entry-labels.js';
import { deviationCheck, formatDecimalInput, parseDecimal } from '../../lib/entry-rules.js';

export interface EntryEditor {
  element: HTMLElement;
  /** Shows the form (loading the stored entry the first time) and focuses the value field. */
  open(): void;
}

export interface EntryEditorOptions {
  plan: PlanResponse;
  entry: WorklistEntry;
  indicator: IndicatorResponse | null;
  signal: AbortSignal;
  /** After a successful write: the screen reloads its worklist; `submitted` closes the editor. */
  onChanged(submitted: boolean): Promise<void>;
  onCancel(): void;
}

/**
 * The inline form of one entry: value C, deviation reason (shown where DEVIATION_REASON asks for
 * it), note and evidence link; "save draft" (PUT) and "submit" (PUT when changed, then submit).
 * The API's messages appear at their fields. Writes carry the version read: a 409 STALE_VERSION
 * shows the entry as it is now, to take it or to retry over it.
 */
export function createEntryEditor(options: EntryEditorOptions): EntryEditor {
  const { plan, entry } = options;
  const lang = getLang();
  const element = h('div', { class: 'entry-editor-body' });
  let form: HTMLFormElement | null = null;
  let loading: Promise<void> | null = null;
  let focusValue: () => void = () => undefined;

  const load = async (): Promise<void> => {
    const progress = createProgress(t('common.loading'));
    element.append(progress.element);
    try {
      const rows = await listValues(plan.id, entry.indicator, options.signal);
      if (options.signal.aborted) return;
      const built = buildForm(options, lang, rows);
      form = built.form;
      focusValue = () => built.focusValue();
      replaceChildren(element, form);
    } catch (error) {
      if (options.signal.aborted) return;
      progress.done();
      loading = null;
      const box = h('div', {});
      element.append(box);
      showError(box, error);
    }
  };

  return {
    element,
    open() {
      if (form) {
        focusValue();
        return;
      }
      loading ??= load().then(() => focusValue());
    },
  };
}

function buildForm(
  options: EntryEditorOptions,
  lang: 'tr' | 'en',
  rows: IndicatorValueResponse[],
): { form: HTMLFormElement; focusValue: () => void } {
  const { plan, entry, indicator } = options;
  const period = entry.period;
  const unit = indicator?.unit ? ` ${indicator.unit}` : '';
  let stored: IndicatorValueResponse | null = rows.find((row) => row.period === period) ?? null;
  const others: Record<string, number> = Object.fromEntries(
    rows.filter((row) => row.period !== period).map((row) => [row.period, row.value]),
  );
  // Set once the API has asked for a reason: the field then stays, whatever the client computes.
  let reasonAsked = false;
  let busy = false;

  const ids = {
    value: uid('value'),
    valueHint: uid('hint'),
    reason: uid('reason'),
    reasonHint: uid('hint'),
    note: uid('note'),
    evidence: uid('evidence'),
  };
  const valueInput = decimalInput(ids.value, formatDecimalInput(stored?.value ?? null, lang), ids.valueHint);
  const reasonInput = h(
    'textarea',
    {
      id: ids.reason,
      name: 'deviationReason',
      // DEVIATION_REASON details name the entry: values["2026-H2"].deviationReason.
      'data-error-path': `values[${JSON.stringify(period)}].deviationReason`,
      rows: 3,
      'aria-describedby': ids.reasonHint,
    },
    stored?.deviationReason ?? '',
  );
  const reasonHint = h('p', { class: 'hint', id: ids.reasonHint });
  const reasonField = h(
    'div',
    { class: 'field deviation-field', hidden: true },
    h('label', { for: ids.reason }, t('entry.deviationLabel')),
    reasonHint,
    reasonInput,
  );
  const noteInput = h('textarea', { id: ids.note, name: 'note', rows: 2 }, stored?.note ?? '');
  const evidenceInput = h('input', {
    id: ids.evidence,
    name: 'evidenceUrl',
    type: 'url',
    inputmode: 'url',
    autocomplete: 'off',
    placeholder: 'https://',
    value: stored?.evidenceUrl ?? '',
  });
  const conflict = h('div', { class: 'conflict' });
  const saveButton = h('button', { type: 'submit' }, t('entry.saveDraft'));
  const submitButton = h('button', { type: 'button', class: 'primary' }, t('entry.submit'));
  const cancelButton = h(
    'button',
    { type: 'button', class: 'link-button', onclick: () => options.onCancel() },
    t('entry.cancel'),
  );
  const form = h(
    'form',
    {
      class: 'entry-form',
      novalidate: true,
      'aria-label': t('entry.formLabel', { code: entry.indicator, period: formatPeriod(period) }),
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.value }, t('entry.valueLabel'), unit ? ` (${unit.trim()})` : ''),
      valueInput,
      h('p', { class: 'hint', id: ids.valueHint }, t('entry.valueHint')),
    ),
    reasonField,
    h('div', { class: 'field' }, h('label', { for: ids.note }, t('entry.noteLabel')), noteInput),
    h('div', { class: 'field' }, h('label', { for: ids.evidence }, t('entry.evidenceLabel')), evidenceInput),
    conflict,
    h('div', { class: 'actions' }, saveButton, submitButton, cancelButton),
  );

  /** Shows the reason field where DEVIATION_REASON asks for it; `typed`: the user changed C just now. */
  const updateReason = (typed = false): void => {
    const parsed = parseDecimal(valueInput.value, lang);
    const check = indicator
      ? deviationCheck({
          period,
          value: parsed.kind === 'number' ? parsed.value : null,
          indicator,
          startYear: plan.startYear,
          entries: others,
        })
      : ({ needed: false } as const);
    const wasHidden = reasonField.hidden;
    reasonField.hidden = !(check.needed || reasonAsked || reasonInput.value.trim() !== '');
    if (check.needed) reasonInput.setAttribute('aria-required', 'true');
    else reasonInput.removeAttribute('aria-required');
    reasonHint.textContent = check.needed
      ? t('entry.deviationNeeded', {
          actual: `${formatNumber(check.actual, lang, 9)}${unit}`,
          target: `${formatNumber(check.target, lang, 9)}${unit}`,
        })
      : t('entry.deviationHint');
    if (typed && wasHidden && !reasonField.hidden && check.needed) announce(t('entry.deviationAsked'));
  };
  valueInput.addEventListener('input', () => updateReason(true));
  updateReason();

  const setBusy = (value: boolean): void => {
    busy = value;
    form.setAttribute('aria-busy', String(value));
    for (const button of [saveButton, submitButton]) button.disabled = value;
  };

  const fill = (row: IndicatorValueResponse | null): void => {
    valueInput.value = formatDecimalInput(row?.value ?? null, lang);
    reasonInput.value = row?.deviationReason ?? '';
    noteInput.value = row?.note ?? '';
    evidenceInput.value = row?.evidenceUrl ?? '';
    updateReason();
  };

  const text = (input: HTMLInputElement | HTMLTextAreaElement): string | undefined =>
    input.value.trim() === '' ? undefined : input.value.trim();

  const save = async (submit: boolean): Promise<void> => {
    if (busy) return;
    clearErrors(form);
    replaceChildren(conflict);
    const parsed = parseDecimal(valueInput.value, lang);
    if (parsed.kind !== 'number') {
      showFieldError(
        form,
        'value',
        t(parsed.kind === 'empty' ? 'entry.valueRequired' : 'entry.valueInvalid'),
      );
      valueInput.focus();
      return;
    }
    const body: DraftValueRequest = {
      value: parsed.value,
      note: text(noteInput),
      deviationReason: text(reasonInput),
      evidenceUrl: text(evidenceInput),
      version: stored?.version,
    };
    const unchanged =
      stored !== null &&
      (stored.status === 'draft' || stored.status === 'returned') &&
      stored.value === body.value &&
      (stored.note ?? undefined) === body.note &&
      (stored.deviationReason ?? undefined) === body.deviationReason &&
      (stored.evidenceUrl ?? undefined) === body.evidenceUrl;
    setBusy(true);
    let wrote = false;
    try {
      if (!unchanged || !submit) {
        stored = await putValue(plan.id, entry.indicator, period, body, lang);
        wrote = true;
      }
      if (submit && stored) {
        stored = await submitValue(plan.id, entry.indicator, period, { version: stored.version }, lang);
        wrote = true;
      }
      const what = { code: entry.indicator, period: formatPeriod(period) };
      announce(t(submit ? 'entry.submittedNotice' : 'entry.savedNotice', what));
      setBusy(false);
      await options.onChanged(submit);
    } catch (error) {
      setBusy(false);
      failed(error, submit);
      // A draft saved before a refused submission is on the list as a draft now.
      if (wrote) await options.onChanged(false).catch(() => undefined);
    }
  };

  const failed = (error: unknown, submit: boolean): void => {
    const apiError = toApiError(error);
    if (apiError.code === 'DEVIATION_REASON') {
      reasonAsked = true;
      updateReason();
    }
    if (apiError.code === 'VALUE_IMPLAUSIBLE_NOTE') {
      // The plausibility rule asks for a confirmation with a note: not an error to read, a question.
      const detail = apiError.details[0] as Partial<ImplausibleDetail> | undefined;
      replaceChildren(conflict, implausiblePanel(detail, submit));
      return;
    }
    if (apiError.code === 'STALE_VERSION' || apiError.code === 'VALUE_LOCKED') {
      const current = (apiError.current ?? null) as IndicatorValueResponse | null;
      replaceChildren(conflict, conflictPanel(current, submit));
    }
    showError(form, apiError);
  };

  /**
   * The confirmation of an implausible value (issue 11 point 7): the range expected, a note that
   * must be written, and saving with it; or back to the value.
   */
  const implausiblePanel = (detail: Partial<ImplausibleDetail> | undefined, submit: boolean): HTMLElement => {
    const headingId = uid('implausible');
    const noteId = uid('implausible-note');
    const errorId = uid('implausible-error');
    const range = detail?.range ? rangeText(detail.range, indicator?.unit ?? null, lang) : noData(lang);
    const note = h(
      'textarea',
      { id: noteId, name: 'implausibleNote', rows: 3, 'aria-required': 'true', 'aria-describedby': errorId },
      noteInput.value,
    );
    const error = h(
      'p',
      { class: 'field-error', id: errorId, hidden: true },
      t('entry.implausibleNoteRequired'),
    );
    const confirm = h('button', { type: 'button', class: 'primary' }, t('entry.implausibleSave'));
    const sync = (): void => {
      const empty = note.value.trim() === '';
      confirm.disabled = empty;
      confirm.setAttribute('aria-disabled', String(empty));
    };
    note.addEventListener('input', () => {
      error.hidden = true;
      sync();
    });
    confirm.addEventListener('click', () => {
      if (note.value.trim() === '') {
        error.hidden = false;
        note.focus();
        return;
      }
      noteInput.value = note.value.trim();
      replaceChildren(conflict);
      void save(submit);
    });
    sync();
    const compared =
      detail?.compared !== undefined && detail.value !== undefined && detail.compared !== detail.value
        ? h(
            'p',
            {},
            t('entry.implausibleCompared', { value: `${formatNumber(detail.compared, lang, 9)}${unit}` }),
          )
        : null;
    const panel = h(
      'div',
      { class: 'implausible-panel', role: 'group', 'aria-labelledby': headingId },
      h('h4', { id: headingId }, t('entry.implausibleHeading')),
      h('p', { class: 'implausible-text' }, t('entry.implausibleText', { range })),
      compared,
      h('div', { class: 'field' }, h('label', { for: noteId }, t('entry.implausibleNoteLabel')), note, error),
      h(
        'div',
        { class: 'actions' },
        confirm,
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              replaceChildren(conflict);
              valueInput.focus();
            },
          },
          t('entry.implausibleBack'),
        ),
      ),
    );
    announce(t('entry.implausibleText', { range }));
    queueMicrotask(() => note.focus());
    return panel;
  };

  /** The entry as the server holds it now, with the ways on: take it, or write over it. */
  const conflictPanel = (current: IndicatorValueResponse | null, submit: boolean): HTMLElement => {
    const headingId = uid('conflict');
    const locked = current?.status === 'submitted' || current?.status === 'approved';
    return h(
      'div',
      { class: 'conflict-panel', role: 'group', 'aria-labelledby': headingId },
      h('h4', { id: headingId }, t('entry.conflictHeading')),
      h(
        'p',
        { class: 'conflict-current' },
        current
          ? t('entry.conflictCurrent', {
              value: `${formatNumber(current.value, lang, 9)}${unit}`,
              state: t(STATE_LABELS[current.status]),
              version: String(current.version),
            })
          : t('entry.conflictGone'),
      ),
      current?.note ? h('p', {}, t('entry.noteLabel'), ': ', current.note) : null,
      current?.deviationReason ? h('p', {}, t('entry.deviationLabel'), ': ', current.deviationReason) : null,
      h(
        'div',
        { class: 'actions' },
        locked
          ? h(
              'button',
              {
                type: 'button',
                onclick: () => void options.onChanged(true),
              },
              t('entry.conflictClose'),
            )
          : [
              h(
                'button',
                {
                  type: 'button',
                  class: 'primary',
                  onclick: () => {
                    stored = current;
                    void save(submit);
                  },
                },
                t('entry.conflictRetry'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => {
                    stored = current;
                    fill(current);
                    clearErrors(form);
                    replaceChildren(conflict);
                    valueInput.focus();
                  },
                },
                t('entry.conflictTake'),
              ),
            ],
      ),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(false);
  });
  submitButton.addEventListener('click', () => void save(true));

  return { form, focusValue: () => valueInput.focus() };
}
