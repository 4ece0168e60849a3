import type { MeResponse } from '../../../src/contracts/auth.js';
import { deactivateUser, issuePasswordReset, reactivateUser } from '../../api/users.js';
import { confirmButton } from '../../components/confirm-button.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';

/**
 * What an administrator does to an account itself, below its roles: deactivate it (asked first)
 * or reactivate it, and create a one-time password reset link, shown here once to pass on.
 * Never for one's own account; a superadmin's only for a superadmin (the server checks both).
 */
export function accountActions(
  account: MeResponse,
  me: MeResponse,
  reload: (focusEmail?: string) => Promise<void>,
): HTMLElement | null {
  if (account.id === me.id || (account.isSuperadmin && !me.isSuperadmin)) return null;
  const status = h('div', { class: 'account-status' });
  const linkBox = h('div', { class: 'reset-link' });
  const deactivate = confirmButton({
    label: t('admin.deactivate'),
    ariaLabel: `${t('admin.deactivate')}: ${account.name}`,
    question: t('admin.deactivateConfirm', { name: account.name }),
    yes: t('admin.deactivateYes'),
    no: t('admin.cancel'),
    errors: status,
    act: async () => {
      clearErrors(status);
      await deactivateUser(account.id);
      announce(t('admin.deactivated', { name: account.name }));
      await reload(account.email);
    },
  });
  const reactivate = h(
    'button',
    {
      type: 'button',
      'aria-label': `${t('admin.reactivate')}: ${account.name}`,
      onclick: () =>
        void (async () => {
          clearErrors(status);
          try {
            await reactivateUser(account.id);
            announce(t('admin.reactivated', { name: account.name }));
            await reload(account.email);
          } catch (error) {
            showError(status, error);
          }
        })(),
    },
    t('admin.reactivate'),
  );
  const resetButton = h(
    'button',
    {
      type: 'button',
      'aria-label': `${t('admin.resetLink')}: ${account.name}`,
      onclick: () => void issueLink(),
    },
    t('admin.resetLink'),
  );
  const issueLink = async (): Promise<void> => {
    clearErrors(status);
    resetButton.disabled = true;
    try {
      const issued = await issuePasswordReset(account.id);
      const inputId = uid('reset-link');
      const noteId = uid('reset-note');
      const input = h('input', {
        id: inputId,
        type: 'text',
        readonly: true,
        value: `${location.origin}${issued.path}`,
        'aria-describedby': noteId,
        class: 'reset-link-input',
      });
      const copy = h(
        'button',
        {
          type: 'button',
          onclick: () =>
            void navigator.clipboard
              ?.writeText(input.value)
              .then(() => announce(t('admin.copied')))
              .catch(() => input.select()),
        },
        t('admin.copy'),
      );
      replaceChildren(
        linkBox,
        h('label', { for: inputId }, t('admin.resetLinkLabel', { name: account.name })),
        h('div', { class: 'reset-link-row' }, input, copy),
        h(
          'p',
          { class: 'hint', id: noteId },
          t('admin.resetLinkNote', { date: formatDateTime(issued.expiresAt) }),
        ),
      );
      input.focus();
      input.select();
    } catch (error) {
      showError(status, error);
    } finally {
      resetButton.disabled = false;
    }
  };
  return h(
    'div',
    { class: 'account-actions' },
    status,
    h('div', { class: 'actions' }, account.active ? [resetButton, deactivate] : reactivate),
    linkBox,
  );
}
