import type { NotificationResponse } from '../../../src/contracts/notifications.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../api/notifications.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { refreshBell } from '../../components/notification-bell.js';

const PAGE_SIZE = 20;

/**
 * #/inbox?page=N — the signed-in user's notifications, newest first (issue 16 point 3): each
 * with its text in the UI's language, when it came, a link to what it is about and "mark read";
 * unread ones stand out. Following a notification's link marks it read.
 */
export async function render(context: RouteContext): Promise<void> {
  const page = Math.max(1, Number(context.query.get('page') ?? '1') || 1);
  const list = await listNotifications({ page, pageSize: PAGE_SIZE }, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(t('inbox.title'));
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  const status = h(
    'p',
    { class: 'muted', 'data-testid': 'inbox-unread' },
    t('inbox.unreadCount', { count: list.unread }),
  );
  const markAll = h('button', { type: 'button', disabled: list.unread === 0 }, t('inbox.markAllRead'));
  const section = h('section', { class: 'card inbox' });
  markAll.addEventListener('click', () => {
    markAll.disabled = true;
    void markAllNotificationsRead()
      .then(async () => {
        announce(t('inbox.allRead'));
        await refreshBell();
        await render(context);
      })
      .catch((error: unknown) => {
        markAll.disabled = false;
        showError(section, error);
      });
  });
  replaceChildren(
    section,
    list.items.length === 0
      ? h('p', {}, t('inbox.empty'))
      : h(
          'ul',
          { class: 'notification-list' },
          list.items.map((item) => notificationItem(context, item, section)),
        ),
  );
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('inbox.title')),
    h(
      'div',
      { class: 'actions' },
      status,
      ' ',
      markAll,
      ' ',
      h('a', { href: '#/account' }, t('inbox.settingsLink')),
    ),
    section,
    pages > 1
      ? h(
          'nav',
          { class: 'pager', 'aria-label': t('inbox.page', { page, pages }) },
          page > 1
            ? h('a', { href: href('/inbox', {}, { page: String(page - 1) }) }, t('inbox.previous'))
            : null,
          ' ',
          h('span', {}, t('inbox.page', { page, pages })),
          ' ',
          page < pages
            ? h('a', { href: href('/inbox', {}, { page: String(page + 1) }) }, t('inbox.next'))
            : null,
        )
      : null,
  );
}

function notificationItem(
  context: RouteContext,
  item: NotificationResponse,
  section: HTMLElement,
): HTMLElement {
  const unread = item.readAt === null;
  const markRead = async (): Promise<void> => {
    await markNotificationRead(item.id);
    await refreshBell();
  };
  const open = h('a', { href: item.link }, t('inbox.open'));
  open.addEventListener('click', () => {
    if (unread) void markRead().catch(() => undefined);
  });
  const button = unread ? h('button', { type: 'button' }, t('inbox.markRead')) : null;
  button?.addEventListener('click', () => {
    button.disabled = true;
    void markRead()
      .then(() => render(context))
      .catch((error: unknown) => {
        button.disabled = false;
        showError(section, error);
      });
  });
  return h(
    'li',
    { class: unread ? 'notification unread' : 'notification', 'data-notification': item.id },
    h(
      'p',
      { class: 'notification-title' },
      unread ? h('span', { class: 'badge' }, t('inbox.unread')) : null,
      unread ? ' ' : null,
      h('strong', {}, item.title),
    ),
    h('p', {}, item.body),
    h('p', { class: 'muted' }, formatDateTime(item.createdAt), ' · ', open, button ? ' ' : null, button),
  );
}
