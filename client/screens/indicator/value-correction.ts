import type { IndicatorResponse, IndicatorValueResponse } from '../../../src/contracts/resources.js';
import type { CorrectValueRequest, ValueCorrectionResponse } from '../../../src/contracts/workflow.js';
import { proposeCorrection } from '../../api/values.js';
import { announce } from '../../lib/announce.js';
import { decimalInput } from '../../components/input-field.js';
import { h, uid } from '../../lib/dom.js';
import { clearErrors, showError, showFieldError } from '../../lib/errors.js';
import { formatDateTime, formatNumber, formatPeriod } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { formatDecimalInput, parseDecimal } from '../../lib/entry-rules.js';

/**
 * A correction of an approved value (docs/client.md, four eyes after approval): one planner or
 * admin proposes it here; it waits, shown on the value, until another approves it in the approval
 * queue. The approved value stays in force meanwhile.
 */

export interface CorrectionFormOptions {
  planId: string;
  indicator: IndicatorResponse;
  value: IndicatorValueResponse;
  /** After the proposal was stored: the screen shows the value with it. */
  onProposed(): Promise<void>;
  onCancel(): void;
}

/** The form that proposes a new C with a reason (and, at year end, the deviation reason). */
export function correctionForm(options: CorrectionFormOptions): { form: HTMLFormElement; focus(): void } {
  const { indicator, value } = options;
  const lang = getLang();
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  const what = `${indicator.code} ${formatPeriod(value.period)}`;
  const ids = { value: uid('value'), reason: uid('reason'), deviation: uid('deviation'), hint: uid('hint') };
  const valueInput = decimalInput(ids.value, formatDecimalInput(value.value, lang));
  const reasonInput = h('textarea', { id: ids.reason, name: 'reason', rows: 2, 'aria-required': 'true' });
  const deviationInput = h(
    'textarea',
    {
      id: ids.deviation,
      name: 'deviationReason',
      // DEVIATION_REASON details name the entry: values["2026-H2"].deviationReason.
      'data-error-path': `values[${JSON.stringify(value.period)}].deviationReason`,
      rows: 2,
      'aria-describedby': ids.hint,
    },
    value.deviationReason ?? '',
  );
  const submit = h('button', { type: 'submit', class: 'primary' }, t('indicator.correctionSend'));
  const form = h(
    'form',
    {
      class: 'correction-form',
      novalidate: true,
      'data-period': value.period,
      'aria-label': t('indicator.correctionFormLabel', { what }),
    },
    h('h3', {}, t('indicator.correctionFormLabel', { what })),
    h(
      'p',
      { class: 'muted' },
      t('indicator.correctionIntro', { value: `${formatNumber(value.value, lang, 9)}${unit}` }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.value }, t('indicator.correctionValue'), unit),
      valueInput,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.reason }, t('indicator.correctionReasonLabel')),
      reasonInput,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.deviation }, t('indicator.correctionDeviation')),
      h('p', { class: 'hint', id: ids.hint }, t('indicator.correctionDeviationHint')),
      deviationInput,
    ),
    h(
      'div',
      { class: 'actions' },
      submit,
      h(
        'button',
        { type: 'button', class: 'link-button', onclick: () => options.onCancel() },
        t('indicator.correctionCancel'),
      ),
    ),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(form);
      const parsed = parseDecimal(valueInput.value, lang);
      const reason = reasonInput.value.trim();
      if (parsed.kind !== 'number') {
        showFieldError(
          form,
          'value',
          t(parsed.kind === 'empty' ? 'entry.valueRequired' : 'entry.valueInvalid'),
        );
      }
      if (reason === '') showFieldError(form, 'reason', t('indicator.correctionReasonRequired'));
      if (parsed.kind !== 'number' || reason === '') {
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      // Left as stored: the correction keeps it; changed (also emptied): it replaces it.
      const deviation = deviationInput.value.trim();
      const body: CorrectValueRequest = {
        value: parsed.value,
        reason,
        version: value.version,
        ...(deviation === (value.deviationReason ?? '').trim() ? {} : { deviationReason: deviation }),
      };
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      try {
        await proposeCorrection(options.planId, indicator.code, value.period, body, lang);
        announce(t('indicator.correctionProposed', { what }));
        await options.onProposed();
      } catch (error) {
        showError(form, error);
        submit.disabled = false;
      } finally {
        form.removeAttribute('aria-busy');
      }
    })();
  });
  return { form, focus: () => valueInput.focus() };
}

/** The waiting correction on a value: the proposed C, the reason, who proposed it and when. */
export function pendingCorrectionNote(
  correction: ValueCorrectionResponse,
  unit: string | null,
  person: (id: string | null) => string | null,
): HTMLElement {
  const lang = getLang();
  return h(
    'span',
    { class: 'cell-note pending-correction', 'data-cell': 'pending-correction' },
    h(
      'strong',
      {},
      t('indicator.pendingCorrection', {
        value: `${formatNumber(correction.value, lang, 9)}${unit ? ` ${unit}` : ''}`,
      }),
    ),
    ' ',
    t('indicator.pendingCorrectionBy', {
      name: person(correction.proposedBy) ?? t('indicator.unknownUser'),
      date: formatDateTime(correction.proposedAt),
    }),
    ' ',
    t('indicator.correctionReason', { reason: correction.reason }),
  );
}
