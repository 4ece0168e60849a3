import type { ErrorCode } from '../../contracts/error-codes.js';
import type { Role } from '../../contracts/auth.js';
import {
  NUMBER_LOCALE,
  periodLabel,
  PLAN_STATUS_LABELS,
  ROLE_LABELS,
  VALUE_STATUS_LABELS,
} from '../../contracts/labels.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { UPLOAD_REASONS, type UploadReason } from './upload-reasons.js';
import type { PlanStatus } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';

/** The values a message names: codes, counts, periods already written as labels. */
export type MessageParams = Record<string, string | number | undefined>;

export interface Texts {
  tr: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

/** A period key (2026-H1) as its label ("2026 ara dönem"): Turkish messages never show the key. */
const trPeriod = (period: string | number | undefined): string | undefined =>
  period === undefined ? undefined : periodLabel(String(period), 'tr');

/** A period key as its English label ("2026 second half"): English messages name no key either. */
const enPeriod = (period: string | number | undefined): string | undefined =>
  period === undefined ? undefined : periodLabel(String(period), 'en');

/** A plan status code as its word in a sentence ("yürürlükte"); anything else as given. */
const planStatusWord = (status: string | number | undefined, lang: Lang): string =>
  // In an English sentence a draft takes its article: "The plan is a draft".
  lang === 'en' && status === 'taslak'
    ? 'a draft'
    : status !== undefined && String(status) in PLAN_STATUS_LABELS[lang]
      ? PLAN_STATUS_LABELS[lang][status as PlanStatus]
      : String(status ?? '');

/** A number as the language writes it (tr: 15.500,5; en: 15,500.5), at most two decimals. */
const number = (value: string | number | undefined, lang: Lang): string =>
  typeof value === 'number'
    ? new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 2 }).format(value)
    : String(value ?? '');

/** The plausible range of VALUE_IMPLAUSIBLE_NOTE: "3,1 – 15,8", "en az 3,1" or "en çok 15,8". */
const plausibleRange = (p: MessageParams, lang: Lang): string => {
  if (p.low !== undefined && p.high !== undefined) return `${number(p.low, lang)} – ${number(p.high, lang)}`;
  if (p.low !== undefined) return `${lang === 'en' ? 'at least' : 'en az'} ${number(p.low, lang)}`;
  if (p.high !== undefined) return `${lang === 'en' ? 'at most' : 'en çok'} ${number(p.high, lang)}`;
  return '—';
};

/** A part of a programme-budget card as its word ("alt program hedefi"). */
const BUDGET_PART_WORDS: Record<Lang, Record<string, string>> = {
  tr: {
    programme: 'program',
    'sub-programme': 'alt program',
    goal: 'alt program hedefi',
    indicator: 'gösterge',
    activity: 'faaliyet',
  },
  en: {
    programme: 'programme',
    'sub-programme': 'sub-programme',
    goal: 'sub-programme goal',
    indicator: 'indicator',
    activity: 'activity',
  },
};
const budgetPartWord = (part: unknown, lang: Lang): string =>
  BUDGET_PART_WORDS[lang][String(part)] ?? (lang === 'tr' ? 'kayıt' : 'record');
/** A programme status code as its word ("meclise sunuldu"). */
const PROGRAMME_STATUS_WORDS: Record<Lang, Record<string, string>> = {
  tr: { draft: 'taslak', submitted: 'meclise sunuldu', accepted: 'kabul edildi', published: 'yayımlandı' },
  en: { draft: 'draft', submitted: 'submitted to the council', accepted: 'accepted', published: 'published' },
};
const programmeStatusWord = (status: string | number | undefined, lang: Lang): string =>
  PROGRAMME_STATUS_WORDS[lang][String(status)] ?? '';

/** A value status code as its word ("onaya gönderildi"). */
const valueStatusWord = (status: string | number | undefined, lang: Lang): string =>
  status !== undefined && String(status) in VALUE_STATUS_LABELS[lang]
    ? VALUE_STATUS_LABELS[lang][status as ValueStatus]
    : String(status ?? '');

/** How a locked value can still change (VALUE_LOCKED's `way`). */
const LOCKED_WAY: Record<Lang, Record<string, string>> = {
  tr: {
    approve: 'planlamacı onaylar ya da iade eder',
    pending: 'bir düzeltmesi onay bekliyor',
    correct: 'gerekçeyle bir düzeltme önerin',
    approved: 'onaylanmış kayıt değiştirilmez',
  },
  en: {
    approve: 'the planner approves or returns it',
    pending: 'a correction of it is waiting for approval',
    correct: 'propose a correction with a reason',
    approved: 'an approved entry does not change',
  },
};

const CORRECTION_WORDS: Record<string, string> = {
  proposed: 'önerildi',
  approved: 'onaylandı',
  rejected: 'reddedildi',
  withdrawn: 'geri çekildi',
};

/** A question's status and the step refused (QUESTION_STATUS). */
const QUESTION_STATE: Record<string, string> = { open: 'Açık', answered: 'Yanıtlanmış', closed: 'Kapanmış' };
const QUESTION_STEP: Record<string, string> = { answered: 'yanıtlanamaz', closed: 'kapatılamaz' };

/** Role codes ("admin, planner") as their names in `lang`. */
const roleNames = (roles: string | number, lang: Lang): string =>
  String(roles)
    .split(', ')
    .map((role) => (role in ROLE_LABELS[lang] ? ROLE_LABELS[lang][role as Role] : role))
    .join(', ');

/** What of a closed plan can no longer change (PLAN_CLOSED's `what`). */
const closedWhat: Record<Lang, Record<string, string>> = {
  tr: {
    content: 'içeriği artık değiştirilemez',
    values: 'değerleri artık değiştirilemez',
    period: 'değerlendirme dönemi açılamaz',
    question: 'yeni soru sorulamaz',
  },
  en: {
    content: 'its content can no longer be changed',
    values: 'its values can no longer change',
    period: 'no assessment period can be opened',
    question: 'no new question can be asked',
  },
};

/** What STALE_VERSION is about: `what` (plan, aim, target, institution, indicator, period, question, value) and its name. */
const staleSubject: Texts = {
  tr: (p) => {
    switch (p.what) {
      case 'plan':
        return `"${p.name}" planı`;
      case 'aim':
        return `${p.name} amacı`;
      case 'target':
        return `${p.name} hedefi`;
      case 'institution':
        return `"${p.name}" kurumu`;
      case 'indicator':
        return `${p.name} göstergesi`;
      case 'period':
        return `${trPeriod(p.period)} değerlendirme dönemi`;
      case 'question':
        return 'Soru';
      case 'value':
        return `${p.name} göstergesinin ${trPeriod(p.period)} değeri`;
      case 'team-member':
        return `Planlama ekibi üyesi "${p.name}"`;
      case 'step':
        return `Hazırlık adımı "${p.name}"`;
      case 'event':
        return `Takvim etkinliği "${p.name}"`;
      case 'analysis-row':
        return `Durum analizi satırı ${p.name}`;
      case 'analysis-item':
        return `${p.name} tespit/ihtiyacı`;
      case 'council-member':
        return `Genel kurul üyesi "${p.name}"`;
      case 'consultation':
        return `"${p.name}" görüşe açılması`;
      case 'comment':
        return 'Görüş';
      case 'programme':
        return `${p.name} performans programı`;
      case 'programme-target':
        return `${p.name} performans hedefi`;
      case 'programme-indicator':
        return `Performans programındaki ${p.name} göstergesi`;
      case 'programme-activity':
        return `${p.name} faaliyeti`;
      case 'programme-part':
        return `${p.name} kodlu ${budgetPartWord(p.part, 'tr')}`;
      case 'measure':
        return `${p.name} hedefinin önlemleri`;
      case 'activity-report':
        return `${p.name} faaliyet raporu`;
      default:
        return 'Kayıt';
    }
  },
  en: (p) => {
    switch (p.what) {
      case 'plan':
        return `Plan ${p.name}`;
      case 'aim':
        return `Aim ${p.name}`;
      case 'target':
        return `Target ${p.name}`;
      case 'institution':
        return `Institution ${p.name}`;
      case 'indicator':
        return `Indicator ${p.name}`;
      case 'period':
        return `The assessment period ${enPeriod(p.period)}`;
      case 'question':
        return 'The question';
      case 'value':
        return `${p.name} ${enPeriod(p.period)}`;
      case 'team-member':
        return `Planning team member "${p.name}"`;
      case 'step':
        return `Preparation step "${p.name}"`;
      case 'event':
        return `Calendar event "${p.name}"`;
      case 'analysis-row':
        return `Situation analysis row ${p.name}`;
      case 'analysis-item':
        return `Finding or need ${p.name}`;
      case 'council-member':
        return `General assembly member "${p.name}"`;
      case 'consultation':
        return `Consultation "${p.name}"`;
      case 'comment':
        return 'The comment';
      case 'programme':
        return `Performance programme ${p.name}`;
      case 'programme-target':
        return `Performance target ${p.name}`;
      case 'programme-indicator':
        return `Indicator ${p.name} of the programme`;
      case 'programme-activity':
        return `Activity ${p.name}`;
      case 'programme-part':
        return `The ${budgetPartWord(p.part, 'en')} ${p.name}`;
      case 'measure':
        return `The measures of target ${p.name}`;
      case 'activity-report':
        return `The ${p.name} activity report`;
      default:
        return 'The record';
    }
  },
};

/** The reason inside an upload refusal (upload-reasons.ts), by its key `reason`. */
const reason = (p: MessageParams, lang: Lang): string =>
  String(p.reason) in UPLOAD_REASONS
    ? UPLOAD_REASONS[p.reason as UploadReason][lang](p)
    : String(p.reason ?? '');

const GROUP_STATE_WORDS: Record<Lang, Record<string, string>> = {
  tr: { proposed: 'önerilmiş', active: 'etkin', rejected: 'reddedilmiş', closed: 'kapanmış' },
  en: { proposed: 'proposed', active: 'active', rejected: 'rejected', closed: 'closed' },
};

/** WG_GROUP_STATE: what the group's state (or its acceptance date) does not allow. */
const groupStateText = (p: MessageParams, lang: Lang): string => {
  const state = GROUP_STATE_WORDS[lang][String(p.state ?? '')] ?? '';
  if (p.before !== undefined) {
    return lang === 'tr'
      ? `Çalışma grubu ${String(p.before)} tarihinde kabul edildi; öncesine kayıt girilemez`
      : `The working group was accepted on ${String(p.before)}; nothing is recorded before that`;
  }
  return lang === 'tr'
    ? `Çalışma grubu ${state === '' ? 'bu durumda' : `${state} durumda`}; bu işlem yapılamaz`
    : `The working group is ${state === '' ? 'in a state that does not allow this' : `${state}, which does not allow this`}`;
};

/** " (X)" when x is given, for messages that may or may not name a thing. */
const named = (x: string | number | undefined): string => (x === undefined || x === '' ? '' : ` ${x}`);

/**
 * The message of every error code in Turkish and English (docs/api.md#error-codes). Params name the
 * thing refused; a Turkish text shows labels (src/contracts/labels.ts), never a raw code of a status
 * or a period. errorMessage() picks the request's language.
 */
export const ERROR_MESSAGES: Record<ErrorCode, Texts> = {
  VALIDATION_FAILED: {
    tr: (p) =>
      p.unitsRequired
        ? 'Birim yöneticisine en az bir birim verilmeli'
        : p.query
          ? 'Sorgu geçerli değil'
          : p.count === undefined
            ? 'İstek geçerli değil'
            : `İstekte ${p.count} sorun var`,
    en: (p) =>
      p.unitsRequired
        ? 'A unit manager needs at least one unit'
        : p.query
          ? 'The query is not valid'
          : p.count === undefined
            ? 'The request is not valid'
            : `The request has ${p.count} problem(s)`,
  },
  PLAN_INVALID: {
    tr: (p) => `Plan ${p.count ?? 'bazı'} kurala uymuyor; hiçbir şey kaydedilmedi`,
    en: (p) => `The plan breaks ${p.count ?? 'some'} rule(s) of domain.md section 5; nothing was saved`,
  },
  PLAN_RULES: {
    tr: (p) => `Değişiklik ${p.count ?? 'bazı'} plan kuralını bozuyor; hiçbir şey kaydedilmedi`,
    en: (p) => `The change would break ${p.count ?? 'some'} plan rule(s); nothing was saved`,
  },
  VALUE_PERIOD: {
    tr: () => 'Dönem, göstergenin plan yılları içindeki bir giriş dönemi değil',
    en: () => 'The period is not an entry period of the indicator within the plan years',
  },
  DEVIATION_REASON: {
    tr: () => 'Yıl sonu gerçekleşmesi hedeften farklı: sapma nedeni yazılmalı',
    en: () => 'At year end the actual value differs from the target: a deviation reason is required',
  },
  PERIOD_INVALID: {
    tr: (p) =>
      p.period !== undefined
        ? `"${p.period}" planın bir değerlendirme dönemi değil: ${p.years} içinde bir ara dönem (YYYY-H1) ya da yıl sonu (YYYY) olmalı`
        : `Dönem, ara dönem (YYYY-H1, 30 Haziran izlemesi) ya da yıl sonu (YYYY, değerlendirme) olmalı${p.years ? ` (${p.years} içinde)` : ''}`,
    en: (p) =>
      p.period !== undefined
        ? `"${p.period}" is not an assessment period of the plan: YYYY-H1 or YYYY within ${p.years}`
        : `period must be YYYY-H1 (30 June monitoring) or YYYY (year-end evaluation)${p.years ? ` within ${p.years}` : ''}`,
  },
  BASIS_INVALID: {
    tr: () => 'Hesap temeli "approved" (yalnızca onaylı değerler) veya "all" (onay bekleyenler dahil) olmalı',
    en: () => 'basis must be "approved" (approved values only) or "all" (including values awaiting approval)',
  },
  INSTITUTION_KIND_INVALID: {
    tr: () =>
      'Kurum türü belediye, büyükşehir belediyesi, belediyeler birliği, kent konseyi veya diğer kurumlardan biri olmalı',
    en: () => 'kind must be one of belediye, buyuksehir, birlik, kent-konseyi, diger',
  },
  VALUE_IMPLAUSIBLE_NOTE: {
    tr: (p) =>
      `${p.code} ${trPeriod(p.period)}: ${number(p.value, 'tr')}${p.compared === undefined ? '' : ` (karşılaştırılan: ${number(p.compared, 'tr')})`} olağan dışı görünüyor (beklenen aralık ${plausibleRange(p, 'tr')}); yine de kaydetmek için bir açıklama yazın`,
    en: (p) =>
      `${p.code} ${enPeriod(p.period)}: ${number(p.value, 'en')}${p.compared === undefined ? '' : ` (compared as ${number(p.compared, 'en')})`} looks implausible (expected range ${plausibleRange(p, 'en')}); write a note to save it anyway`,
  },
  NOT_PLAN_YEAR: {
    tr: (p) => `${p.year} ilk altı ay hedefi: planın yıllarından biri değil (${p.years})`,
    en: (p) => `Half-year target ${p.year}: not one of the plan's years (${p.years})`,
  },
  PERIOD_NOT_OPEN: {
    tr: (p) =>
      `${trPeriod(p.period) ?? 'Bu'} değerlendirme dönemi bu plan için açık değil${p.entry ? ` (${trPeriod(p.entry)} bu döneme girer)` : ''}: önce planlamacı dönemi açmalı`,
    en: (p) =>
      `The assessment period ${enPeriod(p.period) ?? ''} is not open for this plan${p.entry ? ` (${enPeriod(p.entry)} belongs to it)` : ''}: a planner opens it first`,
  },
  DATE_ORDER: {
    tr: (p) =>
      p.proposedOn
        ? `Onay tarihi ${p.date}, güncellemenin önerildiği tarihten (${p.proposedOn}) önce olamaz`
        : p.due
          ? `Bitiş tarihi ${p.date ?? ''} başlangıç tarihinden (${p.beforeDate ?? ''}) önce olamaz`
          : 'Tarih bir önceki adımın tarihinden önce olamaz',
    en: (p) =>
      p.proposedOn
        ? `The approval date ${p.date} is before the update was proposed on ${p.proposedOn}`
        : p.due
          ? `The due date ${p.date ?? ''} is before the start date ${p.beforeDate ?? ''}`
          : 'The date cannot be before the date of the previous step',
  },
  STATUS_VIA_LIFECYCLE: {
    tr: () =>
      'Plan durumu yalnızca yaşam döngüsü adımlarıyla (meclise sunma, yürürlüğe koyma, kapatma) değişir: POST /api/plans/:planId/lifecycle/submit, enact veya close',
    en: () =>
      'The plan status changes only through the lifecycle steps: POST /api/plans/:planId/lifecycle/submit, enact or close',
  },
  UPDATE_RULES: {
    tr: (p) => `Güncelleme ${p.count ?? 'bazı'} güncelleme kuralını bozuyor; hiçbir şey kaydedilmedi`,
    en: (p) => `The update breaks ${p.count ?? 'some'} update rule(s); nothing was saved`,
  },
  UNKNOWN_SUBJECT: {
    tr: (p) => `Planda${named(p.code)} diye bir amaç, hedef ya da gösterge yok`,
    en: (p) => `The plan has no aim, target or indicator${named(p.code)}`,
  },
  MONITORING_CHANGE: {
    tr: (p) =>
      `Göstergenin${named(p.code)} ${p.count ?? ''} girişi var; dönemleri şimdiki izleme sıklığına göre: izleme sıklığı değiştirilemez`,
    en: (p) =>
      `Indicator${named(p.code)} has ${p.count ?? ''} entries; their periods fit the current monitoring frequency`,
  },
  UNKNOWN_AIM: {
    tr: (p) => `Bu planda${named(p.code)} amacı yok`,
    en: (p) => `Aim${named(p.code)} does not exist in this plan`,
  },
  UNKNOWN_TARGET: {
    tr: (p) => `Bu planda${named(p.code)} hedefi yok`,
    en: (p) => `Target${named(p.code)} does not exist in this plan`,
  },
  UNKNOWN_INDICATOR: {
    tr: (p) =>
      p.target
        ? `${p.code} göstergesi ${p.target} hedefinde yok`
        : `Bu planda${named(p.code)} göstergesi yok`,
    en: (p) =>
      p.target
        ? `Indicator ${p.code} is not on target ${p.target}`
        : `Indicator${named(p.code)} does not exist in this plan`,
  },
  UNKNOWN_PLAN: {
    tr: () => 'Bu kurumun böyle bir planı yok',
    en: (p) => `Plan${named(p.id)} is not a plan of this institution`,
  },
  CALENDAR_RANGE: {
    tr: (p) =>
      p.years
        ? `Takvim en çok ${p.years} yıllık bir aralık gösterir: başlangıç ve bitiş tarihlerini yaklaştırın`
        : 'Takvimin bitiş tarihi başlangıç tarihinden önce olamaz',
    en: (p) =>
      p.years
        ? `The calendar shows at most ${p.years} years at once: bring from and to closer`
        : 'The calendar range must not end before it starts (from ≤ to)',
  },
  UNKNOWN_UNIT: {
    tr: (p) => (p.code ? `${p.code} birimi bu kurumda yok` : 'İstek kurumda olmayan birimlere başvuruyor'),
    en: (p) =>
      p.code
        ? `Unit ${p.code} does not exist in this institution`
        : 'The request names units that do not exist',
  },
  PREP_ONE_COORDINATOR: {
    tr: (p) =>
      `Planlama ekibinin tek bir koordinatörü olur${p.name ? `; koordinatör şu anda "${p.name}"` : ''}`,
    en: (p) => `The planning team has one coordinator${p.name ? `; it is ${p.name} now` : ''}`,
  },
  PREP_MEMBER_PERSON: {
    tr: () =>
      'Ekip üyesi ya kurumun bir kullanıcısıdır (userId) ya da adıyla (name, unvanıyla) yazılan bir dış katılımcıdır; ikisi birden olmaz',
    en: () =>
      'A team member is either a user of the institution (userId) or an outsider named by name (and title), never both',
  },
  PREP_NOT_A_MEMBER: {
    tr: () =>
      'Bu kullanıcının kurumda bir rolü yok; ekibe kurumun kullanıcıları ya da adıyla dış katılımcılar eklenir',
    en: () =>
      'This user has no role in the institution; the team takes users of the institution or named outsiders',
  },
  PREP_UNKNOWN_OWNER: {
    tr: () => 'Adımın sorumlusu bu planın planlama ekibinden biri olmalı',
    en: () => "The step's owner must be a member of this plan's planning team",
  },
  PREP_DONE_DATE: {
    tr: () => 'Tamamlanma tarihi yalnızca tamamlanan bir adım için, ve onun için mutlaka girilir',
    en: () => 'A done date is given when the step is done, and only then',
  },
  ANALYSIS_UNKNOWN_PART: {
    tr: (p) => `Durum analizinde ${p.code ? `"${p.code}" adında ` : ''}bir bölüm yok`,
    en: (p) => `The situation analysis has no part${named(p.code)}`,
  },
  ANALYSIS_LINK: {
    tr: () => 'Durum analizi bağlantısı bu plana ait olmayan bir kayda başvuruyor',
    en: () => 'The situation analysis link names a record this plan does not have',
  },
  PREVIOUS_PLAN_TARGET: {
    tr: (p) =>
      p.plan === undefined
        ? 'Bu planın önceki planı Pusula’da yok; gerekçe yazılacak bir önceki plan hedefi bulunmuyor'
        : `Önceki planda (${p.plan})${named(p.code)} kodlu bir hedef yok`,
    en: (p) =>
      p.plan === undefined
        ? 'The previous plan of this plan is not in Pusula; there is no target to give a reason for'
        : `The previous plan (${p.plan}) has no target${named(p.code)}`,
  },
  WG_FOUNDERS: {
    tr: (p) =>
      `Çalışma grubu önerisi genel kurulun en az 5 etkin üyesiyle yapılır${p.count === undefined ? '' : `; geçerli kurucu üye sayısı ${p.count}`}`,
    en: (p) =>
      `A working group is proposed by at least 5 active members of the general assembly${p.count === undefined ? '' : `; valid founders: ${p.count}`}`,
  },
  WG_QUORUM: {
    tr: (p) =>
      `Seçim için en az 6 üye hazır bulunmalı${p.count === undefined ? '' : `; hazır bulunan ${p.count} üye`}`,
    en: (p) =>
      `An election needs at least 6 members present${p.count === undefined ? '' : `; present: ${p.count}`}`,
  },
  WG_BOARD_SIZE: {
    tr: () => 'Seçimde bir başkan ve dört yönetici seçilir; hepsi seçimde hazır bulunan grup üyeleridir',
    en: () => 'An election elects one chair and four managers, all members of the group present at it',
  },
  WG_NOT_GROUP_MEMBER: {
    tr: (p) => `${p.name ? `${p.name} ` : 'Adı geçen kişi '}bu çalışma grubunun üyesi değil`,
    en: (p) => `${p.name ?? 'The person named'} is not a member of this working group`,
  },
  WG_UNKNOWN_MEMBER: {
    tr: () => 'Adı geçen kişi bu kent konseyinin genel kurulunun etkin bir üyesi değil',
    en: (p) =>
      `${p.id ? `Member ${p.id} is` : 'The person named is'} not an active member of this council's general assembly`,
  },
  WG_PLAN_LINK: {
    tr: (p) =>
      p.code
        ? `Bağlanan planda ${p.code} kodlu bir amaç ya da hedef yok`
        : 'Öneri var olan bir planın amacına ya da hedefine bağlanır (plan ve kod birlikte verilir)',
    en: (p) =>
      p.code
        ? `The linked plan has no aim or target ${p.code}`
        : 'A recommendation links to an aim or target of an existing plan (plan and code together)',
  },
  CONSULTATION_SUBJECT: {
    tr: (p) =>
      p.outOfScope
        ? `${p.code ?? 'Bu'} bu görüşe açılmanın kapsamında değil`
        : p.aim
          ? 'Bir amacın hedefleri görüşe açılırken amaç kodu verilmeli; başka kapsamda verilmez'
          : `Planda ${p.code ?? 'bu kodda'} bir amaç ya da hedef yok`,
    en: (p) =>
      p.outOfScope
        ? `${p.code ?? 'This'} is not covered by this consultation`
        : p.aim
          ? "An aim code is given when one aim's targets are consulted, and only then"
          : `The plan has no aim or target${named(p.code)}`,
  },
  REPORT_YEAR: {
    tr: (p) =>
      `Faaliyet raporu yalnızca planın yılları için yazılır (${p.years ?? ''}); "${p.year ?? ''}" değil`,
    en: (p) =>
      `An activity report is written for the plan's years only (${p.years ?? ''}), not "${p.year ?? ''}"`,
  },
  EVALUATION_INDICATOR: {
    tr: (p) =>
      p.duplicate
        ? `${p.code ?? ''} göstergesi değerlendirmede birden çok kez var`
        : `${p.code ?? ''} bu planın bir göstergesi değil; değerlendirme yalnızca planın göstergeleri için yazılır`,
    en: (p) =>
      p.duplicate
        ? `Indicator ${p.code ?? ''} appears more than once in the evaluation`
        : `${p.code ?? ''} is not an indicator of this plan; the evaluation is written for the plan's indicators only`,
  },
  PP_YEAR: {
    tr: (p) =>
      `Performans programı yalnızca planın yılları için yapılır (${p.years ?? ''}); "${p.year ?? ''}" değil`,
    en: (p) =>
      `A performance programme is made for the plan's years only (${p.years ?? ''}), not "${p.year ?? ''}"`,
  },
  PP_ECONOMIC_CODE: {
    tr: () => 'Kaynak ihtiyacı yalnızca birinci düzey ekonomik kodlarla (01 ile 09 arası) verilir',
    en: () => 'A resource need is given by first-level economic codes only (01 to 09)',
  },
  PP_NEGATIVE_COST: {
    tr: () => 'Maliyet ve kaynak ihtiyacı tutarları sıfırdan küçük olamaz',
    en: () => 'Costs and resource needs cannot be negative',
  },
  PP_TARGET_IN_PLAN: {
    tr: (p) =>
      `Performans hedefi planın ${p.year ?? 'programın'} yılı hedeflerinden biri olmalı${p.target ? `; "${p.target}" değil` : ''}`,
    en: (p) =>
      `A performance target must be a target of the plan for ${p.year ?? 'the programme year'}${named(p.target)}`,
  },
  PP_ACTIVITY_UNIT: {
    tr: () => 'Her faaliyetin kurumun birimlerinden bir sorumlu harcama birimi olmalı',
    en: () => 'Every activity needs a responsible spending unit of the institution',
  },
  ACTIVITY_PERCENT: {
    tr: () => 'Faaliyetin ilerleme yüzdesi 0 ile 100 arasında olmalı',
    en: () => 'An activity’s progress is a percentage from 0 to 100',
  },
  PP_RULES: {
    tr: (p) =>
      `Performans programında ${p.count ?? 'giderilmemiş'} hata var; meclise sunulmadan önce giderilmeli`,
    en: (p) =>
      `The performance programme has ${p.count ?? 'unresolved'} error(s) to resolve before it goes to the council`,
  },
  CONSULTATION_LINK: {
    tr: (p) => `Görüş, bu planda olmayan bir tespit/ihtiyaca ya da hedefe (${p.code ?? ''}) bağlanamaz`,
    en: (p) =>
      `A comment cannot be linked to a finding, need or target this plan does not have${named(p.code)}`,
  },
  UNIT_CYCLE: {
    tr: (p) =>
      p.parent
        ? `${p.parent} birimi ${p.code} biriminin üst birimi olamaz: bir birim kendi altına yerleştirilemez`
        : 'Bir birim kendisinin ya da alt biriminin altına yerleştirilemez',
    en: (p) =>
      p.parent
        ? `Unit ${p.parent} cannot be the parent of ${p.code}: a unit cannot be placed under itself`
        : 'A unit cannot be placed under itself or one of its descendants',
  },
  INVALID_CREDENTIALS: {
    tr: (p) => (p.current ? 'Şu anki parola yanlış' : 'E-posta ya da parola yanlış'),
    en: (p) => (p.current ? 'The current password is wrong' : 'E-mail or password is wrong'),
  },
  PASSWORD_WEAK: {
    tr: () => 'Parola yeterince güçlü değil',
    en: () => 'The password is not strong enough',
  },
  NOTIFICATION_KIND_UNKNOWN: {
    tr: () => 'Böyle bir bildirim türü yok',
    en: (p) => `Unknown notification kind${named(p.kind)}`,
  },
  NOTIFICATION_CHANNEL_UNKNOWN: {
    tr: () => 'Bildirim yalnızca uygulamada, hemen e-posta ile ya da günlük özetle gönderilebilir',
    en: (p) => `The channel of${named(p.kind)} must be in-app, email or digest`,
  },
  UNSUBSCRIBE_TOKEN_INVALID: {
    tr: () =>
      'Bu e-posta aboneliğinden çıkma bağlantısı geçersiz; bildirim ayarlarınızı hesap sayfanızdan değiştirebilirsiniz',
    en: () => 'This unsubscribe link is not valid; change your notification settings on your account page',
  },
  RESET_TOKEN_INVALID: {
    tr: () => 'Bu parola sıfırlama bağlantısı geçersiz; yöneticinizden yeni bir bağlantı isteyin',
    en: () => 'This password reset link is not valid; ask an administrator for a new one',
  },
  RESET_TOKEN_EXPIRED: {
    tr: () => 'Bu parola sıfırlama bağlantısının süresi doldu; yöneticinizden yeni bir bağlantı isteyin',
    en: () => 'This password reset link has expired; ask an administrator for a new one',
  },
  RESET_TOKEN_USED: {
    tr: () => 'Bu parola sıfırlama bağlantısı zaten kullanıldı; yöneticinizden yeni bir bağlantı isteyin',
    en: () => 'This password reset link has been used already; ask an administrator for a new one',
  },
  MALFORMED_JSON: {
    tr: (p) => (p.empty ? 'İstek gövdesi boş' : 'İstek gövdesi geçerli JSON değil'),
    en: (p) => (p.empty ? 'The request body is empty' : 'The request body is not valid JSON'),
  },
  JSON_TOO_DEEP: {
    tr: (p) => `JSON gövdesi nesne ve dizileri ${p.limit ?? 32} düzeyden daha derin iç içe yerleştiriyor`,
    en: (p) => `The JSON body nests objects and arrays more than ${p.limit ?? 32} levels deep`,
  },
  BAD_URL: {
    tr: () => 'Adresteki yüzde kodlaması bozuk',
    en: () => 'The path has a broken percent-encoding',
  },
  BAD_REQUEST: {
    tr: () => 'İstek geçerli değil',
    en: () => 'The request is not valid',
  },
  INVALID_VALUE: {
    tr: () => 'İstekteki bir değer saklanamıyor (aralık dışında ya da geçersiz bir karakter içeriyor)',
    en: () => 'A value in the request cannot be stored (out of range or an invalid character)',
  },
  IMPORT_INVALID: {
    tr: (p) => `Çalışma kitabında ${p.count ?? 'bazı'} sorun var; hiçbir şey kaydedilmedi`,
    en: (p) => `The workbook has ${p.count ?? 'some'} problem(s); nothing was saved`,
  },
  IMPORT_EMPTY: {
    tr: () => 'Çalışma kitabında veri satırı yok',
    en: () => 'The workbook has no data rows',
  },
  WORKBOOK_MISMATCH: {
    tr: () => 'Çalışma kitabı başka bir plan ya da değerlendirme dönemi için hazırlanmış',
    en: () => 'The workbook was made for another plan or assessment period',
  },
  UPLOAD_CONTENT_TYPE: {
    tr: (p) =>
      `.xlsx dosyasını istek gövdesi olarak Content-Type: ${p.expected ?? ''} ile gönderin (gelen: ${p.got ?? 'yok'})`,
    en: (p) =>
      `Send the .xlsx file itself as the request body with Content-Type: ${p.expected ?? ''} (got ${p.got ?? 'none'})`,
  },
  UPLOAD_EMPTY: {
    tr: () => 'Yüklenen dosya boş',
    en: () => 'The uploaded file is empty',
  },
  UPLOAD_CORRUPT: {
    tr: (p) =>
      `Dosya okunabilir bir .xlsx çalışma kitabı değil: zip arşivi bozuk ya da zip değil (${reason(p, 'tr')})`,
    en: (p) =>
      `The file is not a readable .xlsx workbook: the zip archive is damaged or not a zip (${reason(p, 'en')})`,
  },
  UPLOAD_ZIP_BOMB: {
    tr: (p) => `Dosya reddedildi: ${reason(p, 'tr')}; bu tür bir çalışma kitabı buna hiç ihtiyaç duymaz`,
    en: (p) => `The file is refused because ${reason(p, 'en')}; a workbook of this kind never needs that`,
  },
  UPLOAD_TOO_MANY_CELLS: {
    tr: (p) => `Çalışma kitabı okunamayacak kadar büyük: ${reason(p, 'tr')}`,
    en: (p) => `The workbook is too large to read: ${reason(p, 'en')}`,
  },
  UPLOAD_NOT_XLSX: {
    tr: (p) =>
      `Dosya bir Excel çalışma kitabı (.xlsx) değil: ${reason(p, 'tr')}. Excel'de "Excel Çalışma Kitabı (.xlsx)" olarak kaydedin`,
    en: (p) =>
      `The file is not an Excel workbook (.xlsx): ${reason(p, 'en')}. Save it from Excel as "Excel Workbook (.xlsx)"`,
  },
  UPLOAD_MISSING_SHEETS: {
    tr: (p) =>
      p.sheet !== undefined
        ? `"${p.sheet}" sayfası yok`
        : `Çalışma kitabında ${p.sheets ?? ''} sayfası yok: bu sayfanın sunduğu şablonu kullanın`,
    en: (p) =>
      p.sheet !== undefined
        ? `The sheet "${p.sheet}" is missing`
        : `The workbook lacks the sheet(s) ${p.sheets ?? ''}: use the template this page offers`,
  },
  UPLOAD_TOO_MANY_ROWS: {
    tr: (p) =>
      `Çalışma kitabında okunabilecekten çok satır var${p.limit === undefined ? '' : ` (en çok ${p.limit})`}`,
    en: (p) =>
      `The workbook has more rows than can be read${p.limit === undefined ? '' : ` (at most ${p.limit})`}`,
  },
  UNAUTHORIZED: {
    tr: (p) => (p.ended ? 'Oturum sona erdi; yeniden giriş yapın' : 'Önce giriş yapın'),
    en: (p) =>
      p.ended ? 'The session has ended; sign in again' : 'Sign in first (Authorization: Bearer <token>)',
  },
  METRICS_TOKEN_INVALID: {
    tr: () => 'Ölçümler için geçerli erişim anahtarı gerekir',
    en: () => 'The metrics need the valid access token (Authorization: Bearer <token>)',
  },
  FORBIDDEN: {
    tr: (p) =>
      p.roles
        ? `Bunun için şu rollerden biri gerekir: ${roleNames(p.roles, 'tr')}`
        : p.only === 'superadmin'
          ? 'Bunu yalnızca bir süper yönetici yapabilir'
          : p.only === 'admin'
            ? 'Bunu yalnızca bir yönetici yapabilir'
            : 'Bu işlem için yetkiniz yok',
    en: (p) =>
      p.roles
        ? `This needs one of the roles: ${p.roles}`
        : p.only === 'superadmin'
          ? 'Only a superadmin may do this'
          : p.only === 'admin'
            ? 'Only an administrator may do this'
            : 'You may not do this',
  },
  CSRF_ORIGIN: {
    tr: (p) =>
      `İstek başka bir siteden geldi (${p.origin || 'bilinmeyen bir adres'}): oturum çerezli değişiklik istekleri yalnızca bu sunucunun sayfalarından kabul edilir`,
    en: (p) =>
      p.detail === undefined
        ? `The request comes from another site (${p.origin || 'an unknown origin'}): state-changing requests with the session cookie are accepted only from this server's pages`
        : String(p.detail),
  },
  ACCOUNT_DEACTIVATED: {
    tr: () => 'Bu hesap devre dışı; bir yönetici yeniden etkinleştirebilir',
    en: () => 'This account is deactivated; an administrator can reactivate it',
  },
  NOT_YOUR_UNIT: {
    tr: (p) =>
      p.target
        ? `${p.code} göstergesi başka bir birimin hedefine ait`
        : `${p.code ?? 'Bu kayıt'} biriminizin sorumluluğunda değil`,
    en: (p) =>
      p.target
        ? `Indicator ${p.code} belongs to a target of another unit`
        : `${p.code ?? 'This record'} is not the responsibility of your unit`,
  },
  NOT_YOUR_QUESTION: {
    tr: () => 'Bir soruyu yalnızca soran meclis üyesi (ya da bir yönetici) kapatır',
    en: () => 'Only the reviewer who asked (or an admin) closes a question',
  },
  PLAN_NOT_FOUND: {
    tr: (p) => `Plan bulunamadı${p.id === undefined ? '' : ` (${p.id})`}`,
    en: (p) => `Plan${named(p.id)} not found`,
  },
  INSTITUTION_NOT_FOUND: {
    tr: (p) => `Kurum bulunamadı${p.id === undefined ? '' : ` (${p.id})`}`,
    en: (p) => `Institution${named(p.id)} not found`,
  },
  UNIT_NOT_FOUND: {
    tr: (p) => (p.code === undefined ? 'Birim bulunamadı' : `${p.code} birimi bulunamadı`),
    en: (p) => `Unit${named(p.code)} not found`,
  },
  AIM_NOT_FOUND: {
    tr: (p) => `${p.code ?? 'Bu'} amacı bu planda bulunamadı`,
    en: (p) => `Aim${named(p.code)} not found in this plan`,
  },
  TARGET_NOT_FOUND: {
    tr: (p) => `${p.code ?? 'Bu'} hedefi bu planda bulunamadı`,
    en: (p) => `Target${named(p.code)} not found in this plan`,
  },
  INDICATOR_NOT_FOUND: {
    tr: (p) => `${p.code ?? 'Bu'} göstergesi bu planda bulunamadı`,
    en: (p) => `Indicator${named(p.code)} not found in this plan`,
  },
  ACTIVITY_PROGRESS_NOT_FOUND: {
    tr: (p) =>
      `${p.code ?? 'Bu'} faaliyetinin ${trPeriod(p.period) ?? 'bu dönem'} için girilmiş bir ilerlemesi yok`,
    en: (p) => `Activity ${p.code ?? ''} has no progress entry for ${enPeriod(p.period) ?? 'this period'}`,
  },
  UNIT_REPORT_NOT_FOUND: {
    tr: (p) => `${p.unit ?? 'Bu'} biriminin ${p.year ?? ''} yılı faaliyet raporu henüz yazılmadı`,
    en: (p) => `Unit ${p.unit ?? ''} has no activity report for ${p.year ?? 'that year'} yet`,
  },
  VALUE_NOT_FOUND: {
    tr: (p) => `${p.code} göstergesinin ${trPeriod(p.period)} için girilmiş bir değeri yok`,
    en: (p) => `Indicator ${p.code} has no entry for ${enPeriod(p.period)}`,
  },
  CORE_VALUE_NOT_FOUND: {
    tr: (p) =>
      p.position === undefined
        ? 'Temel değerler sıra numarasıyla (1, 2, …) belirtilir'
        : `${p.position}. temel değer bulunamadı`,
    en: (p) =>
      p.position === undefined
        ? 'Core values are addressed by their position (1, 2, …)'
        : `Core value ${p.position} not found`,
  },
  PREP_MEMBER_NOT_FOUND: {
    tr: () => 'Planlama ekibinde böyle bir üye yok',
    en: (p) => `Planning team member${named(p.id)} not found in this plan`,
  },
  COUNCIL_MEMBER_NOT_FOUND: {
    tr: () => 'Bu kent konseyinin genel kurulunda böyle bir üye yok',
    en: (p) => `Member${named(p.id)} not found in this council's general assembly`,
  },
  WORKING_GROUP_NOT_FOUND: {
    tr: () => 'Bu kent konseyinde böyle bir çalışma grubu yok',
    en: (p) => `Working group${named(p.id)} not found in this council`,
  },
  WG_MEETING_NOT_FOUND: {
    tr: () => 'Bu çalışma grubunun böyle bir toplantısı yok',
    en: (p) => `Meeting${named(p.id)} not found in this working group`,
  },
  RECOMMENDATION_NOT_FOUND: {
    tr: () => 'Böyle bir öneri yok',
    en: (p) => `Recommendation${named(p.id)} not found`,
  },
  NOTIFICATION_NOT_FOUND: {
    tr: () => 'Böyle bir bildiriminiz yok',
    en: (p) => `Notification${named(p.id)} not found`,
  },
  CALENDAR_EVENT_NOT_FOUND: {
    tr: () => 'Kurumun takviminde böyle bir etkinlik yok',
    en: (p) => `Calendar event${named(p.id)} not found in this institution`,
  },
  CALENDAR_FEED_NOT_FOUND: {
    tr: () => 'Takvim bağlantısı geçersiz ya da iptal edilmiş: Hesabım sayfasından yeni bir bağlantı alın',
    en: () => 'The calendar link is invalid or revoked: get a new one on the My account page',
  },
  PREP_STEP_NOT_FOUND: {
    tr: () => 'Hazırlık programında böyle bir adım yok',
    en: (p) => `Preparation step${named(p.id)} not found in this plan`,
  },
  ANALYSIS_ROW_NOT_FOUND: {
    tr: () => 'Durum analizinin bu bölümünde böyle bir satır yok',
    en: (p) => `Row${named(p.id)} not found in this part of the situation analysis`,
  },
  ANALYSIS_ITEM_NOT_FOUND: {
    tr: (p) => `${p.code ?? 'Bu'} tespit/ihtiyacı bu planda bulunamadı`,
    en: (p) => `Finding or need${named(p.code)} not found in this plan`,
  },
  PROGRAMME_NOT_FOUND: {
    tr: (p) => `Bu planın ${p.year ?? 'bu'} yılı için bir performans programı yok`,
    en: (p) => `This plan has no performance programme for ${p.year ?? 'that year'}`,
  },
  PROGRAMME_TARGET_NOT_FOUND: {
    tr: (p) => `Performans programında ${p.code ? `"${p.code}" kodlu ` : 'böyle '}bir performans hedefi yok`,
    en: (p) => `The performance programme has no performance target${named(p.code)}`,
  },
  MEASURE_NOT_FOUND: {
    tr: (p) => `${p.code ?? 'Bu'} hedefi için ${p.year ?? ''} yılında yazılmış önlem yok`,
    en: (p) => `No measures were written for target${named(p.code)} in ${p.year ?? 'that year'}`,
  },
  PROGRAMME_ACTIVITY_NOT_FOUND: {
    tr: (p) => `Performans programında ${p.code ? `"${p.code}" kodlu ` : 'böyle '}bir faaliyet yok`,
    en: (p) => `The performance programme has no activity${named(p.code)}`,
  },
  PROGRAMME_PART_NOT_FOUND: {
    tr: (p) => `Performans programında böyle bir ${budgetPartWord(p.part, 'tr')} yok`,
    en: (p) => `The performance programme has no such ${budgetPartWord(p.part, 'en')}`,
  },
  ANALYSIS_LINK_NOT_FOUND: {
    tr: (p) => `${p.target ?? 'Bu'} hedefi ${p.code ?? 'bu'} tespit/ihtiyacı karşılamıyor`,
    en: (p) => `Target${named(p.target)} does not answer${named(p.code)}`,
  },
  CONSULTATION_NOT_FOUND: {
    tr: () => 'Böyle bir görüşe açılma bulunamadı',
    en: () => 'Consultation not found',
  },
  COMMENT_NOT_FOUND: {
    tr: () => 'Bu görüşe açılmada böyle bir görüş bulunamadı',
    en: () => 'Comment not found in this consultation',
  },
  USER_NOT_FOUND: {
    tr: () => 'Kullanıcı bulunamadı',
    en: (p) => `User${named(p.id)} not found`,
  },
  MEMBERSHIP_NOT_FOUND: {
    tr: () => 'Kullanıcının bu kurumda bir rolü yok',
    en: () => 'The user has no role in this institution',
  },
  INVITATION_NOT_FOUND: {
    tr: () => 'Davet bulunamadı',
    en: (p) => `Invitation${named(p.id)} not found`,
  },
  PERIOD_NOT_FOUND: {
    tr: (p) => `Planın ${trPeriod(p.period) ?? 'bu'} değerlendirme dönemi yok`,
    en: (p) => `The plan has no assessment period ${enPeriod(p.period) ?? ''}`.trimEnd(),
  },
  PLAN_VERSION_NOT_FOUND: {
    tr: (p) =>
      p.number === undefined
        ? 'Plan sürümleri numarasıyla (1, 2, …) belirtilir'
        : `Planın ${p.number} numaralı sürümü bulunamadı`,
    en: (p) =>
      p.number === undefined
        ? 'Plan versions are addressed by their number (1, 2, …)'
        : `Plan version ${p.number} not found`,
  },
  QUESTION_NOT_FOUND: {
    tr: () => 'Soru bu planda bulunamadı',
    en: (p) => `Question${named(p.id)} not found in this plan`,
  },
  CORRECTION_NOT_FOUND: {
    tr: (p) =>
      p.id === undefined
        ? `${p.code} ${trPeriod(p.period)} değeri için onay bekleyen bir düzeltme yok`
        : `${p.code} ${trPeriod(p.period)} değeri için bu düzeltme bulunamadı`,
    en: (p) =>
      p.id === undefined
        ? `No correction of ${p.code} ${enPeriod(p.period)} is waiting for approval`
        : `Correction ${p.id} of ${p.code} ${enPeriod(p.period)} not found`,
  },
  ROUTE_NOT_FOUND: {
    tr: () => 'Böyle bir adres yok',
    en: () => 'No such route',
  },
  METHOD_NOT_ALLOWED: {
    tr: () => 'Bu adres bu yöntemle kullanılamaz',
    en: () => 'The method is not allowed on this route',
  },
  REQUEST_TIMEOUT: {
    tr: () => 'İstek zamanında gelmedi',
    en: () => 'The request did not arrive in time',
  },
  CONFLICT: {
    tr: () => 'İstek kaydın şimdiki durumuyla çelişiyor',
    en: () => 'The request conflicts with the current state',
  },
  CODE_TAKEN: {
    tr: (p) => `${p.code ?? 'Bu'} kodu bu planda zaten kullanılıyor`,
    en: (p) => `Code${named(p.code)} is already used in this plan`,
  },
  INSTITUTION_EXISTS: {
    tr: (p) => `${p.name ?? 'Bu'} adında bir kurum zaten var`,
    en: (p) => `An institution named${named(p.name)} already exists`,
  },
  UNIT_EXISTS: {
    tr: (p) => `${p.code ?? 'Bu'} kodlu birim zaten var`,
    en: (p) => `Unit${named(p.code)} already exists`,
  },
  USER_EXISTS: {
    tr: (p) => `${p.email ?? 'Bu'} e-posta adresiyle bir kullanıcı zaten var`,
    en: (p) => `A user with e-mail${named(p.email)} exists`,
  },
  USER_ACTIVE: {
    tr: (p) => `${p.email ?? 'Hesap'} zaten etkin`,
    en: (p) => `${p.email ?? 'The account'} is active already`,
  },
  USER_INACTIVE: {
    tr: (p) =>
      p.reactivate
        ? `${p.email ?? 'Hesap'} devre dışı: önce yeniden etkinleştirin`
        : `${p.email ?? 'Hesap'} zaten devre dışı`,
    en: (p) =>
      p.reactivate
        ? `${p.email ?? 'The account'} is deactivated: reactivate it first`
        : `${p.email ?? 'The account'} is deactivated already`,
  },
  CANNOT_DEACTIVATE_SELF: {
    tr: () => 'Yöneticiler kendi hesaplarını devre dışı bırakamaz',
    en: () => 'Administrators cannot deactivate their own account',
  },
  INVITATION_UNITS_GONE: {
    tr: () => 'Bu davetin birimleri artık yok; yöneticiden yeni bir davet isteyin',
    en: () => 'The units of this invitation no longer exist; ask the administrator for a new one',
  },
  UNIT_IN_USE: {
    tr: (p) => `${p.code ?? 'Birim'} ${p.count ?? 'bazı'} hedef kartında geçiyor; silinemez`,
    en: (p) => `Unit${named(p.code)} is named on ${p.count ?? 'some'} target card(s)`,
  },
  PERIOD_EXISTS: {
    tr: (p) =>
      `${trPeriod(p.period) ?? 'Bu'} değerlendirme dönemi bu plan için zaten ${p.status === 'closed' ? 'açılıp kapatıldı' : 'açık'}`,
    en: (p) =>
      `The assessment period ${enPeriod(p.period) ?? ''} already exists for this plan (${p.status ?? ''})`,
  },
  PERIOD_CLOSED: {
    tr: (p) =>
      p.entry
        ? `${trPeriod(p.period)} değerlendirme dönemi kapandı: ${trPeriod(p.entry)} kilitli (onaylı bir değer gerekçeyle düzeltilebilir)`
        : `${trPeriod(p.period) ?? 'Bu'} değerlendirme dönemi zaten kapalı`,
    en: (p) =>
      p.entry
        ? `The assessment period ${enPeriod(p.period)} is closed: ${enPeriod(p.entry)} is locked (an approved value can still be corrected with a reason)`
        : `The assessment period ${enPeriod(p.period) ?? ''} is already closed`,
  },
  PERIOD_OPEN: {
    tr: (p) => `${trPeriod(p.period) ?? 'Bu'} değerlendirme dönemi zaten açık`,
    en: (p) => `The assessment period ${enPeriod(p.period) ?? ''} is already open`,
  },
  VALUE_LOCKED: {
    tr: (p) =>
      `${trPeriod(p.period)} değeri ${valueStatusWord(p.status, 'tr')} durumunda ve değiştirilemez: ${LOCKED_WAY.tr[String(p.way)] ?? ''}`,
    en: (p) =>
      `The value of ${enPeriod(p.period)} is ${p.status} and cannot be changed: ${LOCKED_WAY.en[String(p.way)] ?? ''}`,
  },
  VALUE_STATUS: {
    tr: (p) =>
      `${trPeriod(p.period)} değeri ${valueStatusWord(p.status, 'tr')} durumunda; bunun için ${String(
        p.allowed ?? '',
      )
        .split(' or ')
        .map((status) => valueStatusWord(status, 'tr'))
        .join(' ya da ')} olmalı`,
    en: (p) =>
      `Cannot ${p.action} the value of ${enPeriod(p.period)}: it is ${p.status} (needs ${p.allowed})`,
  },
  CORRECTION_PENDING: {
    tr: (p) =>
      `${p.code} ${trPeriod(p.period)} için bir düzeltme (${p.value} olarak) zaten onay bekliyor: önce onaylanmalı, reddedilmeli ya da geri çekilmeli`,
    en: (p) =>
      `A correction of ${p.code} ${enPeriod(p.period)} (to ${p.value}) is already waiting for approval: approve, reject or withdraw it first`,
  },
  CORRECTION_STATUS: {
    tr: (p) =>
      `${p.code} ${trPeriod(p.period)} düzeltmesi zaten ${CORRECTION_WORDS[String(p.status)] ?? ''}; yalnızca onay bekleyen bir düzeltme onaylanabilir ya da reddedilebilir`,
    en: (p) =>
      `The correction of ${p.code} ${enPeriod(p.period)} is ${p.status} already; only a waiting correction can be approved or rejected`,
  },
  STALE_VERSION: {
    tr: (p) =>
      `${staleSubject.tr(p)} ${p.given ?? ''}. sürümden bu yana değişti (${p.now === '-' ? 'artık girilmiş değer yok' : `şimdi ${p.now ?? '?'}. sürüm`}): yeniden yükleyip tekrar deneyin`,
    en: (p) => {
      const now = p.what !== 'value' ? `${p.now}` : p.now === '-' ? 'no entry' : `version ${p.now}`;
      const retry = p.what === 'period' || p.what === 'question' ? '' : ': reload and try again';
      return `${staleSubject.en(p)} changed since version ${p.given ?? ''} (now ${now})${retry}`;
    },
  },
  PLAN_STATUS: {
    tr: (p) => {
      const status = planStatusWord(p.status, 'tr');
      if (p.case === 'update')
        return `Plan ${status} durumunda; yalnızca yürürlükteki bir plan güncellenebilir`;
      if (p.case === 'publish')
        return `Plan ${status} durumunda; yalnızca meclise sunulmuş, yürürlükteki ya da kapanmış bir plan yayımlanabilir`;
      if (p.case === 'move')
        return `Plan ${status} durumunda; amaç, hedef ve göstergeler yalnızca taslak bir planda taşınıp yeniden numaralanabilir`;
      if (p.action) return `Plan ${status} durumunda; ${p.action}`;
      return `Plan ${status} durumunda; bu işlem yapılamaz`;
    },
    en: (p) => {
      if (p.case === 'update')
        return `The plan is ${planStatusWord(p.status, 'en')}; only a plan in force can be updated`;
      if (p.case === 'publish')
        return `The plan is ${planStatusWord(p.status, 'en')}; only a plan submitted to the council, in force or closed can be published`;
      if (p.case === 'move')
        return `The plan is ${planStatusWord(p.status, 'en')}; aims, targets and indicators are moved and renumbered only in a draft`;
      if (p.action) return `The plan is ${planStatusWord(p.status, 'en')}; ${p.action}`;
      return `The plan is ${p.status === undefined ? 'in another status' : planStatusWord(p.status, 'en')}; this cannot be done`;
    },
  },
  PLAN_CLOSED: {
    tr: (p) =>
      `${p.title ? `"${p.title}" planı` : 'Plan'} kapandı: ${closedWhat.tr[String(p.what ?? 'content')] ?? ''}`,
    en: (p) =>
      `${p.title ? `Plan ${p.title}` : 'The plan'} is closed: ${closedWhat.en[String(p.what ?? 'content')] ?? ''}`,
  },
  TARGETS_VIA_UPDATE: {
    tr: () => 'Yıllık hedefler yalnızca plan güncellemesiyle değişir',
    en: () => 'Yearly targets change only through a plan update',
  },
  WEIGHTS_VIA_UPDATE: {
    tr: () => 'Ağırlıklar yalnızca plan güncellemesiyle değişir',
    en: () => 'Weights change only through a plan update',
  },
  INDICATORS_VIA_UPDATE: {
    tr: () => 'Yeni gösterge yalnızca plan güncellemesiyle eklenir',
    en: () => 'A new indicator is added only through a plan update',
  },
  CARDS_VIA_UPDATE: {
    tr: () => 'Hedef kartları yalnızca plan güncellemesiyle değişir',
    en: () => 'Target cards change only through a plan update',
  },
  CONTENT_VIA_UPDATE: {
    tr: () => 'Planın içeriği yalnızca plan güncellemesiyle değişir',
    en: () => 'The plan content changes only through a plan update',
  },
  HOLDS_APPROVED_VALUES: {
    tr: () => 'Silinecek kayıtta onaylanmış değerler var',
    en: () => 'What would be deleted holds approved values',
  },
  PLAN_LIMIT: {
    tr: () => 'Planın boyut sınırı aşılırdı',
    en: () => 'A size limit of the plan would be passed',
  },
  UPDATE_PENDING: {
    tr: (p) =>
      `${p.number ?? 'Bir'} numaralı güncelleme hâlâ yönetici onayı bekliyor; önce onaylanmalı ya da reddedilmeli`,
    en: (p) =>
      `Update ${p.number ?? ''} is still waiting for the administrator's approval; approve or reject it first`,
  },
  VERSION_STATUS: {
    tr: (p) =>
      `${p.number ?? 'Bu'} numaralı sürüm ${p.status === 'approved' ? 'onaylandı' : 'reddedildi'}; yalnızca önerilen bir güncelleme onaylanabilir ya da reddedilebilir`,
    en: (p) =>
      `Version ${p.number ?? ''} is ${p.status ?? 'not a proposal'}; only a proposed update can be approved or rejected`,
  },
  UPDATE_OUTDATED: {
    tr: (p) =>
      `Önerildiğinden bu yana güncelleme ${p.count ?? 'bazı'} güncelleme kuralını bozuyor; reddedilip yeniden önerilmeli`,
    en: (p) =>
      `Since it was proposed, the update breaks ${p.count ?? 'some'} update rule(s); reject it and propose it again`,
  },
  SELF_APPROVAL: {
    tr: (p) =>
      p.update
        ? 'Bir güncellemeyi öneren kişi onaylayamaz; başka bir yönetici onaylamalı'
        : 'Kendi önerdiğiniz ya da girdiğiniz bir kaydı onaylayamazsınız; onayı başka biri vermeli',
    en: (p) =>
      p.update
        ? 'An update is approved by another person than the one who proposed it'
        : 'What you proposed or entered yourself is approved by another person',
  },
  PERIOD_HAS_SUBMITTED: {
    tr: (p) =>
      p.unit !== undefined
        ? `${p.unit}: ${p.count} onaya gönderilmiş değer`
        : `${trPeriod(p.period) ?? 'Dönemin'} döneminin ${p.count ?? 'bazı'} onaya gönderilmiş değeri onay ya da iade bekliyor; dönem henüz kapatılamaz`,
    en: (p) =>
      p.unit !== undefined
        ? `${p.unit}: ${p.count} submitted value(s)`
        : `${p.count ?? 'Some'} submitted value(s) of ${enPeriod(p.period) ?? 'the period'} wait for approval or return; the period cannot be closed yet`,
  },
  QUESTION_STATUS: {
    tr: (p) =>
      `${QUESTION_STATE[String(p.status)] ?? 'Bu durumdaki'} bir soru ${QUESTION_STEP[String(p.to)] ?? 'değiştirilemez'}`,
    en: (p) => `A question that is ${p.status} cannot be ${p.to}`,
  },
  PREP_STEPS_EXIST: {
    tr: (p) =>
      `Hazırlık programında ${p.count ?? 'zaten'} adım var; varsayılan adımlar yalnızca boş bir programa eklenir`,
    en: (p) =>
      `The preparation programme has ${p.count ?? 'its'} steps already; the default steps go only into an empty programme`,
  },
  WG_ONE_GROUP_PER_MANAGER: {
    tr: (p) =>
      `Bir kişi yalnızca bir çalışma grubunda başkan ya da yönetici olabilir${p.name ? `; ${p.name} ${p.group ? `"${p.group}" grubunda ` : ''}zaten görevli` : ''}`,
    en: (p) =>
      `A person chairs or manages one working group at most${p.name ? `; ${p.name} already does${p.group ? ` in "${p.group}"` : ''}` : ''}`,
  },
  WG_GROUP_STATE: {
    tr: (p) => groupStateText(p, 'tr'),
    en: (p) => groupStateText(p, 'en'),
  },
  PP_ACCEPTED: {
    tr: (p) =>
      `${p.year ?? 'Bu'} performans programı meclisçe kabul edildi; değişiklik ancak gerekçeli bir revizyon açılarak yapılır`,
    en: (p) =>
      `The ${p.year ?? ''} performance programme was accepted by the council; it changes only through a revision with a reason`,
  },
  MEASURE_LOCKED: {
    tr: (p) =>
      `${p.code ?? ''} hedefinin önlemleri ${valueStatusWord(p.status, 'tr')} durumunda ve değiştirilemez: ${p.status === 'submitted' ? 'planlamacı onaylar ya da iade eder' : 'onaylandı'}`,
    en: (p) =>
      `The measures of target ${p.code ?? ''} are ${p.status ?? ''} and cannot be changed: ${p.status === 'submitted' ? 'the planner approves or returns them' : 'they are approved'}`,
  },
  MEASURE_STATUS: {
    tr: (p) =>
      `${p.code ?? ''} hedefinin önlemleri ${valueStatusWord(p.status, 'tr')} durumunda; bunun için ${String(
        p.allowed ?? '',
      )
        .split(' or ')
        .map((status) => valueStatusWord(status, 'tr'))
        .join(' ya da ')} olmalı`,
    en: (p) =>
      `Cannot ${p.action ?? ''} the measures of target ${p.code ?? ''}: they are ${p.status ?? ''} (needs ${p.allowed ?? ''})`,
  },
  PP_STATUS: {
    tr: (p) =>
      `Performans programı bu adım için uygun durumda değil (${programmeStatusWord(p.status, 'tr')})`,
    en: (p) =>
      `The performance programme's status does not allow this step (${programmeStatusWord(p.status, 'en')})`,
  },
  PP_FORMAT: {
    tr: (p) =>
      p.download === 'tables'
        ? `${p.year ?? 'Bu'} performans programı program bütçe biçiminde hazırlanıyor; 1–5 numaralı tablolar yerine performans kartları indirilir`
        : p.held === undefined
          ? `${p.year ?? 'Bu'} performans programı ${p.format === 'classic' ? 'klasik biçimde' : 'program bütçe biçiminde'} hazırlanıyor; önce programın biçimi değiştirilmeli`
          : p.format === 'classic'
            ? `${p.year ?? 'Bu'} performans programında klasik biçimde ${p.held} performans hedefi var; biçim değiştirilmeden önce bunlar faaliyetleriyle birlikte silinmeli`
            : `${p.year ?? 'Bu'} performans programında program bütçe biçiminde ${p.held} program var; biçim değiştirilmeden önce bunlar alt programları, hedefleri, göstergeleri ve faaliyetleriyle birlikte silinmeli`,
    en: (p) =>
      p.download === 'tables'
        ? `The ${p.year ?? ''} performance programme is in the programme-budget format; download its performance cards instead of tables 1–5`
        : p.held === undefined
          ? `The ${p.year ?? ''} performance programme is in the ${p.format === 'classic' ? 'classic' : 'programme-budget'} format; change its format first`
          : p.format === 'classic'
            ? `The ${p.year ?? ''} performance programme holds ${p.held} performance target(s) of the classic format; delete them with their activities before changing its format`
            : `The ${p.year ?? ''} performance programme holds ${p.held} programme(s) of the programme-budget format; delete them with their sub-programmes, goals, indicators and activities before changing its format`,
  },
  WG_STEP_ORDER: {
    tr: () =>
      'Öneri sırayla ilerler: çalışma grubu, yürütme kurulu, genel kurul, belediye meclisi; her adım bir öncekinden sonra gelir ve belediye meclisinin cevabıyla kapanır',
    en: () =>
      'A recommendation travels in order: working group, executive board, general assembly, municipal council; each step follows the last, and the municipal council’s answer closes it',
  },
  DUPLICATE: {
    tr: () => 'Aynı anahtarla bir kayıt zaten var',
    en: (p) => `A record with the same key already exists${p.constraint ? ` (${p.constraint})` : ''}`,
  },
  IN_USE: {
    tr: () => 'Kayıt başka kayıtlarca kullanılıyor',
    en: (p) => `The record is referenced by others${p.constraint ? ` (${p.constraint})` : ''}`,
  },
  CONSULTATION_CLOSED: {
    tr: (p) => `Görüşe açılma ${p.closesOn ? `${p.closesOn} tarihinde ` : ''}kapandı; artık görüş alınmıyor`,
    en: (p) => `The consultation closed${p.closesOn ? ` on ${p.closesOn}` : ''}; it takes no more comments`,
  },
  CONSULTATION_STATE: {
    tr: (p) =>
      p.step === 'open'
        ? 'Görüşe açılma zaten açıldı'
        : p.step === 'close'
          ? 'Yalnızca açılmış ve kapanmamış bir görüşe açılma kapatılabilir'
          : 'Kapanmış bir görüşe açılma değiştirilemez',
    en: (p) =>
      p.step === 'open'
        ? 'The consultation has been opened already'
        : p.step === 'close'
          ? 'Only an opened consultation that has not closed can be closed'
          : 'A closed consultation cannot be changed',
  },
  COMMENT_DUPLICATE: {
    tr: () => 'Aynı görüş bu görüşe açılmaya daha önce gönderildi',
    en: () => 'The same comment was already sent to this consultation',
  },
  PAYLOAD_TOO_LARGE: {
    tr: (p) =>
      p.size !== undefined
        ? `Dosya ${p.size}; en çok ${p.limit} kabul edilir`
        : 'İstek gövdesi izin verilen boyuttan büyük',
    en: (p) =>
      p.size !== undefined
        ? `The file is ${p.size}; at most ${p.limit} is accepted`
        : 'The request body is larger than the limit',
  },
  URI_TOO_LONG: {
    tr: (p) => `Adresin bir parçası ${p.limit ?? 100} karakterden uzun`,
    en: (p) => `A segment of the URL is longer than ${p.limit ?? 100} characters`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    tr: (p) =>
      `İstek gövdesi application/json${p.upload ? ` ya da bir .xlsx dosyası (${p.upload})` : ''} olmalı${p.got ? `; gelen: ${p.got}` : p.none ? '; gelen gövdenin Content-Type başlığı yok' : ''}`,
    en: (p) =>
      `The request body must be application/json${p.upload ? ` or an .xlsx file (${p.upload})` : ''}${p.got ? `, not ${p.got}` : p.none ? ', not a body without Content-Type' : ''}`,
  },
  ACCOUNT_LOCKED: {
    tr: (p) =>
      `Bu adresten bu e-posta ile çok sayıda başarısız giriş: ${p.minutes ?? 15} dakika sonra yeniden deneyin`,
    en: (p) =>
      `Too many failed sign-ins for this e-mail from this address: try again in ${p.minutes ?? 15} minutes`,
  },
  TOO_MANY_ATTEMPTS: {
    tr: (p) => `Bu adresten çok sayıda giriş denemesi; ${p.seconds ?? 60} saniye sonra yeniden deneyin`,
    en: (p) => `Too many sign-in attempts from this address; try again in ${p.seconds ?? 60} s`,
  },
  TOO_MANY_REQUESTS: {
    tr: () => 'Çok sayıda istek; biraz sonra yeniden deneyin',
    en: () => 'Too many requests; try again later',
  },
  COMMENT_RATE_LIMIT: {
    tr: (p) =>
      `Bu adresten kısa sürede çok sayıda görüş gönderildi (${p.minutes ?? 10} dakikada en çok ${p.limit ?? 5}); ${p.seconds ?? 'birkaç'} saniye sonra yeniden deneyin`,
    en: (p) =>
      `Too many comments from this address (at most ${p.limit ?? 5} in ${p.minutes ?? 10} minutes); try again in ${p.seconds ?? 'a few'} seconds`,
  },
  HEADERS_TOO_LARGE: {
    tr: () => 'İstek satırı ve başlıkları izin verilenden büyük',
    en: () => 'The request line and headers are too large',
  },
  HTTP_ERROR: {
    tr: () => 'İstek yerine getirilemedi',
    en: () => 'The request could not be served',
  },
  INTERNAL_ERROR: {
    tr: () => 'Beklenmeyen bir hata oluştu',
    en: () => 'An unexpected error occurred',
  },
};
