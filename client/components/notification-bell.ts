import { listNotifications } from '../api/notifications.js';
import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** A refresh is on its way for the bells of the header being drawn. */
let refreshScheduled = false;

/**
 * The bell in the header (issue 16 point 3): a link to the inbox with the number of unread
 * notifications, refreshed when the shell renders and whenever a screen opens. On a phone the
 * header folds into a menu, so the shell puts a second bell (`phone`) beside the menu button:
 * the count is seen without opening the menu.
 */
export function notificationBell(place: 'menu' | 'phone' = 'menu'): HTMLAnchorElement {
  const bell = h(
    'a',
    {
      href: '#/inbox',
      class: place === 'phone' ? 'header-link bell bell-phone' : 'header-link bell',
      'data-testid': place === 'phone' ? 'notification-bell-phone' : 'notification-bell',
      'aria-label': t('inbox.bell'),
    },
    // A drawn bell (styles: .bell-icon), not an emoji: not every system has an emoji font.
    h('span', { class: 'bell-icon', 'aria-hidden': 'true' }),
    h('span', { class: 'bell-count', hidden: true }),
  );
  // After the shell has put it in the page; one request for all the bells the header draws.
  if (!refreshScheduled) {
    refreshScheduled = true;
    setTimeout(() => {
      refreshScheduled = false;
      void refreshBell();
    }, 0);
  }
  return bell;
}

/** Asks the server for the unread count and shows it on every bell of the page. */
export async function refreshBell(): Promise<void> {
  const bells = document.querySelectorAll<HTMLAnchorElement>('a.bell');
  if (bells.length === 0) return;
  let unread: number;
  try {
    ({ unread } = await listNotifications({ pageSize: 1 }));
  } catch {
    // The count is a hint: a failed refresh leaves the last one.
    return;
  }
  for (const bell of document.querySelectorAll<HTMLAnchorElement>('a.bell')) {
    const count = bell.querySelector<HTMLElement>('.bell-count');
    if (!count) continue;
    count.textContent = String(unread);
    count.hidden = unread === 0;
    bell.setAttribute(
      'aria-label',
      unread === 0 ? t('inbox.bell') : t('inbox.bellUnread', { count: unread }),
    );
  }
}
