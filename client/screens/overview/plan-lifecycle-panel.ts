import type { PlanLifecycleAction, PlanResponse } from '../../../src/contracts/resources.js';
import type { ValidationResponse } from '../../../src/contracts/validation.js';
import { changeLifecycle, copyPlan, getValidation, setPublished } from '../../api/plans.js';
import { inputField } from '../../components/input-field.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { formatDate, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';
import { href, navigate, refresh } from '../../lib/router.js';

/**
 * The plan's lifecycle in the UI (domain.md 6), for planners and administrators: submit a draft
 * to the council (disabled, with the reasons, while any error rule is broken), enact it with the
 * council's decision date and number, withdraw it, close it, publish it on the public pages or
 * take it off, and start the next plan as a copy. Each step is the API's; a refusal is shown in
 * the step's own form, next to its fields.
 */
export async function lifecyclePanel(plan: PlanResponse, signal: AbortSignal): Promise<HTMLElement> {
  const validation = plan.status === 'taslak' ? await getValidation(plan.id, signal) : null;
  const section = labelledSection(
    'card lifecycle no-print',
    'lifecycle-heading',
    t('lifecycle.heading'),
    h('p', { class: 'muted' }, t(`lifecycle.status.${plan.status}` as MessageKey)),
  );
  const forms: HTMLElement[] = [];
  if (plan.status === 'taslak') forms.push(submitForm(plan, validation));
  if (plan.status === 'meclis-onayinda') forms.push(enactForm(plan), stepForm(plan, 'withdraw'));
  if (plan.status === 'yururlukte') forms.push(updateLinks(plan), stepForm(plan, 'close'));
  if (plan.status !== 'taslak') forms.push(publishForm(plan));
  if (plan.status === 'yururlukte' || plan.status === 'kapandi') forms.push(copyForm(plan));
  section.append(...forms);
  return section;
}

/** A plan in force changes only through an update (güncelleme): propose one, or see the versions. */
function updateLinks(plan: PlanResponse): HTMLElement {
  return h(
    'p',
    { class: 'lifecycle-update' },
    h('a', { href: href('/plans/:planId/updates/new', { planId: plan.id }) }, t('versions.propose')),
    ' · ',
    h('a', { href: href('/plans/:planId/versions', { planId: plan.id }) }, t('versions.link')),
  );
}

/** A required date field, today (Istanbul) by default. */
function dateField(name: string, label: string): HTMLElement {
  return inputField(name, label, { type: 'date', value: todayIso() });
}

/** A form whose submit runs `act`; a refusal stays in the form, a success reloads the page. */
function actionForm(
  className: string,
  heading: string,
  fields: HTMLElement[],
  button: string,
  act: (form: HTMLFormElement) => Promise<string | null>,
  options: { disabled?: boolean; before?: HTMLElement | null; confirm?: string } = {},
): HTMLFormElement {
  const submit = h('button', { type: 'submit', disabled: options.disabled === true }, button);
  // A step that is hard to undo asks first: the question and "yes"/"no" stand in for the button.
  const question = options.confirm
    ? h(
        'p',
        { class: 'lifecycle-confirm', hidden: true },
        options.confirm,
        ' ',
        h('button', { type: 'submit', 'data-confirmed': 'yes' }, t('lifecycle.yes')),
        ' ',
        h('button', { type: 'button', class: 'link-button', onclick: () => ask(false) }, t('lifecycle.no')),
      )
    : null;
  const ask = (asking: boolean): void => {
    if (!question) return;
    question.hidden = !asking;
    submit.hidden = asking;
    (asking ? question.querySelector('button') : submit)?.focus();
  };
  const form = h(
    'form',
    { class: `lifecycle-step ${className}`, novalidate: true },
    h('h3', {}, heading),
    options.before ?? null,
    fields,
    submit,
    question,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const confirmed = event.submitter?.dataset.confirmed === 'yes';
    if (question && !confirmed) {
      ask(true);
      return;
    }
    ask(false);
    submit.disabled = true;
    act(form)
      .then(async (done) => {
        if (done === null) return;
        announce(done);
        await refresh();
      })
      .catch((error: unknown) => showError(form, error))
      .finally(() => {
        submit.disabled = options.disabled === true;
      });
  });
  return form;
}

function value(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
}

function submitForm(plan: PlanResponse, validation: ValidationResponse | null): HTMLFormElement {
  const errors = validation?.issues.filter((issue) => issue.severity === 'error') ?? [];
  const why =
    errors.length === 0
      ? null
      : h(
          'div',
          { class: 'lifecycle-blocked', role: 'note' },
          h('p', {}, t('lifecycle.submitBlocked', { count: errors.length })),
          h(
            'ul',
            {},
            errors.slice(0, 5).map((issue) => h('li', {}, issue.message)),
          ),
        );
  return actionForm(
    'lifecycle-submit',
    t('lifecycle.submitHeading'),
    [dateField('date', t('lifecycle.submitDate'))],
    t('lifecycle.submit'),
    async (form) => {
      if (
        !requireFields(form, t('lifecycle.missing'), [
          { path: 'date', value: value(form, 'date'), message: t('lifecycle.dateRequired') },
        ])
      )
        return null;
      await changeLifecycle(plan.id, 'submit', { date: value(form, 'date') });
      return t('lifecycle.submitted');
    },
    { disabled: errors.length > 0, before: why },
  );
}

function enactForm(plan: PlanResponse): HTMLFormElement {
  const numberId = uid('number');
  return actionForm(
    'lifecycle-enact',
    t('lifecycle.enactHeading'),
    [
      dateField('date', t('lifecycle.decisionDate')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: numberId }, t('lifecycle.decisionNumber')),
        h('input', { id: numberId, name: 'number', required: true, maxlength: 100, autocomplete: 'off' }),
      ),
    ],
    t('lifecycle.enact'),
    async (form) => {
      const date = value(form, 'date');
      const number = value(form, 'number');
      if (
        !requireFields(form, t('lifecycle.missing'), [
          { path: 'date', value: date, message: t('lifecycle.dateRequired') },
          { path: 'number', value: number, message: t('lifecycle.numberRequired') },
        ])
      )
        return null;
      await changeLifecycle(plan.id, 'enact', { date, number });
      return t('lifecycle.enacted');
    },
  );
}

/** Withdraw (back to a draft) or close: a date and a button. */
function stepForm(
  plan: PlanResponse,
  action: Extract<PlanLifecycleAction, 'withdraw' | 'close'>,
): HTMLFormElement {
  return actionForm(
    `lifecycle-${action}`,
    t(`lifecycle.${action}Heading`),
    [dateField('date', t(`lifecycle.${action}Date`))],
    t(`lifecycle.${action}`),
    async (form) => {
      const date = value(form, 'date');
      if (
        !requireFields(form, t('lifecycle.missing'), [
          { path: 'date', value: date, message: t('lifecycle.dateRequired') },
        ])
      )
        return null;
      await changeLifecycle(plan.id, action, { date });
      return t(`lifecycle.${action}Done`);
    },
    { confirm: t(`lifecycle.${action}Confirm`) },
  );
}

function publishForm(plan: PlanResponse): HTMLFormElement {
  const published = plan.publishedAt !== null;
  return actionForm(
    'lifecycle-publish',
    t('lifecycle.publishHeading'),
    [
      h(
        'p',
        { class: 'muted' },
        published
          ? t('lifecycle.publishedSince', { date: formatDate(plan.publishedAt?.slice(0, 10)) })
          : t('lifecycle.notPublished'),
      ),
    ],
    published ? t('lifecycle.unpublish') : t('lifecycle.publish'),
    async () => {
      await setPublished(plan.id, !published);
      return published ? t('lifecycle.unpublished') : t('lifecycle.publishedNow');
    },
    published ? { confirm: t('lifecycle.unpublishConfirm') } : {},
  );
}

function copyForm(plan: PlanResponse): HTMLFormElement {
  return actionForm(
    'lifecycle-copy',
    t('lifecycle.copyHeading'),
    [h('p', { class: 'muted' }, t('lifecycle.copyNote', { start: plan.endYear + 1, end: plan.endYear + 5 }))],
    t('lifecycle.copy'),
    async () => {
      const copied = await copyPlan(plan.id);
      announce(t('lifecycle.copied'));
      navigate(`/plans/${copied.id}`);
      // The new plan's page is opened instead of this one reloaded.
      return null;
    },
  );
}
