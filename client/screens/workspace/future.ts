import type { CoreValueDoc } from '../../../src/contracts/plan-document.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { getPlan } from '../../api/plans.js';
import { addCoreValue, deleteCoreValue, updateCoreValue, updatePlan } from '../../api/strategy.js';
import { confirmButton } from '../../components/confirm-button.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';

/**
 * The plan's future (issue 12, 3): mission, vision and core values (name and explanation: add,
 * edit, delete, reorder), saved through PATCH /api/plans/:planId (with the version read) and the
 * core-values routes; a refusal shows beside its field. The plan's earlier versions are one link
 * away. Read-only text when the plan cannot be edited.
 */

export interface FutureEditor {
  element: HTMLElement;
  /** Focuses the field of a validation issue's path (plan.mission, plan.values[1].title…); false if none. */
  focus(path: string): boolean;
}

export function futureEditor(
  initial: PlanResponse,
  options: { editable: boolean; changed(): Promise<void> },
): FutureEditor {
  let plan = initial;
  const body = h('div', { class: 'ws-future-body' });
  const element = h(
    'section',
    { class: 'card ws-future', id: 'future', 'aria-labelledby': 'future-heading' },
    h(
      'div',
      { class: 'ws-section-head' },
      h('h2', { id: 'future-heading' }, t('workspace.futureHeading')),
      h('a', { href: href('/plans/:planId/versions', { planId: plan.id }) }, t('workspace.versions')),
    ),
    body,
  );

  /** The plan as stored now (its version moves with every change, the core values' too). */
  const reload = async (): Promise<void> => {
    plan = await getPlan(plan.id);
    draw();
    await options.changed();
  };

  const textForm = (name: 'mission' | 'vision', label: string): HTMLElement => {
    const id = uid(name);
    const area = h('textarea', { id, name, rows: 4, 'data-future': `plan.${name}` });
    area.value = plan[name] ?? '';
    const form = h(
      'form',
      { class: `ws-text-form ws-${name}`, novalidate: true },
      h('div', { class: 'field' }, h('label', { for: id }, label), area),
      h('button', { type: 'submit', class: 'primary' }, t('workspace.save')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      const button = form.querySelector('button');
      if (button) button.disabled = true;
      updatePlan(plan.id, { version: plan.version, [name]: area.value.trim() })
        .then(async (saved) => {
          plan = saved;
          announce(t('workspace.saved'));
          await options.changed();
        })
        // The user's text stays in the field beside the server's message.
        .catch((error: unknown) => showError(form, error))
        .finally(() => {
          if (button) button.disabled = false;
        });
    });
    return form;
  };

  /**
   * The name and explanation fields of a core value: of the stored one at `position` (filled in,
   * each marked with its validation path), or empty for a new one.
   */
  const valueFields = (stored: { value: CoreValueDoc; position: number } | null) => {
    const titleId = uid(stored ? 'value-title' : 'new-value');
    const descriptionId = uid(stored ? 'value-description' : 'new-value-description');
    const path = stored ? `plan.values[${stored.position - 1}]` : null;
    const title = h('input', {
      id: titleId,
      name: 'title',
      value: stored?.value.title,
      autocomplete: 'off',
      'data-future': path === null ? undefined : `${path}.title`,
    });
    const description = h('textarea', {
      id: descriptionId,
      name: 'description',
      rows: 2,
      'data-future': path === null ? undefined : `${path}.description`,
    });
    description.value = stored?.value.description ?? '';
    const fields = [
      h('div', { class: 'field' }, h('label', { for: titleId }, t('workspace.valueTitle')), title),
      h(
        'div',
        { class: 'field' },
        h('label', { for: descriptionId }, t('workspace.valueDescription')),
        description,
      ),
    ];
    return { title, description, fields };
  };

  /**
   * A core value form's submit: the name is required; `save` gets the name and explanation as
   * typed, then the plan is read again and `after` runs. A refusal shows in the form.
   */
  const onValueSubmit = (
    form: HTMLFormElement,
    { title, description }: { title: HTMLInputElement; description: HTMLTextAreaElement },
    save: (value: CoreValueDoc) => Promise<unknown>,
    after?: () => void,
  ): void => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = { title: title.value.trim(), description: description.value.trim() };
      const required = [{ path: 'title', value: value.title, message: t('workspace.titleRequired') }];
      if (!requireFields(form, t('workspace.fixFields'), required)) return;
      save(value)
        .then(async () => {
          announce(t('workspace.saved'));
          await reload();
          after?.();
        })
        .catch((error: unknown) => showError(form, error));
    });
  };

  /** Up or down among the core values: its place taken by the neighbour's name and explanation. */
  const moveButton = (
    value: CoreValueDoc,
    direction: 'up' | 'down',
    disabled: boolean,
    move: () => void,
  ): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        disabled,
        'aria-label': t(`workspace.${direction}Label`, { code: value.title }),
        onclick: move,
      },
      direction === 'up' ? '↑ ' : '↓ ',
      t(`workspace.${direction}`),
    );

  const valueForm = (value: CoreValueDoc, position: number, count: number): HTMLElement => {
    const inputs = valueFields({ value, position });
    const form = h('form', { class: 'ws-value', novalidate: true, 'data-position': position });
    const swap = (other: number): void => {
      clearErrors(form);
      const mine = plan.values[position - 1];
      const theirs = plan.values[other - 1];
      if (!mine || !theirs) return;
      // No reorder route: the two positions exchange their name and explanation.
      void (async () => {
        await updateCoreValue(plan.id, position, {
          title: theirs.title,
          description: theirs.description ?? '',
        });
        await updateCoreValue(plan.id, other, { title: mine.title, description: mine.description ?? '' });
        announce(t('workspace.saved'));
        await reload();
        body.querySelector<HTMLElement>(`form[data-position="${other}"] input`)?.focus();
      })().catch((error: unknown) => showError(form, error));
    };
    form.append(
      h('h4', {}, t('workspace.valueHeading', { position })),
      ...inputs.fields,
      h(
        'div',
        { class: 'ws-controls' },
        h('button', { type: 'submit', class: 'primary small' }, t('workspace.save')),
        moveButton(value, 'up', position === 1, () => swap(position - 1)),
        moveButton(value, 'down', position === count, () => swap(position + 1)),
        confirmButton({
          label: t('workspace.delete'),
          ariaLabel: t('workspace.deleteLabel', { code: value.title }),
          question: t('workspace.deleteValueQuestion', { title: value.title }),
          yes: t('workspace.yes'),
          no: t('workspace.no'),
          className: 'small',
          errors: form,
          act: async () => {
            await deleteCoreValue(plan.id, position);
            announce(t('workspace.saved'));
            await reload();
          },
        }),
      ),
    );
    onValueSubmit(form, inputs, (typed) => updateCoreValue(plan.id, position, typed));
    return form;
  };

  const addValueForm = (): HTMLElement => {
    const inputs = valueFields(null);
    const form = h(
      'form',
      { class: 'ws-add-value', novalidate: true },
      h('h4', {}, t('workspace.newValue')),
      ...inputs.fields,
      h('button', { type: 'submit', class: 'primary' }, t('workspace.addValue')),
    );
    onValueSubmit(
      form,
      inputs,
      (typed) => addCoreValue(plan.id, withDescription(typed)),
      () => body.querySelector<HTMLElement>('form.ws-add-value input')?.focus(),
    );
    return form;
  };

  const readOnly = (): HTMLElement[] => [
    h('h3', {}, t('workspace.mission')),
    h('p', {}, plan.mission || t('workspace.notWritten')),
    h('h3', {}, t('workspace.vision')),
    h('p', {}, plan.vision || t('workspace.notWritten')),
    h('h3', {}, t('workspace.values')),
    plan.values.length === 0
      ? h('p', { class: 'muted' }, t('workspace.noValues'))
      : h(
          'dl',
          { class: 'ws-values-list' },
          plan.values.flatMap((value) => [h('dt', {}, value.title), h('dd', {}, value.description ?? '')]),
        ),
  ];

  const draw = (): void => {
    if (!options.editable) {
      replaceChildren(body, readOnly());
      return;
    }
    replaceChildren(
      body,
      textForm('mission', t('workspace.mission')),
      textForm('vision', t('workspace.vision')),
      h('h3', {}, t('workspace.values')),
      plan.values.length === 0 ? h('p', { class: 'muted' }, t('workspace.noValues')) : null,
      plan.values.map((value, index) => valueForm(value, index + 1, plan.values.length)),
      addValueForm(),
    );
  };
  draw();

  return {
    element,
    focus(path) {
      // plan.values[0] → its name; plan.mission → the mission.
      const target =
        body.querySelector<HTMLElement>(`[data-future="${CSS.escape(path)}"]`) ??
        body.querySelector<HTMLElement>(`[data-future="${CSS.escape(`${path}.title`)}"]`) ??
        (path === 'plan.values' ? body.querySelector<HTMLElement>('form.ws-add-value input') : null);
      if (!target) return false;
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return true;
    },
  };
}

/** A core value as the routes take it: no description key when there is none. */
function withDescription(value: CoreValueDoc): CoreValueDoc {
  return value.description ? { title: value.title, description: value.description } : { title: value.title };
}
