import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { escapeHtml } from './mail-composer.js';

const WORDS = {
  tr: {
    title: 'E-posta bildirimi kapatıldı',
    body: (label: string) =>
      `“${label}” bildirimleri artık size e-posta ile gönderilmeyecek; Pusula’daki bildirimlerinizde görünmeye devam edecek. Bu ayarı hesap sayfanızdan yeniden değiştirebilirsiniz.`,
  },
  en: {
    title: 'E-mail notification switched off',
    body: (label: string) =>
      `You will no longer receive “${label}” by e-mail; it stays in your notifications in Pusula. You can change this again on your account page.`,
  },
} as const;

/** The page an unsubscribe link shows once it has switched the kind to in-app. */
export function unsubscribePage(kind: NotificationKind, lang: Lang): string {
  const words = WORDS[lang];
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(words.title)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40em;margin:2em auto"><h1>${escapeHtml(words.title)}</h1>` +
    `<p>${escapeHtml(words.body(NOTIFICATION_KIND_LABELS[lang][kind]))}</p><p><a href="/#/account">Pusula</a></p></body></html>`
  );
}
