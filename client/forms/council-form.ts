import type { ErrorDetail } from '../../src/contracts/errors.js';
import type { PersonRef } from '../../src/contracts/working-groups.js';
import { ApiError } from '../api/http.js';
import { placeError } from './field-errors.js';
import { h, uid } from '../lib/dom.js';
import { announce } from '../lib/announce.js';
import { clearErrors, showError, toApiError } from '../lib/errors.js';
import { refresh } from '../lib/router.js';

/**
 * The working-group forms (their plain fields are fields.ts'). A list of members is a fieldset of checkboxes: the fieldset
 * carries the list's path ("founderIds") and, once read for sending, each ticked box the path of
 * its place in the sent array ("founderIds[4]"), so a refusal naming one member shows beside
 * that member and one about the list (WG_QUORUM at presentIds) beside the list.
 */

/** Checkboxes of people; `extra` adds a control after a person's box (an election's votes). */
export function peopleField(
  name: string,
  legend: string,
  people: readonly PersonRef[],
  checked: ReadonlySet<string> = new Set(),
  extra?: (person: PersonRef) => HTMLElement,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'people-field', 'data-error-path': name, 'data-list': name },
    h('legend', {}, legend),
    people.map((person) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'person-choice', 'data-person': person.id },
        h('input', { type: 'checkbox', id, value: person.id, checked: checked.has(person.id) }),
        h('label', { for: id }, person.name),
        extra?.(person),
      );
    }),
  );
}

/** The ticked people of a list, in screen order; each box gets the path of its place in the answer. */
export function checkedIds(form: HTMLElement, name: string): string[] {
  const ids: string[] = [];
  const list = form.querySelector(`[data-list="${CSS.escape(name)}"]`);
  list?.querySelectorAll<HTMLInputElement>('.person-choice > input[type="checkbox"]').forEach((box) => {
    if (box.checked) {
      box.setAttribute('data-error-path', `${name}[${ids.length}]`);
      ids.push(box.value);
    } else box.removeAttribute('data-error-path');
  });
  return ids;
}

/**
 * A refusal in a form: each detail at its field, or at the nearest one on screen ("managerIds[2]"
 * at the managers' list); one with no field at all is listed under the server's message by its
 * text alone (never its path).
 */
export function showCouncilError(form: HTMLElement, error: unknown): void {
  const apiError = toApiError(error);
  const present = (path: string): boolean =>
    form.querySelector(`[data-error-path="${CSS.escape(path)}"], [name="${CSS.escape(path)}"]`) !== null;
  const details: ErrorDetail[] = apiError.details.map((detail) => ({
    ...detail,
    path: placeError(detail.path, present) ?? '',
  }));
  showError(
    form,
    new ApiError({ statusCode: apiError.status, code: apiError.code, message: apiError.message, details }),
  );
}

/**
 * A form that sends one request: its button off until the answer; then `done` announced and the
 * screen drawn again, or the refusal shown in the form (showCouncilError).
 */
export function councilForm(
  className: string,
  heading: string,
  fields: HTMLElement[],
  submitText: string,
  send: (form: HTMLFormElement) => Promise<unknown>,
  done: string,
): HTMLFormElement {
  const submit = h('button', { type: 'submit' }, submitText);
  const form = h(
    'form',
    { class: `council-form ${className}`, novalidate: true },
    h('h3', {}, heading),
    fields,
    h('p', {}, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    send(form)
      .then(async () => {
        announce(done);
        await refresh();
      })
      .catch((error: unknown) => showCouncilError(form, error))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** A form shown on demand: a button that opens it in a disclosure. */
export function disclosure(summary: string, form: HTMLElement, className = ''): HTMLElement {
  return h('details', { class: `council-disclosure ${className}`.trim() }, h('summary', {}, summary), form);
}
