import type { ErrorDetail } from '../../../src/contracts/errors.js';
import type { InvitationResponse } from '../../../src/contracts/auth.js';
import { listUnits } from '../../api/institutions.js';
import { getNotificationSettings } from '../../api/notifications.js';
import { notificationSettingsForm } from './notification-settings.js';
import { acceptInvitation, changePassword, declineInvitation, listMyInvitations } from '../../api/users.js';
import { inputField } from '../../components/input-field.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { clearErrors, showError, showValidationErrors } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';
import { newPasswordProblems } from '../../lib/password.js';
import { loadUnitNames, membershipText } from '../../components/memberships.js';
import type { RouteContext } from '../../lib/router.js';
import { currentUser, loadSession } from '../../lib/session.js';

/**
 * #/account — the signed-in user, their roles, the invitations to roles in other institutions
 * waiting for their answer, the notification settings and the change-password form.
 */
export async function render(context: RouteContext): Promise<void> {
  const user = currentUser();
  if (!user) return;
  context.setTitle(t('account.title'));
  const [invitations, notificationSettings, unitNames] = await Promise.all([
    listMyInvitations(context.signal),
    getNotificationSettings(context.signal),
    // Only the institutions the user belongs to: another institution's units are not theirs to read.
    loadUnitNames(
      user.memberships.filter((membership) => membership.units.length > 0).map((item) => item.institutionId),
      (id) => listUnits(id, context.signal),
    ),
  ]);
  if (context.signal.aborted) return;
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('account.title')),
    invitations.length > 0 ? invitationSection(context, invitations) : null,
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
                user.memberships.map((membership) => h('li', {}, membershipText(membership, unitNames))),
              ),
        ),
      ),
    ),
    notificationSettingsForm(notificationSettings),
    passwordForm(),
  );
}

/**
 * An administrator of another institution offers a role (issue 9, point 11): nothing is granted
 * until the user accepts it here.
 */
function invitationSection(context: RouteContext, invitations: InvitationResponse[]): HTMLElement {
  return labelledSection(
    'card invitations',
    'invitations-heading',
    t('account.invitationsHeading'),
    h('p', {}, t('account.invitationsIntro')),
    h(
      'ul',
      { class: 'invitation-list' },
      invitations.map((invitation) => invitationItem(context, invitation)),
    ),
  );
}

function invitationItem(context: RouteContext, invitation: InvitationResponse): HTMLElement {
  const text = membershipText(invitation);
  const accept = h('button', { type: 'button', class: 'primary' }, t('account.invitationAccept'));
  const decline = h('button', { type: 'button' }, t('account.invitationDecline'));
  const item = h(
    'li',
    { 'data-invitation': invitation.id },
    h('p', {}, text),
    invitation.invitedBy
      ? h('p', { class: 'muted' }, t('account.invitedBy', { name: invitation.invitedBy.name }))
      : null,
    h('div', { class: 'actions', role: 'group', 'aria-label': text }, accept, ' ', decline),
  );
  const answer = async (accepted: boolean): Promise<void> => {
    accept.disabled = true;
    decline.disabled = true;
    try {
      if (accepted) {
        await acceptInvitation(invitation.id);
        announce(t('account.invitationAccepted', { institution: invitation.institution }));
        // The new role shows in the header's institutions and in the list above.
        await loadSession();
      } else {
        await declineInvitation(invitation.id);
        announce(t('account.invitationDeclined', { institution: invitation.institution }));
      }
      await render(context);
    } catch (error) {
      accept.disabled = false;
      decline.disabled = false;
      showError(item, error);
    }
  };
  accept.addEventListener('click', () => void answer(true));
  decline.addEventListener('click', () => void answer(false));
  return item;
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
  problems.push(
    ...newPasswordProblems(
      newPassword,
      value('newPasswordRepeat'),
      { password: 'newPassword', repeat: 'newPasswordRepeat' },
      { short: t('account.newTooShort'), mismatch: t('account.repeatMismatch') },
    ),
  );
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
