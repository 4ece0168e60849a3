import { logout } from './api/auth.js';
import { h, replaceChildren, uid } from './lib/dom.js';
import { getLang, setLang, t } from './lib/i18n.js';
import { roleLabel } from './lib/labels.js';
import { href, navigate, parseHash } from './lib/router.js';
import { planLinks } from './routes.js';
import {
  currentUser,
  getInstitutionId,
  loadDirectory,
  roleIn,
  setInstitutionId,
  setUser,
} from './lib/session.js';
import { announce } from './lib/announce.js';
import { showError } from './lib/errors.js';
import { notificationBell, refreshBell } from './components/notification-bell.js';

/**
 * The page frame around every screen: the skip link, the header (brand, institution and plan
 * picker, the signed-in user, sign-out, language switch) and the footer. It re-renders on a
 * language switch, a sign-in or sign-out, and when the open plan changes.
 */
export interface Shell {
  render(): void;
  /** The plan the current screen shows (the picker preselects it). */
  setPlan(planId: string | null): void;
}

const MENU_ID = 'app-menu';

export function createShell(header: HTMLElement, footer: HTMLElement, main: HTMLElement): Shell {
  let planId: string | null = null;
  let generation = 0;

  let menuOpen = false;
  const setMenu = (open: boolean): void => {
    menuOpen = open;
    header.querySelector('.menu-toggle')?.setAttribute('aria-expanded', String(open));
    header.querySelector<HTMLElement>('.header-menu')?.setAttribute('data-open', String(open));
  };
  // Esc closes the open menu and gives focus back to its button.
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenu(false);
    header.querySelector<HTMLElement>('.menu-toggle')?.focus();
  });

  const skip = document.getElementById('skip-link');
  skip?.addEventListener('click', (event) => {
    // #main would be taken for a route: move focus instead.
    event.preventDefault();
    main.focus();
  });

  const render = (): void => {
    generation += 1;
    const mine = generation;
    if (skip) skip.textContent = t('shell.skipToContent');
    const user = currentUser();
    const langSwitch = h(
      'button',
      {
        type: 'button',
        class: 'lang-switch',
        lang: getLang() === 'tr' ? 'en' : 'tr',
        'data-testid': 'lang-switch',
        onclick: () => setLang(getLang() === 'tr' ? 'en' : 'tr'),
      },
      t('shell.otherLanguage'),
    );
    const picker = h('div', { class: 'picker' });
    const userBlock = h(
      'div',
      { class: 'header-user' },
      user
        ? [
            h(
              'span',
              { class: 'user-name' },
              user.name,
              roleIn(getInstitutionId())
                ? h('span', { class: 'user-role' }, ` (${roleLabel(roleIn(getInstitutionId())!)})`)
                : null,
            ),
            notificationBell(),
            // Account pages: my password for everyone, users and roles for administrators.
            h('a', { href: '#/calendar', class: 'header-link' }, t('calendar.navLink')),
            h('a', { href: '#/account', class: 'header-link' }, t('account.navLink')),
            user.isSuperadmin || user.memberships.some((membership) => membership.role === 'admin')
              ? h('a', { href: '#/users', class: 'header-link' }, t('users.navLink'))
              : null,
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => void signOut() },
              t('shell.signOut'),
            ),
          ]
        : null,
      // The transparency pages need no sign-in: linked for everyone.
      h('a', { href: '#/public', class: 'header-link' }, t('transparency.title')),
      langSwitch,
    );
    const brand = h(
      'a',
      { class: 'brand', href: '#/' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◎'),
      ' Pusula',
    );
    if (!user) {
      replaceChildren(header, brand, userBlock);
    } else {
      // On a phone the pickers, the plan's screens and the account links fold into one menu.
      const menu = h(
        'div',
        { class: 'header-menu', id: MENU_ID, 'data-open': String(menuOpen) },
        h('nav', { class: 'header-nav', 'aria-label': t('shell.navLabel') }, picker),
        planId ? planNav(planId) : null,
        userBlock,
      );
      const toggle = h(
        'button',
        {
          type: 'button',
          class: 'menu-toggle',
          'aria-expanded': String(menuOpen),
          'aria-controls': MENU_ID,
          onclick: () => setMenu(!menuOpen),
        },
        h('span', { 'aria-hidden': 'true' }, '☰ '),
        t('shell.menu'),
      );
      replaceChildren(header, brand, notificationBell('phone'), toggle, menu);
    }
    replaceChildren(
      footer,
      h('p', {}, t('shell.footer'), ' · ', h('a', { href: '/api/docs' }, t('shell.apiDocs'))),
    );
    if (user) void fillPicker(picker, mine);
  };

  /** The plan's screens (routes.ts planLinks), the current one marked; the chosen period goes along. */
  const planNav = (id: string): HTMLElement => {
    const role = roleIn(getInstitutionId());
    const links = planLinks
      .filter((link) => !link.roles || (role !== null && link.roles.includes(role)))
      .map((link) =>
        h('a', { href: href(link.path, { planId: id }), 'data-path': link.path }, t(link.label)),
      );
    updatePlanNav(id, links);
    return h(
      'nav',
      { class: 'plan-nav', 'aria-label': t('shell.planNavLabel') },
      h(
        'ul',
        {},
        links.map((link) => h('li', {}, link)),
      ),
    );
  };
  const updatePlanNav = (id: string, links: Iterable<HTMLAnchorElement>): void => {
    const { path, query } = parseHash(location.hash);
    const period = query.get('period');
    for (const link of links) {
      const linkPath = link.dataset.path ?? '';
      link.href = href(linkPath, { planId: id }, { period });
      if (href(linkPath, { planId: id }) === `#${path}`) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };
  window.addEventListener('hashchange', () => {
    // A link of the menu was followed: the new screen shows without the menu over it.
    setMenu(false);
    if (currentUser()) void refreshBell();
    if (planId) updatePlanNav(planId, header.querySelectorAll<HTMLAnchorElement>('.plan-nav a'));
  });

  const fillPicker = async (picker: HTMLElement, mine: number): Promise<void> => {
    try {
      const { institutions, plans } = await loadDirectory();
      if (mine !== generation) return;
      let institutionId = getInstitutionId();
      if (!institutions.some((institution) => institution.id === institutionId))
        institutionId = institutions[0]?.id ?? null;
      const institutionSelectId = uid('institution');
      const planSelectId = uid('plan');
      const institutionSelect = h(
        'select',
        { id: institutionSelectId, name: 'institution' },
        institutions.map((institution) =>
          h(
            'option',
            { value: institution.id, selected: institution.id === institutionId },
            institution.name,
          ),
        ),
      );
      const planSelect = h('select', { id: planSelectId, name: 'plan' });
      const fillPlans = (): void => {
        const available = plans.filter((plan) => plan.institution.id === institutionSelect.value);
        replaceChildren(
          planSelect,
          available.length === 0
            ? h('option', { value: '' }, t('shell.noPlans'))
            : available.map((plan) =>
                h(
                  'option',
                  { value: plan.id, selected: plan.id === planId },
                  `${plan.title} (${plan.startYear}–${plan.endYear})`,
                ),
              ),
        );
      };
      fillPlans();
      // Choosing an institution only refills the plan list; "Aç" opens the plan.
      institutionSelect.addEventListener('change', fillPlans);
      const form = h(
        'form',
        { class: 'picker-form' },
        h('label', { for: institutionSelectId }, t('shell.institution')),
        institutionSelect,
        h('label', { for: planSelectId }, t('shell.plan')),
        planSelect,
        h('button', { type: 'submit' }, t('shell.open')),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (institutionSelect.value && institutionSelect.value !== getInstitutionId())
          setInstitutionId(institutionSelect.value);
        if (planSelect.value) navigate(href('/plans/:planId', { planId: planSelect.value }));
      });
      replaceChildren(picker, form);
    } catch (error) {
      showError(picker, error);
    }
  };

  const signOut = async (): Promise<void> => {
    try {
      await logout();
    } catch {
      // The session may already be gone; signing out locally is what the user asked for.
    }
    setUser(null);
    announce(t('shell.signedOut'));
    navigate('#/login');
  };

  return {
    render,
    setPlan(id) {
      if (id === planId) return;
      planId = id;
      render();
    },
  };
}
