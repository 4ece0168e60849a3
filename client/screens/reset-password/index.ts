import { ApiError } from '../../api/http.js';
import { resetPassword } from '../../api/users.js';
import { inputField } from '../../components/input-field.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { clearErrors, showError, showValidationErrors, toApiError } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';
import { newPasswordProblems } from '../../lib/password.js';
import type { RouteContext } from '../../lib/router.js';

/**
 * #/reset-password?token=… — the page of an administrator's one-time reset link: the user sets a
 * new password under the password policy, without signing in. A spent, expired or made-up link
 * is refused with the API's message; a weak password at its field, the link still usable.
 */
export function render(context: RouteContext): void {
  context.setTitle(t('admin.resetTitle'));
  const token = context.query.get('token') ?? '';
  const submit = h('button', { type: 'submit', class: 'primary' }, t('admin.resetSubmit'));
  const form = h(
    'form',
    { class: 'card reset-form', novalidate: true, 'aria-labelledby': 'reset-heading' },
    inputField(
      'newPassword',
      t('admin.resetNew'),
      {
        type: 'password',
        autocomplete: 'new-password',
        maxlength: 200,
      },
      t('users.passwordHint'),
    ),
    inputField('repeat', t('admin.resetRepeat'), {
      type: 'password',
      autocomplete: 'new-password',
      maxlength: 200,
    }),
    h('div', { class: 'actions' }, submit),
  );
  const done = h('div', { class: 'reset-done' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(form);
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
      const newPassword = value('newPassword');
      const problems = newPasswordProblems(
        newPassword,
        value('repeat'),
        { password: 'newPassword', repeat: 'repeat' },
        { short: t('admin.resetShort'), mismatch: t('admin.resetMismatch') },
      );
      if (problems.length > 0) {
        showValidationErrors(form, t('users.fixFields'), problems);
        return;
      }
      submit.disabled = true;
      try {
        await resetPassword({ token, newPassword });
        replaceChildren(
          done,
          h('p', { class: 'notice', role: 'status' }, t('admin.resetDone')),
          h('p', {}, h('a', { href: '#/login' }, t('admin.toLogin'))),
        );
        form.remove();
      } catch (error) {
        showError(form, withoutTokenDetail(error));
      } finally {
        submit.disabled = false;
      }
    })();
  });
  replaceChildren(
    context.outlet,
    h(
      'div',
      { class: 'narrow' },
      h('h1', { id: 'reset-heading', tabindex: -1 }, t('admin.resetTitle')),
      token ? h('p', {}, t('admin.resetIntro')) : h('p', { class: 'notice' }, t('admin.resetNoToken')),
      token ? form : null,
      done,
    ),
  );
}

/** The token has no field on this page: its refusal is said once, by the message. */
function withoutTokenDetail(error: unknown): ApiError {
  const apiError = toApiError(error);
  return new ApiError({
    statusCode: apiError.status,
    code: apiError.code,
    message: apiError.message,
    details: apiError.details.filter((detail) => detail.path !== 'token'),
  });
}
