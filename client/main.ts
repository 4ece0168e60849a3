import './styles/main.css';
import { onUnauthorized } from './api/http.js';
import { syncServerClock } from './api/today.js';
import { navigationAnnouncement } from './lib/announce.js';
import { h, replaceChildren } from './lib/dom.js';
import { showError } from './lib/errors.js';
import { initLang, onLangChange, t } from './lib/i18n.js';
import { href, matchRoute, navigate, refresh, startRouter } from './lib/router.js';
import { createProgress } from './lib/progress-bar.js';
import { currentUser, loadSession, onSessionChange, setUser } from './lib/session.js';
import { notFound, routes } from './routes.js';
import { createShell } from './shell.js';

async function start(): Promise<void> {
  initLang();
  const outlet = document.getElementById('main') as HTMLElement;
  const shell = createShell(
    document.getElementById('app-header') as HTMLElement,
    document.getElementById('app-footer') as HTMLElement,
    outlet,
  );
  shell.render();
  // Before the session probe, so the header shows who is signed in on every first screen.
  onSessionChange(() => shell.render());

  // A confirmation belongs to the screen it was made on.
  window.addEventListener('hashchange', navigationAnnouncement);
  onUnauthorized(() => {
    if (!currentUser()) return;
    // The session ended (expired, revoked): say so on the sign-in screen, and come back here after it.
    setUser(null);
    navigate(href('/login', {}, { next: location.hash || '#/', expired: '1' }));
  });
  // The first screen's code downloads while the session is checked (it loads once; the router reuses it).
  void matchRoute(routes, location.hash)
    ?.route.load()
    .catch(() => undefined);
  try {
    // The server's clock is read beside the session: "today" on every screen is the server's day.
    await Promise.all([loadSession(), syncServerClock().catch(() => undefined)]);
  } catch (error) {
    showError(outlet, error);
  }

  let firstRender = true;
  startRouter({
    routes,
    outlet,
    notFound,
    loading: () => createProgress(t('common.loading')).element,
    guard(match) {
      if (!match.route.public && !currentUser()) return href('/login', {}, { next: location.hash || '#/' });
      if (match.path === '/login' && currentUser()) return '#/';
      return null;
    },
    onRendered(match) {
      shell.setPlan(match?.params.planId ?? null);
      // After a navigation, focus moves to the new screen's heading, as a page load would.
      if (!firstRender) outlet.querySelector<HTMLElement>('h1')?.focus();
      firstRender = false;
    },
    onError(error, context) {
      // The plan of the screen that failed may not exist: the header no longer offers the last one.
      shell.setPlan(null);
      context.setTitle(t('common.errorTitle'));
      const section = h('section', { class: 'card' });
      replaceChildren(
        outlet,
        h('h1', { tabindex: -1 }, t('common.errorTitle')),
        section,
        h('p', {}, h('a', { href: '#/' }, t('common.backHome'))),
      );
      showError(section, error);
    },
  });
  onLangChange(() => {
    shell.render();
    void refresh();
  });
}

void start();
