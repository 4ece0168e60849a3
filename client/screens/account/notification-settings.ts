import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettingsResponse,
} from '../../../src/contracts/notifications.js';
import type { Lang } from '../../../src/contracts/validation.js';
import { putNotificationSettings } from '../../api/notifications.js';
import { h, uid } from '../../lib/dom.js';
import { clearErrors, showError } from '../../lib/errors.js';
import { getLang, t } from '../../lib/i18n.js';

/** The names of the mails' languages. */
const MAIL_LANGUAGE = { tr: 'inbox.langTr', en: 'inbox.langEn' } as const;

/**
 * The notification settings of the account page (issue 16 point 3): per kind, in the app only,
 * an e-mail at once or a daily digest, and the language of the e-mails. Without SMTP on the
 * server every kind is in-app only and the choices are not offered.
 */
export function notificationSettingsForm(settings: NotificationSettingsResponse): HTMLElement {
  const selects = new Map<NotificationKind, HTMLSelectElement>();
  const rows = NOTIFICATION_KINDS.map((kind) => {
    const id = uid('channel');
    const select = h(
      'select',
      { id, name: kind, disabled: !settings.emailAvailable },
      NOTIFICATION_CHANNELS.map((channel) =>
        h(
          'option',
          { value: channel, selected: settings.channels[kind] === channel },
          t(`inbox.channel.${channel}`),
        ),
      ),
    );
    selects.set(kind, select);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: id }, NOTIFICATION_KIND_LABELS[getLang()][kind])),
      h('td', {}, select),
    );
  });
  const langId = uid('mail-lang');
  const lang = h(
    'select',
    { id: langId, name: 'lang', disabled: !settings.emailAvailable },
    (['tr', 'en'] as const).map((code) =>
      h('option', { value: code, selected: settings.lang === code }, t(MAIL_LANGUAGE[code])),
    ),
  );
  const submit = h(
    'button',
    { type: 'submit', class: 'primary', disabled: !settings.emailAvailable },
    t('inbox.save'),
  );
  const done = h('p', { class: 'form-done', role: 'status' });
  const form = h(
    'form',
    {
      class: 'card notification-settings',
      id: 'notification-settings',
      novalidate: true,
      'aria-labelledby': 'notification-settings-heading',
    },
    h('h2', { id: 'notification-settings-heading' }, t('inbox.settingsHeading')),
    h('p', {}, settings.emailAvailable ? t('inbox.settingsIntro') : t('inbox.noEmail')),
    h('p', {}, h('label', { for: langId }, t('inbox.mailLanguage')), ' ', lang),
    h(
      'table',
      { class: 'settings-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('inbox.kind')),
          h('th', { scope: 'col' }, t('inbox.channel')),
        ),
      ),
      h('tbody', {}, rows),
    ),
    h('div', { class: 'actions' }, submit),
    done,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    done.textContent = '';
    const channels = Object.fromEntries(
      [...selects].map(([kind, select]) => [kind, select.value as NotificationChannel]),
    );
    submit.disabled = true;
    void putNotificationSettings({ lang: lang.value as Lang, channels })
      .then(() => {
        done.textContent = t('inbox.saved');
      })
      .catch((error: unknown) => showError(form, error))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}
