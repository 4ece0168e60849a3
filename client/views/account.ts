import type { ErrorDetail } from '../../src/contracts/errors.js';
import type { MembershipResponse } from '../../src/contracts/auth.js';
import { changePassword } from '../api/users.js';
import { inputField } from '../components/input-field.js';
import { h, replaceChildren } from '../lib/dom.js';
import { clearErrors, showError, showValidationErrors } from '../lib/errors.js';
import { t } from '../lib/i18n.js';
import { roleLabel } from '../lib/labels.js';
import type { RouteContext } from '../lib/router.js';
import { currentUser } from '../lib/session.js';

/** #/account — the signed-in user, their roles, and the change-password form. */
export function render(context: RouteContext): void {
  const user = currentUser();
  if (!user) return;
  context.setTitle(t('account.title'));
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('account.title')),
    h(
      'section',
      { class: 'card', 'aria-label': t('account.title') },
      h(
        'dl',
        { class: 'identity-list' },
        h('dt', {}, t('account.name')),
        h('dd', {}, user.name),
        h('dt', {}, t('account.email')),
        h('dd', {}, user.email),
        h('dt', {}, t('account.roles')),
        h(
          'dd',
          {},
          user.isSuperadmin ? h('p', {}, t('account.superadmin')) : null,
          user.memberships.length === 0
            ? user.isSuperadmin
              ? null
              : t('account.noRoles')
            : h(
                'ul',
                { class: 'membership-list' },
                user.memberships.map((membership) => h('li', {}, membershipText(membership))),
              ),
        ),
      ),
    ),
    passwordForm(),
  );
}

export function membershipText(membership: MembershipResponse): string {
  const params = { institution: membership.institution, role: roleLabel(membership.role) };
  return membership.units.length > 0
    ? t('account.membershipUnits', { ...params, units: membership.units.join(', ') })
    : t('account.membership', params);
}

function passwordForm(): HTMLElement {
  const field = (name: string, label: string, autocomplete: string, hint?: string) =>
    inputField(name, label, { type: 'password', autocomplete, maxlength: 200 }, hint);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('account.submit'));
  const done = h('p', { class: 'form-done', role: 'status' });
  const form = h(
    'form',
    { class: 'card password-form', novalidate: true, 'aria-labelledby': 'password-heading' },
    h('h2', { id: 'password-heading' }, t('account.passwordHeading')),
    field('currentPassword', t('account.currentPassword'), 'current-password'),
    field('newPassword', t('account.newPassword'), 'new-password', t('account.newPasswordHint')),
    field('newPasswordRepeat', t('account.repeatPassword'), 'new-password'),
    h('div', { class: 'actions' }, submit),
    done,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(form, submit, done);
  });
  return form;
}

async function send(form: HTMLFormElement, submit: HTMLButtonElement, done: HTMLElement): Promise<void> {
  clearErrors(form);
  done.textContent = '';
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
  const currentPassword = value('currentPassword');
  const newPassword = value('newPassword');
  const problems: ErrorDetail[] = [];
  if (!currentPassword)
    problems.push({ path: 'currentPassword', code: 'REQUIRED', message: t('account.currentRequired') });
  if (newPassword.length < 10)
    problems.push({ path: 'newPassword', code: 'INVALID_VALUE', message: t('account.newTooShort') });
  else if (value('newPasswordRepeat') !== newPassword)
    problems.push({ path: 'newPasswordRepeat', code: 'MISMATCH', message: t('account.repeatMismatch') });
  if (problems.length > 0) {
    showValidationErrors(form, t('account.fixFields'), problems);
    return;
  }
  submit.disabled = true;
  submit.textContent = t('account.submitting');
  try {
    await changePassword({ currentPassword, newPassword });
    form.reset();
    // The visible status line is a live region: read once, and it stays on the page.
    done.textContent = t('account.changed');
  } catch (error) {
    showError(form, error);
  } finally {
    submit.disabled = false;
    submit.textContent = t('account.submit');
  }
}
