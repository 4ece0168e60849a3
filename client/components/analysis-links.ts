import type { AnalysisItemResponse } from '../../src/contracts/analysis.js';
import { addLink, deleteLink } from '../api/analysis.js';
import { announce } from '../lib/announce.js';
import { h, labelledSection, uid } from '../lib/dom.js';
import { clearErrors, showError } from '../lib/errors.js';
import { t } from '../lib/i18n.js';
import { href, refresh } from '../lib/router.js';
import { confirmButton } from './confirm-button.js';

/**
 * Linking a finding or need (tespit/ihtiyaç) to a target card, the same from both ends: the
 * findings list picks a target for a finding, the target card picks a finding for itself.
 */

/** A select of `choices` and a button that links the chosen one; the screen is drawn again after. */
export function linkForm(options: {
  planId: string;
  label: string;
  button: string;
  buttonLabel?: string;
  choices: Array<{ value: string; text: string }>;
  /** The link's two ends from the chosen value. */
  ends: (value: string) => { code: string; target: string };
}): HTMLFormElement {
  const id = uid('link');
  const select = h(
    'select',
    { id, name: 'target' },
    options.choices.map((choice) => h('option', { value: choice.value }, choice.text)),
  );
  const submit = h('button', { type: 'submit', 'aria-label': options.buttonLabel ?? null }, options.button);
  const form = h(
    'form',
    { class: 'analysis-link-form', novalidate: true },
    h('label', { for: id }, options.label),
    ' ',
    select,
    ' ',
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const { code, target } = options.ends(select.value);
    submit.disabled = true;
    addLink(options.planId, code, target)
      .then(async () => {
        announce(t('analysis.linked', { code, target }));
        await refresh();
      })
      .catch((error: unknown) => showError(form, error))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** Removes the link between a finding or need and a target, asked first. */
export function unlinkButton(planId: string, code: string, target: string, errors: HTMLElement): HTMLElement {
  return confirmButton({
    label: t('analysis.unlink'),
    ariaLabel: t('analysis.unlinkOf', { code, target }),
    question: t('analysis.deleteConfirm'),
    yes: t('analysis.yes'),
    no: t('analysis.no'),
    errors,
    act: async () => {
      await deleteLink(planId, code, target);
      announce(t('analysis.unlinked'));
      await refresh();
    },
  });
}

/** A finding or need in one line: its code and its text. */
export function itemLine(item: AnalysisItemResponse): string {
  return `${item.code} ${item.text}`;
}

/**
 * A target card's findings and needs (the analysis links): each with its code and text, and for
 * an editor a remove button and a form linking one more.
 */
export function targetAnalysisSection(
  planId: string,
  targetCode: string,
  findings: readonly AnalysisItemResponse[],
  editable: boolean,
): HTMLElement {
  const errors = h('div', { class: 'analysis-errors' });
  const linked = findings.filter((item) => item.targets.includes(targetCode));
  const free = findings.filter((item) => !item.targets.includes(targetCode));
  return labelledSection(
    'card card-analysis',
    'card-analysis',
    t('analysis.cardHeading'),
    errors,
    linked.length === 0
      ? h('p', { class: 'muted' }, t('analysis.cardNone'))
      : h(
          'ul',
          {},
          linked.map((item) =>
            h(
              'li',
              { 'data-code': item.code },
              itemLine(item),
              editable ? [' ', unlinkButton(planId, item.code, targetCode, errors)] : null,
            ),
          ),
        ),
    editable
      ? free.length === 0
        ? h('p', { class: 'muted' }, t('analysis.cardNoneLeft'))
        : linkForm({
            planId,
            label: t('analysis.cardLinkLabel'),
            button: t('analysis.linkTo'),
            choices: free.map((item) => ({ value: item.code, text: itemLine(item) })),
            ends: (code) => ({ code, target: targetCode }),
          })
      : null,
    h(
      'p',
      {},
      h(
        'a',
        { href: href('/plans/:planId/analysis/:part', { planId, part: 'findings' }) },
        t('analysis.openFindings'),
      ),
    ),
  );
}
