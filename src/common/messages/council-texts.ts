import type { Lang } from '../../contracts/validation.js';
import { texts, type TypedTexts } from './typed-texts.js';

/*
 * The texts of the city council's working-group rules (planning-cycle.md 7): the details of a
 * refused write, naming the members and groups involved, and the findings of the council's
 * validation. `month` is YYYY-MM, written here as the month's name.
 */

const MONTHS: Record<Lang, string[]> = {
  tr: [
    'Ocak',
    'Şubat',
    'Mart',
    'Nisan',
    'Mayıs',
    'Haziran',
    'Temmuz',
    'Ağustos',
    'Eylül',
    'Ekim',
    'Kasım',
    'Aralık',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "Mart 2026" / "March 2026" of 2026-03. */
export function monthLabel(month: string, lang: Lang): string {
  const [year, number] = month.split('-');
  return `${MONTHS[lang][Number(number) - 1] ?? number} ${year}`;
}

/** The stages of a recommendation's journey as the texts name them. */
export const STAGE_LABELS: Record<Lang, Record<string, string>> = {
  tr: {
    'working-group': 'çalışma grubu',
    'executive-board': 'yürütme kurulu',
    'general-assembly': 'genel kurul',
    'municipal-council': 'belediye meclisi',
  },
  en: {
    'working-group': 'working group',
    'executive-board': 'executive board',
    'general-assembly': 'general assembly',
    'municipal-council': 'municipal council',
  },
};

export const COUNCIL_TEXTS = {
  'WG_FOUNDERS.tooFew': texts<{ count: number }>(
    (p) => `Öneride genel kurulun ${p.count} etkin üyesi kurucu; en az 5 gerekir`,
    (p) => `The proposal has ${p.count} founders who are active members; at least 5 are needed`,
  ),
  'WG_FOUNDERS.notMember': texts<{ id: string }>(
    () => 'Bu kurucu genel kurulun etkin bir üyesi değil',
    (p) => `Founder ${p.id} is not an active member of the general assembly`,
  ),
  'WG_FOUNDERS.finding': texts<{ group: string; count: number }>(
    (p) => `"${p.group}" önerisinin ${p.count} kurucu üyesi var; en az 5 gerekir`,
    (p) => `The proposal "${p.group}" has ${p.count} founders; at least 5 are needed`,
  ),
  WG_UNKNOWN_MEMBER: texts<{ id: string }>(
    () => 'Bu kişi genel kurulun etkin bir üyesi değil',
    (p) => `${p.id} is not an active member of the general assembly`,
  ),
  WG_NOT_GROUP_MEMBER: texts<{ name: string }>(
    (p) => `${p.name} bu çalışma grubunun üyesi değil`,
    (p) => `${p.name} is not a member of this working group`,
  ),
  WG_QUORUM: texts<{ count: number }>(
    (p) => `Seçimde ${p.count} üye hazır bulundu; en az 6 gerekir`,
    (p) => `${p.count} members were present; at least 6 are needed`,
  ),
  'WG_BOARD_SIZE.managerCount': texts<{ count: number }>(
    (p) => `${p.count} yönetici seçilmiş; dört farklı yönetici seçilir`,
    (p) => `${p.count} managers elected; four different managers are elected`,
  ),
  'WG_BOARD_SIZE.chairIsManager': texts<{ name: string }>(
    (p) => `${p.name} hem başkan hem yönetici olamaz`,
    (p) => `${p.name} cannot be both chair and manager`,
  ),
  'WG_BOARD_SIZE.notPresent': texts<{ name: string }>(
    (p) => `${p.name} seçimde hazır bulunmadı; yalnızca hazır bulunanlar seçilir`,
    (p) => `${p.name} was not present; only members present are elected`,
  ),
  WG_ONE_GROUP_PER_MANAGER: texts<{ name: string; group: string }>(
    (p) => `${p.name} "${p.group}" grubunda zaten başkan ya da yönetici`,
    (p) => `${p.name} already chairs or manages "${p.group}"`,
  ),
  'WG_ONE_GROUP_PER_MANAGER.finding': texts<{ name: string; groups: string }>(
    (p) => `${p.name} birden çok grupta başkan ya da yönetici: ${p.groups}`,
    (p) => `${p.name} chairs or manages more than one group: ${p.groups}`,
  ),
  WG_MONTHLY_MEETING: texts<{ group: string; month: string }>(
    (p) =>
      `"${p.group}" ${monthLabel(p.month, 'tr')} ayında toplanmadı; çalışma grupları ayda en az bir kez toplanır`,
    (p) =>
      `"${p.group}" did not meet in ${monthLabel(p.month, 'en')}; working groups meet at least once a month`,
  ),
  'WG_GROUP_STATE.beforeAcceptance': texts<{ date: string }>(
    (p) => `Grup ${p.date} tarihinde kabul edildi; bu tarih ondan önce`,
    (p) => `The group was accepted on ${p.date}; this date is before that`,
  ),
  'WG_STEP_ORDER.order': texts<{ expected: string }>(
    (p) => `Sıradaki adım ${STAGE_LABELS.tr[p.expected] ?? ''} aşamasının`,
    (p) => `The next step is the ${STAGE_LABELS.en[p.expected] ?? ''}’s`,
  ),
  'WG_STEP_ORDER.closed': texts<Record<string, never>>(
    () => 'Önerinin yolculuğu bitti; yeni adım eklenemez',
    () => 'The recommendation’s journey is over; no step can be added',
  ),
  'WG_STEP_ORDER.date': texts<{ date: string }>(
    (p) => `Adım bir önceki adımdan (${p.date}) önce olamaz`,
    (p) => `A step cannot be dated before the last one (${p.date})`,
  ),
  'WG_STEP_ORDER.decision': texts<Record<string, never>>(
    () => 'Çalışma grubu öneriyi geri gönderemez: ondan önce bir aşama yok',
    () => 'The working group cannot send back: there is no stage before it',
  ),
  'WG_PLAN_LINK.unknownPlan': texts<Record<string, never>>(
    () => 'Böyle bir plan yok',
    () => 'There is no such plan',
  ),
  'WG_PLAN_LINK.unknownCode': texts<{ code: string }>(
    (p) => `Planda ${p.code} kodlu bir amaç ya da hedef yok`,
    (p) => `The plan has no aim or target ${p.code}`,
  ),
  'WG_PLAN_LINK.pair': texts<Record<string, never>>(
    () => 'Plan ve kod birlikte verilir',
    () => 'The plan and the code are given together',
  ),
} satisfies Record<string, TypedTexts<never>>;

/** The decisions of a step as the exports name them. */
export const DECISION_LABELS: Record<Lang, Record<string, string>> = {
  tr: { accepted: 'kabul', amended: 'değiştirilerek kabul', rejected: 'ret', 'sent-back': 'geri gönderildi' },
  en: { accepted: 'accepted', amended: 'amended', rejected: 'rejected', 'sent-back': 'sent back' },
};

/** The states of a group as the exports name them. */
export const GROUP_STATE_LABELS: Record<Lang, Record<string, string>> = {
  tr: { proposed: 'önerildi', active: 'etkin', rejected: 'reddedildi', closed: 'kapandı' },
  en: { proposed: 'proposed', active: 'active', rejected: 'rejected', closed: 'closed' },
};
