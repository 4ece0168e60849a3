import { periodLabel, PLAN_STATUS_LABELS } from '../../contracts/labels.js';
import type { PlanStatus } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import type { MessageParams, Texts } from './error-messages.js';

/*
 * Texts beside the error catalogue, keyed by the rule or step they belong to: the messages of
 * value rules, lifecycle steps, locked content, approved values and summaries that name counts.
 * Turkish texts show labels, never a status or period code.
 */

const trPeriod = (period: string | number | undefined): string => periodLabel(String(period ?? ''), 'tr');
const trPeriods = (periods: string | number | undefined): string =>
  String(periods ?? '')
    .split(', ')
    .map((period) => periodLabel(period, 'tr'))
    .join(', ');
/** Period keys as English labels: English messages name no key either. */
const enPeriod = (period: string | number | undefined): string => periodLabel(String(period ?? ''), 'en');
const enPeriods = (periods: string | number | undefined): string =>
  String(periods ?? '')
    .split(', ')
    .map((period) => periodLabel(period, 'en'))
    .join(', ');
/** A plan status in a sentence; in English a draft takes its article ("The plan is a draft"). */
const planStatus = (status: string | number | undefined, lang: Lang): string =>
  lang === 'en' && status === 'taslak'
    ? 'a draft'
    : (PLAN_STATUS_LABELS[lang][status as PlanStatus] ?? String(status ?? ''));

const LIFECYCLE_ACTION: Record<Lang, Record<string, string>> = {
  tr: {
    submit: 'meclise sunulabilir',
    enact: 'yürürlüğe girebilir',
    close: 'kapatılabilir',
    withdraw: 'taslağa geri çekilebilir',
  },
  en: {
    submit: 'be submitted to the council',
    enact: 'be put in force',
    close: 'be closed',
    withdraw: 'be withdrawn to a draft',
  },
};

const LIFECYCLE_DATE: Record<Lang, Record<string, string>> = {
  tr: {
    submit: 'Meclise sunuş tarihi',
    enact: 'Meclis karar tarihi',
    close: 'Kapanış tarihi',
    withdraw: 'Geri çekme tarihi',
    submitted: 'meclise sunuş tarihinden',
    decided: 'meclis karar tarihinden',
  },
  en: {
    submit: 'submission date',
    enact: 'council decision date',
    close: 'closing date',
    withdraw: 'withdrawal date',
    submitted: 'the submission to the council',
    decided: 'the council decision',
  },
};

const LOCK_ACTION: Record<Lang, Record<string, string>> = {
  tr: { create: 'eklenmesi', change: 'değişikliği', delete: 'silinmesi' },
  en: { create: 'Adding', change: 'Changing', delete: 'Deleting' },
};

const SELF_DID: Record<Lang, Record<string, string>> = {
  tr: { both: 'girip onaya gönderdiğiniz', entered: 'girdiğiniz', submitted: 'onaya gönderdiğiniz' },
  en: { both: 'entered and submitted', entered: 'entered', submitted: 'submitted' },
};

export const DETAIL_MESSAGES = {
  /** value-rules.ts: an entry period before the year an update added the indicator. */
  'VALUE_PERIOD.beforeSince': {
    tr: (p) =>
      `${p.code} bir güncellemeyle eklendi ve ${p.since} yılından itibaren izlenir; ${trPeriod(p.period)} için değer girilemez`,
    en: (p) =>
      `${p.code} was added by an update and is monitored from ${p.since} on, not in ${enPeriod(p.period)}`,
  },
  'VALUE_PERIOD.notPeriod': {
    tr: (p) => `"${p.period}" bir dönem değil (ara dönem YYYY-H1, ikinci yarı YYYY-H2 ya da yıl YYYY olmalı)`,
    en: (p) => `"${p.period}" is not a period (YYYY-H1, YYYY-H2 or YYYY)`,
  },
  'VALUE_PERIOD.outsidePlan': {
    tr: (p) => `${trPeriod(p.period)}, ${p.years} plan dönemi dışında`,
    en: (p) => `${enPeriod(p.period)} is outside the plan period ${p.years}`,
  },
  'VALUE_PERIOD.frequency': {
    tr: (p) =>
      Number(p.months) === 12
        ? `${p.code} yılda bir izlenir: değeri yıl için (YYYY) girilir`
        : `${p.code} altı ayda bir izlenir: değerleri ara dönem (YYYY-H1) ve ikinci yarı (YYYY-H2) için girilir`,
    en: (p) =>
      `${p.code} is monitored every ${p.months} months: its entry periods are ${Number(p.months) === 12 ? 'YYYY' : 'YYYY-H1 / YYYY-H2'}`,
  },
  /** DEVIATION_REASON: the periods whose year-end C ≠ B lack a reason. */
  'DEVIATION_REASON.missing': {
    tr: (p) => `${trPeriods(p.periods)}: yıl sonu gerçekleşmesi hedeften farklı, sapma nedeni girilmelidir`,
    en: (p) =>
      `At year end the actual value differs from the target for ${enPeriods(p.periods)}: a deviation reason (sapma nedeni) is required`,
  },
  /** SELF_APPROVAL of a value: whoever entered or submitted it (`did`: both, entered, submitted). */
  'SELF_APPROVAL.value': {
    tr: (p) =>
      `${p.code} ${trPeriod(p.period)} değerini kendiniz ${SELF_DID.tr[String(p.did)]} için onaylayamazsınız: başka bir planlamacı onaylamalı (dört göz ilkesi)`,
    en: (p) =>
      `You ${SELF_DID.en[String(p.did)]} the value of ${p.code} ${enPeriod(p.period)} yourself: another planner approves it (four-eyes principle)`,
  },
  'SELF_APPROVAL.correction': {
    tr: (p) =>
      `${p.code} ${trPeriod(p.period)} düzeltmesini kendiniz önerdiğiniz için onaylayamazsınız: başka bir planlamacı ya da yönetici onaylamalı (dört göz ilkesi)`,
    en: (p) =>
      `You proposed the correction of ${p.code} ${enPeriod(p.period)} yourself: another planner or administrator approves it (four-eyes principle)`,
  },
  /** A bulk approval refused as a whole. */
  'BULK_APPROVAL.refused': {
    tr: (p) => `Hiçbir değer onaylanmadı: ${p.total} kalemden ${p.count} tanesi onaylanamıyor (${p.first})`,
    en: (p) => `Nothing was approved: ${p.count} of ${p.total} item(s) cannot be approved (${p.first})`,
  },
  /** plan-lifecycle.ts: a step from the wrong status. */
  'PLAN_STATUS.lifecycle': {
    tr: (p) =>
      `Plan ${planStatus(p.status, 'tr')} durumunda; yalnızca ${planStatus(p.from, 'tr')} durumundaki bir plan ${LIFECYCLE_ACTION.tr[String(p.action)]}`,
    en: (p) =>
      `The plan is ${planStatus(p.status, 'en')}; only a plan that is ${planStatus(p.from, 'en')} can ${LIFECYCLE_ACTION.en[String(p.action)]}`,
  },
  /** plan-lifecycle.ts: the step's date precedes an earlier step's (`before`: submitted, decided). */
  'DATE_ORDER.lifecycle': {
    tr: (p) =>
      `${LIFECYCLE_DATE.tr[String(p.action)]} ${p.date}, ${LIFECYCLE_DATE.tr[String(p.before)]} (${p.beforeDate}) önce olamaz`,
    en: (p) =>
      `The ${LIFECYCLE_DATE.en[String(p.action)]} ${p.date} is before ${LIFECYCLE_DATE.en[String(p.before)]} on ${p.beforeDate}`,
  },
  /** plan-content-lock.ts: a plan submitted to the council. */
  'CONTENT_LOCK.submitted': {
    tr: (p) =>
      `Plan ${planStatus(p.status, 'tr')} durumunda: meclis planı sunulduğu gibi oylar. Değiştirmek için taslağa geri çekin (${p.withdraw}) ya da yürürlüğe girdikten sonra bir plan güncellemesi önerin (${p.route}); hiçbir şey değişmedi`,
    en: (p) =>
      `The plan is ${planStatus(p.status, 'en')}: the council votes on it as submitted. To change it, withdraw it to a draft (${p.withdraw}), or propose a plan update once it is in force (${p.route}); nothing was changed`,
  },
  'CONTENT_LOCK.inForce': {
    tr: (p) =>
      `Plan ${planStatus(p.status, 'tr')} durumunda: içeriği yalnızca yöneticinin onayladığı bir plan güncellemesiyle değişir (${p.route}); hiçbir şey değişmedi`,
    en: (p) =>
      `The plan is ${planStatus(p.status, 'en')}: its content changes only through a plan update that an administrator approves (${p.route}); nothing was changed`,
  },
  /** One locked change: `action` (create, change, delete), `subject`, and the update `field` that carries it. */
  'CONTENT_LOCK.change': {
    tr: (p) =>
      p.field === undefined
        ? `${p.subject} ${LOCK_ACTION.tr[String(p.action)]}: hiçbir plan güncellemesi bunu taşımaz (güncelleme misyonu, vizyonu, amaçları ve planın geri kalanını korur)`
        : `${p.subject} ${LOCK_ACTION.tr[String(p.action)]}: bir plan güncellemesinin "${p.field}" alanıyla`,
    en: (p) =>
      p.field === undefined
        ? `${LOCK_ACTION.en[String(p.action)]} ${p.subject}: no plan update carries it (an update keeps mission, vision, aims and the rest of the plan, UPDATE_RULES)`
        : `${LOCK_ACTION.en[String(p.action)]} ${p.subject}: through the "${p.field}" of a plan update`,
  },
  /** target-card-import: a workbook for a plan that is not a draft. */
  'CARDS_VIA_UPDATE.workbook': {
    tr: (p) =>
      `Plan ${planStatus(p.status, 'tr')} durumunda: çalışma kitabı yalnızca taslak planın hedef kartlarını değiştirir; yürürlükteki planı plan güncellemesiyle (${p.route}) değiştirin`,
    en: (p) =>
      `The plan is ${planStatus(p.status, 'en')}: a workbook replaces the target cards of a draft plan only; change a plan in force through a plan update (${p.route})`,
  },
  /** approved-values.ts: what holds approved values cannot be deleted. */
  'HOLDS_APPROVED_VALUES.summary': {
    tr: (p) =>
      `${p.subject}, ${p.indicators} göstergenin ${p.values} onaylı değerini taşıyor ve silinemez: onaylı değerler hiçbir zaman silinmez`,
    en: (p) =>
      `${p.subject} holds ${p.values} approved value(s) of ${p.indicators} indicator(s) and cannot be deleted: approved values are never deleted`,
  },
  'HOLDS_APPROVED_VALUES.holder': {
    tr: (p) => `${p.name}: ${p.indicators} göstergenin ${p.values} onaylı değeri`,
    en: (p) => `${p.name}: ${p.values} approved value(s) of ${p.indicators} indicator(s)`,
  },
  /** import-statuses.ts: a planner's import stores approved values as submitted. */
  IMPORTED_AS_SUBMITTED: {
    tr: (p) =>
      `${p.count} onaylı değer onaya gönderilmiş olarak kaydedildi (ilki: ${p.first}): planlamacının içe aktarması hiçbir değeri onaylamaz; değerleri her zamanki gibi başka bir planlamacı ya da yönetici onaylar`,
    en: (p) =>
      `${p.count} approved value(s) were stored as submitted (the first at ${p.first}): a planner's import approves nothing; another planner or an administrator approves them as usual`,
  },
  /** plan-document.service.ts: a document refused. */
  'PLAN_DOCUMENT.problems': {
    tr: (p) => `Plan belgesinde ${p.count} sorun var; hiçbir şey kaydedilmedi`,
    en: (p) => `The plan document has ${p.count} problem(s); nothing was saved`,
  },
  /** plan-settings.ts: the ranges of the settings that decide how figures read. */
  'OUT_OF_RANGE.minCoverage': {
    tr: (p) =>
      `Asgari kapsam 0 ile 100 arasında olmalı (dönemde ölçülen ağırlığın yüzdesi); verilen: ${p.value}.`,
    en: (p) => `The minimum coverage must be between 0 and 100 (% of the weight due); got ${p.value}.`,
  },
  'OUT_OF_RANGE.midYearBands': {
    tr: (p) =>
      `Ara dönem eşiklerinde 0 ≤ geride ≤ yolunda olmalı; verilen: geride ${p.behind}, yolunda ${p.onTrack}.`,
    en: (p) => `Mid-year bands need 0 ≤ behind ≤ onTrack; got behind ${p.behind}, onTrack ${p.onTrack}.`,
  },
  'OUT_OF_RANGE.plausibility': {
    tr: (p) => `Olağanlık katsayılarında 0 < alt < 1 < üst olmalı; verilen: alt ${p.low}, üst ${p.high}.`,
    en: (p) => `Plausibility factors need 0 < low < 1 < high; got low ${p.low}, high ${p.high}.`,
  },
  'OUT_OF_RANGE.deadlineDays': {
    tr: (p) => `Son gün, dönem sonundan 0 ile ${p.max} gün arası bir tam sayı olmalı; verilen: ${p.value}.`,
    en: (p) =>
      `A deadline must be a whole number of days from 0 to ${p.max} after the period; got ${p.value}.`,
  },
  /** plan-limits.ts: one count over its limit (`limit` already written as a phrase). */
  TOO_MANY: {
    tr: (p) => `Çok fazla: ${p.given} verildi; sınır ${p.limit}`,
    en: (p) => `Too many: ${p.given} given; the limit is ${p.limit}`,
  },
} satisfies Record<string, Texts>;

export type DetailKey = keyof typeof DETAIL_MESSAGES;

/** Writes a detail message in `lang`. */
export function detailMessage(key: DetailKey, params: MessageParams, lang: Lang): string {
  return DETAIL_MESSAGES[key][lang](params);
}
