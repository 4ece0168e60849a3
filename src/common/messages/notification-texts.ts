import type { NotificationKind } from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import { periodLabel, trDate } from '../../contracts/labels.js';

/*
 * The inbox's and the e-mails' texts of each notification kind, in Turkish and English (issue 16
 * point 3). A notification stores its params, not its text, so the same row reads in either
 * language; a Turkish text shows period labels and dates as Turkish writes them, never a key.
 */

/** The params a notification stores (reminder-rules.ts, the event hooks). */
export type NotificationTextParams = Record<string, string | number>;

interface KindTexts {
  title: (p: NotificationTextParams) => string;
  body: (p: NotificationTextParams) => string;
}

const str = (value: string | number | undefined): string => (value === undefined ? '' : String(value));
const trPeriod = (p: NotificationTextParams): string => periodLabel(str(p.period), 'tr');
/** "2022 ara dönemi", "2022 yıl sonu dönemi": the period as the subject of a Turkish sentence. */
const trPeriodOf = (p: NotificationTextParams): string => {
  const label = trPeriod(p);
  return label.endsWith('dönem') ? `${label}i` : `${label} dönemi`;
};
const enPeriod = (p: NotificationTextParams): string => periodLabel(str(p.period), 'en');
const trDay = (value: string | number | undefined): string => trDate(str(value));

const TR: Record<NotificationKind, KindTexts> = {
  'period-opened': {
    title: (p) => `${trPeriodOf(p)} açıldı`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${trPeriodOf(p)} açıldı. Birimlerinizin ${str(p.count)} göstergesinin değeri bekleniyor; son gün ${trDay(p.deadline)}.`,
  },
  'entry-deadline-7': {
    title: (p) => `Değer girişine 7 gün kaldı (${trPeriod(p)})`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${trPeriodOf(p)} için ${str(p.count)} göstergenin değeri henüz gönderilmedi. Son gün ${trDay(p.deadline)}.`,
  },
  'entry-deadline-1': {
    title: (p) => `Değer girişi için son gün yarın (${trPeriod(p)})`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${trPeriodOf(p)} için ${str(p.count)} göstergenin değeri henüz gönderilmedi. Son gün ${trDay(p.deadline)}.`,
  },
  'value-returned': {
    title: (p) => `${str(p.indicator)} değeri size geri gönderildi`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${str(p.indicator)} göstergesinin ${trPeriod(p)} değeri düzeltilmek üzere geri gönderildi. Açıklama: ${str(p.comment)}`,
  },
  'question-asked': {
    title: (p) => `Biriminize soru soruldu: ${str(p.subject)}`,
    body: (p) => `${str(p.plan)} kapsamında ${str(p.subject)} hakkında soru: ${str(p.text)}`,
  },
  'question-answered': {
    title: (p) => `Sorunuz yanıtlandı: ${str(p.subject)}`,
    body: (p) => `${str(p.plan)} kapsamında ${str(p.subject)} hakkındaki sorunuzun yanıtı: ${str(p.answer)}`,
  },
  'update-to-approve': {
    title: (p) => `Onayınızı bekleyen plan güncellemesi: ${str(p.plan)}`,
    body: (p) =>
      `${str(p.plan)} için ${str(p.effectiveYear)} yılından geçerli bir güncelleme önerildi. Gerekçe: ${str(p.reason)}`,
  },
  'approval-waiting': {
    title: (p) => `${str(p.count)} değer onayınızı bekliyor`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${str(p.count)} değer onay bekliyor; en eskisi ${str(p.days)} gündür bekliyor.`,
  },
  'calendar-deadline': {
    title: (p) => `Yaklaşan son gün: ${trDay(p.date)}`,
    body: (p) => `${str(p.titleTr)} (${trDay(p.date)}).`,
  },
  'entry-escalation': {
    title: (p) => `Gecikmiş değer girişi (${trPeriod(p)}, ${str(p.days)} gün)`,
    body: (p) =>
      `${str(p.plan)} kapsamında ${trPeriodOf(p)} için ${str(p.count)} göstergenin değeri, ${trDay(p.deadline)} olan son günden ${str(p.days)} gün sonra hâlâ gönderilmedi.`,
  },
  'consultation-comment': {
    title: () => 'Denetlenecek yeni görüş',
    body: (p) =>
      p.consultation === undefined
        ? `${str(p.plan)} planına yapılan bir görüş denetiminizi bekliyor.`
        : `${str(p.plan)} planının “${str(p.consultation)}” danışmasına yeni görüş geldi; yayımlanmadan önce denetiminizi bekliyor.`,
  },
};

const EN: Record<NotificationKind, KindTexts> = {
  'period-opened': {
    title: (p) => `${enPeriod(p)} is open`,
    body: (p) =>
      `The ${enPeriod(p)} period of ${str(p.plan)} is open. ${str(p.count)} indicator values of your units are due by ${str(p.deadline)}.`,
  },
  'entry-deadline-7': {
    title: (p) => `7 days left to enter values (${enPeriod(p)})`,
    body: (p) =>
      `${str(p.count)} indicator values of ${str(p.plan)} for ${enPeriod(p)} are not submitted yet. They are due by ${str(p.deadline)}.`,
  },
  'entry-deadline-1': {
    title: (p) => `Values are due tomorrow (${enPeriod(p)})`,
    body: (p) =>
      `${str(p.count)} indicator values of ${str(p.plan)} for ${enPeriod(p)} are not submitted yet. They are due by ${str(p.deadline)}.`,
  },
  'value-returned': {
    title: (p) => `Your value of ${str(p.indicator)} was returned`,
    body: (p) =>
      `The ${enPeriod(p)} value of indicator ${str(p.indicator)} in ${str(p.plan)} was returned for correction. Comment: ${str(p.comment)}`,
  },
  'question-asked': {
    title: (p) => `A question to your unit: ${str(p.subject)}`,
    body: (p) => `A question on ${str(p.subject)} in ${str(p.plan)}: ${str(p.text)}`,
  },
  'question-answered': {
    title: (p) => `Your question was answered: ${str(p.subject)}`,
    body: (p) => `The answer to your question on ${str(p.subject)} in ${str(p.plan)}: ${str(p.answer)}`,
  },
  'update-to-approve': {
    title: (p) => `A plan update to approve: ${str(p.plan)}`,
    body: (p) =>
      `An update of ${str(p.plan)} effective from ${str(p.effectiveYear)} was proposed. Reason: ${str(p.reason)}`,
  },
  'approval-waiting': {
    title: (p) => `${str(p.count)} values wait for your approval`,
    body: (p) =>
      `${str(p.count)} values of ${str(p.plan)} wait for approval; the oldest has waited ${str(p.days)} days.`,
  },
  'calendar-deadline': {
    title: (p) => `Deadline approaching: ${str(p.date)}`,
    body: (p) => `${str(p.titleEn)} (${str(p.date)}).`,
  },
  'entry-escalation': {
    title: (p) => `Late value entries (${enPeriod(p)}, ${str(p.days)} days)`,
    body: (p) =>
      `${str(p.count)} indicator values of ${str(p.plan)} for ${enPeriod(p)} are still missing ${str(p.days)} days after their deadline of ${str(p.deadline)}.`,
  },
  'consultation-comment': {
    title: () => 'A comment to moderate',
    body: (p) =>
      p.consultation === undefined
        ? `A comment on ${str(p.plan)} waits for your moderation.`
        : `A new comment on the consultation “${str(p.consultation)}” of ${str(p.plan)} waits for your moderation before it is published.`,
  },
};

const CATALOGUE: Record<Lang, Record<NotificationKind, KindTexts>> = { tr: TR, en: EN };

/** A notification's title and body in `lang`. */
export function notificationText(
  kind: NotificationKind,
  params: NotificationTextParams,
  lang: Lang,
): { title: string; body: string } {
  const texts = CATALOGUE[lang][kind];
  return { title: texts.title(params), body: texts.body(params) };
}
