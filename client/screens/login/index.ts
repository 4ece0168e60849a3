import { login } from '../../api/auth.js';
import { ApiError } from '../../api/http.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError, toApiError } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';
import { navigate, type RouteContext } from '../../lib/router.js';
import { setUser } from '../../lib/session.js';

/** #/login?next=… : sign in, then back to where the user was going. */
export function render(context: RouteContext): void {
  context.setTitle(t('login.title'));
  const emailId = uid('email');
  const passwordId = uid('password');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('login.submit'));
  const form = h(
    'form',
    { class: 'card login-form', novalidate: true, 'aria-labelledby': 'login-heading' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: emailId }, t('login.email')),
      h('input', {
        id: emailId,
        name: 'email',
        type: 'email',
        autocomplete: 'username',
        required: true,
        maxlength: 320,
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: passwordId }, t('login.password')),
      h('input', {
        id: passwordId,
        name: 'password',
        type: 'password',
        autocomplete: 'current-password',
        required: true,
        maxlength: 200,
      }),
    ),
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(form, submit, context);
  });
  replaceChildren(
    context.outlet,
    h(
      'div',
      { class: 'narrow' },
      h('h1', { id: 'login-heading', tabindex: -1 }, t('login.title')),
      // Sent here by a request whose session had ended: say why, and that the way back is kept.
      context.query.get('expired')
        ? h('p', { class: 'notice', 'data-testid': 'session-expired' }, t('login.expired'))
        : null,
      h('p', {}, t('login.intro')),
      form,
      // The transparency pages are open without an account.
      h('p', { class: 'public-link' }, h('a', { href: '#/public' }, t('transparency.fromLogin'))),
    ),
  );
}

async function signIn(
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  context: RouteContext,
): Promise<void> {
  clearErrors(form);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const email = field('email').value.trim();
  const password = field('password').value;
  const complete = requireFields(form, t('login.fixFields'), [
    { path: 'email', value: email, message: t('login.emailRequired') },
    { path: 'password', value: password, message: t('login.passwordRequired') },
  ]);
  if (!complete) return;
  submit.disabled = true;
  submit.textContent = t('login.submitting');
  try {
    const response = await login({ email, password });
    setUser(response.user);
    const next = context.query.get('next');
    navigate(next && next.startsWith('#/') && !next.startsWith('#/login') ? next : '#/');
  } catch (error) {
    const apiError = toApiError(error);
    const placed = withFieldDetail(apiError);
    // The reason is said once: at the password field when it is placed there, else in the summary.
    showError(form, placed, {
      message: placed.details.length > 0 ? t('login.failed') : loginMessage(apiError),
    });
  } finally {
    submit.disabled = false;
    submit.textContent = t('login.submit');
  }
}

/** Sign-in refusals name no field; the password field is where the user acts on them. */
function withFieldDetail(error: ApiError): ApiError {
  if (error.details.length > 0 || error.status === 0) return error;
  return new ApiError({
    statusCode: error.status,
    code: error.code,
    message: error.message,
    details: [{ path: 'password', code: error.code, message: loginMessage(error) }],
  });
}

function loginMessage(error: ApiError): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('login.invalid');
    case 'ACCOUNT_LOCKED': {
      const minutes = /(\d+)\s*minutes?\b/.exec(error.message)?.[1];
      return minutes ? t('login.lockedFor', { minutes }) : t('login.locked');
    }
    case 'TOO_MANY_ATTEMPTS': {
      const seconds = /(\d+)\s*s\b/.exec(error.message)?.[1];
      return seconds ? t('login.throttledFor', { seconds }) : t('login.throttled');
    }
    case 'VALIDATION_FAILED':
      return t('login.fixFields');
    case 'ACCOUNT_DEACTIVATED':
      return t('login.deactivated');
    default:
      return error.code === 'NETWORK_ERROR' ? t('common.errorNetwork') : error.message;
  }
}
