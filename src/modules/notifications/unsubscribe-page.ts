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

const REFUSED_TITLE = { tr: 'Bağlantı geçersiz', en: 'Link not valid' } as const;

function page(lang: Lang, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40em;margin:2em auto"><h1>${escapeHtml(title)}</h1>` +
    `<p>${escapeHtml(body)}</p><p><a href="/#/account">Pusula</a></p></body></html>`
  );
}

/** The page an unsubscribe link shows once it has switched the kind to in-app. */
export function unsubscribePage(kind: NotificationKind, lang: Lang): string {
  const words = WORDS[lang];
  return page(lang, words.title, words.body(NOTIFICATION_KIND_LABELS[lang][kind]));
}

/** The page a browser is shown for a link that is refused (the error's message), instead of JSON. */
export function unsubscribeRefusedPage(message: string, lang: Lang): string {
  return page(lang, REFUSED_TITLE[lang], message);
}
