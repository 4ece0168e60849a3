import type { CalendarTokenResponse } from '../../../src/contracts/calendar.js';
import { getCalendarToken, newCalendarToken, revokeCalendarToken } from '../../api/calendar.js';
import { confirmButton } from '../../components/confirm-button.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';

/**
 * The user's calendar feed link (GET …/calendar.ics?token=): make one (shown once, the old one
 * stops working), copy it, revoke it.
 */
export function feedSection(): HTMLElement {
  const headingId = uid('feed-heading');
  const body = h('div', {});
  const errors = h('div', { class: 'status-region' });
  const section = labelledSection(
    'card calendar-feed',
    headingId,
    t('calendar.feedHeading'),
    h('p', {}, t('calendar.feedIntro')),
    errors,
    body,
  );
  const show = (active: boolean, createdAt: string | null, made: CalendarTokenResponse | null): void => {
    const create = h(
      'button',
      { type: 'button', class: active ? '' : 'primary' },
      t(active ? 'calendar.feedRenew' : 'calendar.feedCreate'),
    );
    create.addEventListener('click', () => {
      void (async () => {
        create.disabled = true;
        try {
          const token = await newCalendarToken();
          announce(t('calendar.feedCreated'));
          show(true, token.createdAt, token);
          section.querySelector<HTMLInputElement>('.feed-url input')?.focus();
        } catch (error) {
          create.disabled = false;
          showError(errors, error);
        }
      })();
    });
    replaceChildren(
      body,
      made
        ? h(
            'ul',
            { class: 'feed-urls' },
            made.feeds.map((feed) => feedUrl(feed.institutionName, feed.url)),
          )
        : h(
            'p',
            {},
            active && createdAt
              ? t('calendar.feedActive', { date: formatDateTime(createdAt) })
              : t('calendar.feedNone'),
          ),
      h(
        'div',
        { class: 'actions' },
        create,
        ' ',
        active
          ? confirmButton({
              label: t('calendar.feedRevoke'),
              question: t('calendar.feedRevokeQuestion'),
              yes: t('calendar.feedRevokeYes'),
              no: t('calendar.no'),
              className: 'danger-link',
              errors,
              act: async () => {
                await revokeCalendarToken();
                announce(t('calendar.feedRevoked'));
                show(false, null, null);
              },
            })
          : null,
      ),
    );
  };
  void getCalendarToken()
    .then((status) => show(status.active, status.createdAt, null))
    .catch((error: unknown) => showError(errors, error));
  return section;
}

function feedUrl(institution: string, url: string): HTMLElement {
  const id = uid('feed-url');
  const input = h('input', { id, type: 'url', readonly: true, value: url, class: 'feed-url-input' });
  const status = h('span', { role: 'status', class: 'muted' });
  const copy = h(
    'button',
    { type: 'button', 'aria-label': t('calendar.feedCopyNamed', { institution }) },
    t('calendar.feedCopy'),
  );
  copy.addEventListener('click', () => {
    void navigator.clipboard
      .writeText(url)
      .then(() => {
        status.textContent = t('calendar.feedCopied');
      })
      .catch(() => {
        input.select();
        status.textContent = t('calendar.feedCopyFailed');
      });
  });
  return h(
    'li',
    { class: 'field feed-url' },
    h('label', { for: id }, t('calendar.feedUrl', { institution })),
    h('div', { class: 'feed-url-row' }, input, copy),
    status,
  );
}
