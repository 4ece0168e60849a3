/**
 * The notification e-mails (issue 16 point 4), pure: plain text and simple HTML in the user's
 * language, a link into the client and an unsubscribe link per kind. A mail names only what the
 * notification names; never a token of a session, a password or another user's account.
 */
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { notificationText } from '../../common/messages/notification-texts.js';
import type { NotificationParams } from './reminder-rules.js';

export interface MailItem {
  kind: NotificationKind;
  params: NotificationParams;
  /** A client route (#/…). */
  link: string;
}

export interface MailLinks {
  /** The client's address, without a trailing slash. */
  base: string;
  /** The unsubscribe address of a kind (a signed token in it). */
  unsubscribe: (kind: NotificationKind) => string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const WORDS = {
  tr: {
    open: 'Pusula’da aç',
    digest: (count: number) => `Pusula: günün bildirimleri (${count})`,
    digestIntro: 'Pusula’daki bugünkü bildirimleriniz:',
    unsubscribe: (label: string) => `“${label}” bildirimlerini e-posta ile almak istemiyorsanız`,
    footer:
      'Bu e-posta Pusula tarafından gönderildi. Bildirim ayarlarınızı hesap sayfanızdan değiştirebilirsiniz.',
  },
  en: {
    open: 'Open in Pusula',
    digest: (count: number) => `Pusula: today's notifications (${count})`,
    digestIntro: 'Your notifications in Pusula today:',
    unsubscribe: (label: string) => `To stop e-mails of “${label}”`,
    footer: 'This e-mail was sent by Pusula. You can change your notification settings on your account page.',
  },
} as const;

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The client address of a notification's route. */
export function clientUrl(base: string, link: string): string {
  return `${base}/${link.startsWith('#') ? link : `#${link}`}`;
}

/** One notification's mail (at once), or the day's digest of several (`digest`). */
export function composeMail(
  items: readonly MailItem[],
  lang: Lang,
  links: MailLinks,
  digest = items.length > 1,
): ComposedMail {
  const words = WORDS[lang];
  const written = items.map((item) => ({ ...item, ...notificationText(item.kind, item.params, lang) }));
  const kinds = [...new Set(items.map((item) => item.kind))];
  const unsubscribeText = kinds
    .map((kind) => `${words.unsubscribe(NOTIFICATION_KIND_LABELS[lang][kind])}: ${links.unsubscribe(kind)}`)
    .join('\n');
  const unsubscribeHtml = kinds
    .map(
      (kind) =>
        `<a href="${escapeHtml(links.unsubscribe(kind))}">${escapeHtml(words.unsubscribe(NOTIFICATION_KIND_LABELS[lang][kind]))}</a>`,
    )
    .join('<br>');
  const subject = digest ? words.digest(items.length) : (written[0]?.title ?? '');
  const textItems = written.map(
    (item) =>
      `${digest ? `• ${item.title}\n` : ''}${item.body}\n${words.open}: ${clientUrl(links.base, item.link)}`,
  );
  const htmlItems = written.map(
    (item) =>
      `${digest ? `<h3>${escapeHtml(item.title)}</h3>` : ''}<p>${escapeHtml(item.body)}</p>` +
      `<p><a href="${escapeHtml(clientUrl(links.base, item.link))}">${escapeHtml(words.open)}</a></p>`,
  );
  const text = [
    ...(digest ? [words.digestIntro, ''] : []),
    textItems.join('\n\n'),
    '',
    '--',
    words.footer,
    unsubscribeText,
  ].join('\n');
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">` +
    (digest ? `<p>${escapeHtml(words.digestIntro)}</p>` : `<h2>${escapeHtml(subject)}</h2>`) +
    htmlItems.join('') +
    `<hr><p style="font-size:small;color:#555">${escapeHtml(words.footer)}<br>${unsubscribeHtml}</p></body></html>`;
  return { subject, text, html };
}
