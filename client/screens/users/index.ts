import {
  ROLES,
  type InvitationResponse,
  type MeResponse,
  type MembershipResponse,
  type Role,
} from '../../../src/contracts/auth.js';
import type { ErrorDetail } from '../../../src/contracts/errors.js';
import type { InstitutionResponse, UnitResponse } from '../../../src/contracts/resources.js';
import { listInstitutions, listUnits } from '../../api/institutions.js';
import {
  cancelInvitation,
  createUser,
  deleteMembership,
  isInvitation,
  listInstitutionInvitations,
  listUsers,
  putMembership,
} from '../../api/users.js';
import { announce } from '../../lib/announce.js';
import { inputField } from '../../components/input-field.js';
import { h, replaceChildren, srOnly, uid } from '../../lib/dom.js';
import { clearErrors, messageOf, showError, showValidationErrors, toApiError } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { roleLabel, unitNamer } from '../../lib/labels.js';
import { PASSWORD_MIN_LENGTH } from '../../lib/password.js';
import { createProgress } from '../../lib/progress-bar.js';
import type { RouteContext } from '../../lib/router.js';
import { currentUser } from '../../lib/session.js';
import { loadUnitNames, membershipText, type UnitNames } from '../../components/memberships.js';
import { accountActions } from './account-actions.js';
import { unitsSection } from './units-admin.js';
import { confirmButton } from '../../components/confirm-button.js';

/**
 * #/users — an administrator's accounts and roles (issue 4, screen 8): create an account with
 * its first role, grant or change a role per institution (a unit manager bound to units), revoke
 * one. A superadmin sees every account and institution; an institution admin the accounts
 * holding a role in theirs. A role offered to someone who belongs to another institution is an
 * invitation until they accept it: those wait in their own list ("davet gönderildi"), where the
 * admin can cancel them. The server decides; this screen only hides what the caller may not do.
 */
export async function render(context: RouteContext): Promise<void> {
  context.setTitle(t('users.title'));
  const me = currentUser();
  if (!me || !isAdmin(me)) {
    replaceChildren(
      context.outlet,
      h('h1', { tabindex: -1 }, t('users.title')),
      h('p', { class: 'card' }, t('users.notAllowed')),
    );
    return;
  }
  const [institutions, accounts] = await Promise.all([
    listInstitutions(context.signal),
    listUsers(context.signal),
  ]);
  if (context.signal.aborted) return;
  const administered = me.isSuperadmin
    ? institutions
    : institutions.filter((institution) =>
        me.memberships.some((item) => item.institutionId === institution.id && item.role === 'admin'),
      );
  let cached = unitCache(context.signal);
  const units: UnitCache = (institutionId) => cached(institutionId);
  const listSection = h('section', { class: 'users-section', 'aria-labelledby': 'users-list-heading' });
  const invitationSection = h('section', {
    class: 'users-section invitations-section',
    'aria-labelledby': 'invitations-heading',
  });
  const loadInvitations = async (): Promise<InvitationResponse[]> =>
    (
      await Promise.all(
        administered.map((institution) => listInstitutionInvitations(institution.id, context.signal)),
      )
    ).flat();
  // Units are named from the institutions this admin administers; another's keep their codes.
  const loadNames = (): Promise<UnitNames> =>
    loadUnitNames(
      administered.map((institution) => institution.id),
      units,
    );
  const reload: Reload = async (focusEmail) => {
    const [fresh, invitations, names] = await Promise.all([
      listUsers(context.signal),
      loadInvitations(),
      loadNames(),
    ]);
    if (context.signal.aborted) return;
    fillInvitations(invitationSection, invitations, names, reload);
    fillList(listSection, fresh, administered, units, names, reload);
    // The list was redrawn under the user's focus: put it back on the account just changed.
    if (focusEmail)
      listSection.querySelector<HTMLElement>(`li.user[data-email="${CSS.escape(focusEmail)}"] h3`)?.focus();
  };
  const [invitations, names] = await Promise.all([loadInvitations(), loadNames()]);
  if (context.signal.aborted) return;
  fillInvitations(invitationSection, invitations, names, reload);
  fillList(listSection, accounts, administered, units, names, reload);
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('users.title')),
    h('p', {}, t('users.intro')),
    createForm(me, administered, units, reload),
    invitationSection,
    listSection,
    // Renamed, added or deleted units: the role forms read them anew.
    administered.map((institution) =>
      unitsSection(institution, context.signal, () => {
        cached = unitCache(context.signal);
      }),
    ),
  );
}

export function isAdmin(user: MeResponse): boolean {
  return user.isSuperadmin || user.memberships.some((membership) => membership.role === 'admin');
}

type UnitCache = (institutionId: string) => Promise<UnitResponse[]>;
/** Reads the accounts again and redraws the list, focusing the account given. */
type Reload = (focusEmail?: string) => Promise<void>;

function unitCache(signal: AbortSignal): UnitCache {
  const cache = new Map<string, Promise<UnitResponse[]>>();
  return (institutionId) => {
    let units = cache.get(institutionId);
    if (!units) {
      units = listUnits(institutionId, signal);
      cache.set(institutionId, units);
      // A failed load is asked again next time.
      units.catch(() => cache.delete(institutionId));
    }
    return units;
  };
}

interface RoleChoice {
  institutionId: string;
  role: Role;
  units: string[];
}

/**
 * Institution, role and (for a unit manager) unit checkboxes. The units fieldset carries
 * data-error-path="units", where the API's `units` detail is shown.
 */
function roleFields(
  institutions: InstitutionResponse[],
  units: UnitCache,
  initial?: { institutionId?: string; role?: Role; units?: string[] },
): {
  element: HTMLElement;
  read(): RoleChoice;
  /** Back to the first choice (after an account was created with the current one). */
  reset(): void;
  institutionName(id: string): string;
} {
  const institutionId = uid('institution');
  const roleId = uid('role');
  const institutionSelect = h(
    'select',
    { id: institutionId, name: 'institutionId' },
    institutions.map((institution) =>
      h(
        'option',
        { value: institution.id, selected: institution.id === initial?.institutionId },
        institution.name,
      ),
    ),
  );
  const roleSelect = h(
    'select',
    { id: roleId, name: 'role' },
    ROLES.map((role) =>
      h('option', { value: role, selected: role === (initial?.role ?? 'planner') }, roleLabel(role)),
    ),
  );
  const unitList = h('div', { class: 'unit-choices' });
  const unitFieldset = h(
    'fieldset',
    { class: 'units-fieldset', 'data-error-path': 'units', tabindex: -1 },
    h('legend', {}, t('users.units')),
    unitList,
  );
  let generation = 0;
  const fillUnits = async (): Promise<void> => {
    generation += 1;
    const mine = generation;
    unitFieldset.hidden = roleSelect.value !== 'unit_manager';
    if (unitFieldset.hidden || !institutionSelect.value) return;
    const progress = createProgress(t('users.loadingUnits'));
    replaceChildren(unitList, progress.element);
    try {
      const list = await units(institutionSelect.value);
      if (mine !== generation) return;
      const unitName = unitNamer(list);
      replaceChildren(
        unitList,
        list.length === 0
          ? h('p', {}, t('users.noUnits'))
          : list.map((unit) => {
              const id = uid('unit');
              const label = unitName(unit.code);
              // Two units of one name: the code tells them apart, beside the label, not in it.
              const shared = list.filter((other) => unitName(other.code) === label).length > 1;
              return h(
                'div',
                { class: 'check' },
                h('input', {
                  id,
                  type: 'checkbox',
                  name: 'units',
                  value: unit.code,
                  checked: initial?.units?.includes(unit.code) ?? false,
                }),
                h('label', { for: id }, label),
                shared ? [' ', h('small', { class: 'muted unit-code' }, unit.code)] : null,
              );
            }),
      );
    } catch (error) {
      if (mine === generation) showError(unitList, error);
    }
  };
  institutionSelect.addEventListener('change', () => void fillUnits());
  roleSelect.addEventListener('change', () => void fillUnits());
  void fillUnits();
  const element = h(
    'fieldset',
    { class: 'role-fields' },
    h('legend', {}, t('users.roleLegend')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: institutionId }, t('users.institution')),
      institutionSelect,
    ),
    h('div', { class: 'field' }, h('label', { for: roleId }, t('users.role')), roleSelect),
    unitFieldset,
  );
  return {
    element,
    read: () => ({
      institutionId: institutionSelect.value,
      role: roleSelect.value as Role,
      units: [...unitList.querySelectorAll<HTMLInputElement>('input[name="units"]:checked')].map(
        (input) => input.value,
      ),
    }),
    reset: () => {
      roleSelect.value = initial?.role ?? 'planner';
      for (const box of unitList.querySelectorAll<HTMLInputElement>('input[name="units"]'))
        box.checked = false;
      void fillUnits();
    },
    institutionName: (id) => institutions.find((institution) => institution.id === id)?.name ?? id,
  };
}

/** Client-side checks the user can fix before anything is sent (the server checks them again). */
function roleProblems(choice: RoleChoice): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!choice.institutionId)
    problems.push({ path: 'institutionId', code: 'REQUIRED', message: t('users.institutionRequired') });
  if (choice.role === 'unit_manager' && choice.units.length === 0)
    problems.push({ path: 'units', code: 'REQUIRED', message: t('users.unitsRequired') });
  return problems;
}

function invalid(form: HTMLElement, details: ErrorDetail[]): void {
  showValidationErrors(form, t('users.fixFields'), details);
}

function textField(
  name: string,
  label: string,
  type: string,
  attrs: Record<string, string | number> = {},
  hint?: string,
) {
  return inputField(name, label, { type, ...attrs }, hint);
}

function createForm(
  me: MeResponse,
  institutions: InstitutionResponse[],
  units: UnitCache,
  reload: Reload,
): HTMLElement {
  const role = roleFields(institutions, units);
  const superadminId = uid('superadmin');
  const superadminBox = me.isSuperadmin
    ? h('input', { id: superadminId, type: 'checkbox', name: 'isSuperadmin' })
    : null;
  const submit = h('button', { type: 'submit', class: 'primary' }, t('users.create'));
  const done = h('p', { class: 'form-done', role: 'status' });
  const form = h(
    'form',
    { class: 'card user-form', novalidate: true, 'aria-labelledby': 'create-user-heading' },
    h('h2', { id: 'create-user-heading' }, t('users.createHeading')),
    textField('name', t('users.name'), 'text', { maxlength: 200, autocomplete: 'off' }),
    textField('email', t('users.email'), 'email', { maxlength: 320, autocomplete: 'off' }),
    textField(
      'password',
      t('users.password'),
      'password',
      { maxlength: 200, autocomplete: 'new-password' },
      t('users.passwordHint'),
    ),
    superadminBox
      ? h('div', { class: 'check' }, superadminBox, h('label', { for: superadminId }, t('users.superadmin')))
      : null,
    role.element,
    h('div', { class: 'actions' }, submit),
    done,
  );
  superadminBox?.addEventListener('change', () => {
    role.element.hidden = superadminBox.checked;
  });
  // An account created whose role was refused: sending again only grants the role.
  let pending: MeResponse | null = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(form);
      done.textContent = '';
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      const name = value('name');
      const email = value('email');
      const password = (form.elements.namedItem('password') as HTMLInputElement).value;
      const superadmin = superadminBox?.checked ?? false;
      const choice = role.read();
      const problems: ErrorDetail[] = [];
      if (!name) problems.push({ path: 'name', code: 'REQUIRED', message: t('users.nameRequired') });
      if (!email) problems.push({ path: 'email', code: 'REQUIRED', message: t('users.emailRequired') });
      if (!(pending && pending.email === email.toLowerCase()) && password.length < PASSWORD_MIN_LENGTH)
        problems.push({ path: 'password', code: 'INVALID_VALUE', message: t('users.passwordShort') });
      if (!superadmin) problems.push(...roleProblems(choice));
      if (problems.length > 0) {
        invalid(form, problems);
        return;
      }
      submit.disabled = true;
      submit.textContent = t('users.creating');
      try {
        let created: MeResponse;
        try {
          created =
            pending && pending.email === email.toLowerCase()
              ? pending
              : await createUser({ email, name, password, ...(superadmin ? { isSuperadmin: true } : {}) });
        } catch (error) {
          showError(form, error);
          return;
        }
        pending = created;
        if (superadmin) {
          done.textContent = t('users.createdSuperadmin', { name: created.name });
        } else {
          try {
            const granted = await putMembership(choice.institutionId, created.id, {
              role: choice.role,
              units: choice.units,
            });
            if (isInvitation(granted)) done.textContent = invitedText(granted);
          } catch (error) {
            showError(form, error, {
              message: t('users.createdNoRole', { message: messageOf(toApiError(error)) }),
            });
            return;
          }
          done.textContent ||= t('users.created', {
            name: created.name,
            role: roleLabel(choice.role),
            institution: role.institutionName(choice.institutionId),
          });
        }
        pending = null;
        (form.elements.namedItem('name') as HTMLInputElement).value = '';
        (form.elements.namedItem('email') as HTMLInputElement).value = '';
        (form.elements.namedItem('password') as HTMLInputElement).value = '';
        // The next account starts from the first choice, not from this one's role and units.
        role.reset();
        if (superadminBox) superadminBox.checked = false;
        role.element.hidden = false;
        await reload();
      } catch (error) {
        showError(form, error);
      } finally {
        submit.disabled = false;
        submit.textContent = t('users.create');
      }
    })();
  });
  return form;
}

function fillList(
  section: HTMLElement,
  accounts: MeResponse[],
  institutions: InstitutionResponse[],
  units: UnitCache,
  names: UnitNames,
  reload: Reload,
): void {
  const searchId = uid('user-search');
  const search = h('input', { id: searchId, type: 'search', name: 'search', autocomplete: 'off' });
  const none = h('p', { hidden: true }, t('users.noMatch'));
  const items = accounts.map((account) => userItem(account, institutions, units, names, reload));
  const list = h('ul', { class: 'user-list' }, items);
  search.addEventListener('input', () => {
    const needle = search.value.trim().toLocaleLowerCase();
    let shown = 0;
    for (const item of items) {
      const match = !needle || (item.dataset.search ?? '').includes(needle);
      item.hidden = !match;
      if (match) shown += 1;
    }
    none.hidden = shown > 0;
  });
  replaceChildren(
    section,
    h('h2', { id: 'users-list-heading' }, t('users.listHeading', { count: formatNumber(accounts.length) })),
    h('div', { class: 'field search-field' }, h('label', { for: searchId }, t('users.search')), search),
    none,
    list,
  );
}

function userItem(
  account: MeResponse,
  institutions: InstitutionResponse[],
  units: UnitCache,
  names: UnitNames,
  reload: Reload,
): HTMLLIElement {
  // Not one's own roles: an administrator revoking their own admin role would lock themselves out.
  const manageable = (membership: MembershipResponse) =>
    account.id !== currentUser()?.id &&
    institutions.some((institution) => institution.id === membership.institutionId);
  const me = currentUser();
  const item = h('li', {
    class: 'card user',
    'data-email': account.email,
    'data-active': String(account.active),
    'data-search': `${account.name} ${account.email}`.toLocaleLowerCase(),
  });
  const headingId = uid('user');
  replaceChildren(
    item,
    h(
      'h3',
      { id: headingId, tabindex: -1 },
      account.name,
      account.isSuperadmin ? [' ', h('span', { class: 'badge' }, t('users.isSuperadmin'))] : null,
      account.active ? null : [' ', h('span', { class: 'badge badge-inactive' }, t('admin.inactive'))],
    ),
    h('p', { class: 'muted' }, account.email),
    account.memberships.length === 0
      ? h('p', {}, t('users.noRoles'))
      : h(
          'ul',
          { class: 'membership-list', 'aria-labelledby': headingId },
          account.memberships.map((membership) =>
            h(
              'li',
              { 'data-institution': membership.institutionId, 'data-role': membership.role },
              h('span', {}, membershipText(membership, names)),
              manageable(membership) ? revokeControl(item, account, membership, reload) : null,
            ),
          ),
        ),
    institutions.length > 0 && account.id !== currentUser()?.id
      ? grantForm(account, institutions, units, reload)
      : null,
    me ? accountActions(account, me, reload) : null,
  );
  return item;
}

function revokeControl(
  item: HTMLElement,
  account: MeResponse,
  membership: MembershipResponse,
  reload: Reload,
): HTMLElement {
  return confirmButton({
    label: t('users.revoke'),
    ariaLabel: `${t('users.revoke')}: ${account.name}, ${membership.institution}`,
    question: t('users.revokeConfirm', { name: account.name, institution: membership.institution }),
    yes: t('users.revokeYes'),
    no: t('users.revokeNo'),
    className: 'link-button',
    errors: item,
    act: async () => {
      await deleteMembership(membership.institutionId, account.id);
      announce(t('users.revoked', { name: account.name, institution: membership.institution }));
      await reload(account.email);
    },
  });
}

function grantForm(
  account: MeResponse,
  institutions: InstitutionResponse[],
  units: UnitCache,
  reload: Reload,
): HTMLElement {
  const existing = account.memberships.find((membership) =>
    institutions.some((institution) => institution.id === membership.institutionId),
  );
  const details = h(
    'details',
    { class: 'grant' },
    h('summary', {}, t('users.grantSummary'), srOnly(` — ${account.name}`)),
  );
  let built = false;
  // The form (and its unit list) is built when opened: a long account list stays light.
  details.addEventListener('toggle', () => {
    if (!details.open || built) return;
    built = true;
    const role = roleFields(institutions, units, existing);
    const form = h(
      'form',
      { class: 'grant-form', novalidate: true },
      role.element,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('users.grant'))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        clearErrors(form);
        const choice = role.read();
        const problems = roleProblems(choice);
        if (problems.length > 0) {
          invalid(form, problems);
          return;
        }
        try {
          const granted = await putMembership(choice.institutionId, account.id, {
            role: choice.role,
            units: choice.units,
          });
          announce(
            isInvitation(granted)
              ? invitedText(granted)
              : t('users.granted', {
                  name: account.name,
                  role: roleLabel(choice.role),
                  institution: role.institutionName(choice.institutionId),
                }),
          );
          await reload(account.email);
        } catch (error) {
          showError(form, error);
        }
      })();
    });
    details.append(form);
  });
  return details;
}

function invitedText(invitation: InvitationResponse): string {
  return t('users.invited', {
    name: invitation.name,
    role: roleLabel(invitation.role),
    institution: invitation.institution,
  });
}

/** Invitations sent by the institutions the admin administers, each with "davet gönderildi" and a cancel button. */
function fillInvitations(
  section: HTMLElement,
  invitations: InvitationResponse[],
  names: UnitNames,
  reload: Reload,
): void {
  section.hidden = invitations.length === 0;
  replaceChildren(
    section,
    h(
      'h2',
      { id: 'invitations-heading' },
      t('users.invitationsHeading', { count: formatNumber(invitations.length) }),
    ),
    h(
      'ul',
      { class: 'user-list invitation-list' },
      invitations.map((invitation) => {
        const item = h('li', {
          class: 'card user invitation',
          'data-email': invitation.email,
          'data-invitation': invitation.id,
        });
        const cancel = h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'aria-label': `${t('users.invitationCancel')}: ${invitation.name}, ${invitation.institution}`,
          },
          t('users.invitationCancel'),
        );
        cancel.addEventListener('click', () => {
          void (async () => {
            cancel.disabled = true;
            try {
              await cancelInvitation(invitation.institutionId, invitation.id);
              announce(
                t('users.invitationCancelled', {
                  name: invitation.name,
                  institution: invitation.institution,
                }),
              );
              await reload();
            } catch (error) {
              cancel.disabled = false;
              showError(item, error);
            }
          })();
        });
        replaceChildren(
          item,
          h('h3', {}, invitation.name, ' ', h('span', { class: 'badge' }, t('users.invitationSent'))),
          h('p', { class: 'muted' }, invitation.email),
          h('p', {}, membershipText(invitation, names), ' ', cancel),
        );
        return item;
      }),
    ),
  );
}
