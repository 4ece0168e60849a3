import type { Role } from './auth.js';
import type { CalendarActor, CalendarEventState } from './calendar.js';
import type { Direction, PlanStatus, ValueType } from './plan-document.js';
import type { Lang } from './validation.js';
import type { ValueStatus } from './workflow.js';

/**
 * One vocabulary for the server's messages and workbooks and the client's screens: the words for
 * the stored codes (plan and value statuses, roles, value types, directions, periods) in Turkish
 * and English. A Turkish text shows these words, never the code (`yururlukte`, `2022-H2`).
 */
type Labels<K extends string> = Record<Lang, Record<K, string>>;

/** How numbers are written in each language (1.234,5 in Turkish). */
export const NUMBER_LOCALE: Record<Lang, string> = { tr: 'tr-TR', en: 'en-US' };

export const PLAN_STATUS_LABELS: Labels<PlanStatus> = {
  tr: {
    taslak: 'taslak',
    'meclis-onayinda': 'meclis onayında',
    yururlukte: 'yürürlükte',
    kapandi: 'kapandı',
  },
  en: {
    taslak: 'draft',
    'meclis-onayinda': 'submitted to the council',
    yururlukte: 'in force',
    kapandi: 'closed',
  },
};

/** A plan past its last year that was never closed (the API's `expired`). */
export const PLAN_EXPIRED_LABEL: Record<Lang, string> = {
  tr: 'süresi doldu — kapatılmadı',
  en: 'term over — not closed',
};

/** The value workflow; "submitted" is "onaya gönderildi" everywhere (screens, workbooks, audit). */
export const VALUE_STATUS_LABELS: Labels<ValueStatus> = {
  tr: { draft: 'taslak', submitted: 'onaya gönderildi', approved: 'onaylandı', returned: 'iade edildi' },
  en: { draft: 'draft', submitted: 'submitted', approved: 'approved', returned: 'returned' },
};

export const ROLE_LABELS: Labels<Role> = {
  tr: {
    admin: 'yönetici',
    planner: 'strateji geliştirme',
    unit_manager: 'birim yöneticisi',
    reviewer: 'meclis üyesi',
    secretariat: 'genel sekreterlik',
  },
  en: {
    admin: 'administrator',
    planner: 'strategy unit',
    unit_manager: 'unit manager',
    reviewer: 'council member',
    secretariat: 'general secretariat',
  },
};

/** Who must act on a calendar event: the roles, and the bodies outside Pusula. */
export const CALENDAR_ACTOR_LABELS: Labels<CalendarActor> = {
  tr: { ...ROLE_LABELS.tr, council: 'meclis', 'top-manager': 'üst yönetici' },
  en: { ...ROLE_LABELS.en, council: 'the council', 'top-manager': 'the top manager' },
};

/** A calendar event's state (CalendarEventState). */
export const CALENDAR_STATE_LABELS: Labels<CalendarEventState> = {
  tr: { done: 'yapıldı', late: 'gecikti', past: 'geçti', upcoming: 'yaklaşan' },
  en: { done: 'done', late: 'late', past: 'past', upcoming: 'upcoming' },
};

/** domain.md 4.3. */
export const VALUE_TYPE_LABELS: Labels<ValueType> = {
  tr: { duzey: 'düzey', kumulatif: 'kümülatif', donemsel: 'dönemsel' },
  en: { duzey: 'level', kumulatif: 'cumulative', donemsel: 'per period' },
};

export const DIRECTION_LABELS: Labels<Direction> = {
  tr: { artis: 'artış', azalis: 'azalış', koruma: 'koruma' },
  en: { artis: 'increase', azalis: 'decrease', koruma: 'keep level' },
};

export function planStatusLabel(status: PlanStatus, lang: Lang): string {
  return PLAN_STATUS_LABELS[lang][status];
}

export function valueStatusLabel(status: ValueStatus, lang: Lang): string {
  return VALUE_STATUS_LABELS[lang][status];
}

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[lang][role];
}

export function valueTypeLabel(type: ValueType, lang: Lang): string {
  return VALUE_TYPE_LABELS[lang][type];
}

export function directionLabel(direction: Direction, lang: Lang): string {
  return DIRECTION_LABELS[lang][direction];
}

/**
 * The reasons the server writes into the audit trail when a request gives none (X-Pusula-Reason):
 * stored as these stable texts, shown in the reader's language.
 */
export const SYSTEM_REASON_LABELS: Labels<'plan import' | 'values workbook import' | 'plan copy'> = {
  tr: {
    'plan import': 'plan içe aktarıldı',
    'values workbook import': 'değer çalışma kitabı içe aktarıldı',
    'plan copy': 'önceki plandan kopyalandı',
  },
  en: {
    'plan import': 'plan imported',
    'values workbook import': 'values workbook imported',
    'plan copy': 'copied from the previous plan',
  },
};

/** An audit reason as shown: a system reason in `lang`, anything a person wrote as written. */
export function reasonLabel(reason: string, lang: Lang): string {
  return reason in SYSTEM_REASON_LABELS[lang]
    ? SYSTEM_REASON_LABELS[lang][reason as keyof (typeof SYSTEM_REASON_LABELS)['tr']]
    : reason;
}

const PERIOD_KEY = /^(\d{4})(?:-(H[12]))?$/;

const PERIOD_WORDS: Record<Lang, Record<'H1' | 'H2' | 'year', { name: string; months?: string }>> = {
  tr: {
    H1: { name: 'ara dönem', months: 'Ocak–Haziran' },
    H2: { name: 'ikinci yarı', months: 'Temmuz–Aralık' },
    year: { name: 'yıl sonu' },
  },
  en: {
    H1: { name: 'mid-year', months: 'January–June' },
    H2: { name: 'second half', months: 'July–December' },
    year: { name: 'year end' },
  },
};

/**
 * A period key as people say it (domain.md 4.3, 6): `2022-H1` (the 30 June izleme) → "2022 ara
 * dönem", `2022` (the year-end değerlendirme) → "2022 yıl sonu", and the entry period `2022-H2`
 * (July–December) → "2022 ikinci yarı". `months` adds the months of a half ("2022 ara dönem
 * (Ocak–Haziran)"), as the screens show them. Anything else is returned as it is.
 */
export function periodLabel(period: string, lang: Lang, options: { months?: boolean } = {}): string {
  const match = PERIOD_KEY.exec(period);
  if (!match) return period;
  const [, year, half] = match;
  const words = PERIOD_WORDS[lang][half === 'H1' || half === 'H2' ? half : 'year'];
  return `${year} ${words.name}${options.months && words.months ? ` (${words.months})` : ''}`;
}

/** Several period keys, in their order: "2022 ara dönem, 2022 yıl sonu". */
export function periodLabels(periods: readonly string[], lang: Lang): string {
  return periods.map((period) => periodLabel(period, lang)).join(', ');
}

/** A YYYY-MM-DD date as Turkish documents write it: 2024-09-30 → 30.09.2024. */
export function trDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('.');
}

/** First-level economic codes and their titles (ekonomik sınıflandırma, birinci düzey). */
export const ECONOMIC_CODE_TITLES: Record<Lang, Record<string, string>> = {
  tr: {
    '01': 'Personel Giderleri',
    '02': 'SGK Devlet Primi Giderleri',
    '03': 'Mal ve Hizmet Alım Giderleri',
    '04': 'Faiz Giderleri',
    '05': 'Cari Transferler',
    '06': 'Sermaye Giderleri',
    '07': 'Sermaye Transferleri',
    '08': 'Borç Verme',
    '09': 'Yedek Ödenekler',
  },
  en: {
    '01': 'Personnel expenditure',
    '02': 'Social security contributions',
    '03': 'Purchases of goods and services',
    '04': 'Interest',
    '05': 'Current transfers',
    '06': 'Capital expenditure',
    '07': 'Capital transfers',
    '08': 'Lending',
    '09': 'Reserve appropriations',
  },
};

/** Off-budget sources as the tables name them. */
export const OFF_BUDGET_TITLES: Record<Lang, Record<string, string>> = {
  tr: {
    'doner-sermaye': 'Döner Sermaye',
    'diger-yurt-ici': 'Diğer Yurt İçi',
    'diger-yurt-disi': 'Diğer Yurt Dışı',
  },
  en: {
    'doner-sermaye': 'Revolving fund',
    'diger-yurt-ici': 'Other domestic',
    'diger-yurt-disi': 'Other foreign',
  },
};

/**
 * The columns of a programme-budget card (planning-cycle.md 3), named with their year: `year` is
 * the programme's year t. The indicator's t-1 year-end estimate is a value of its own, not an actual.
 */
export function budgetIndicatorColumnTitle(column: string, year: number, lang: Lang): string {
  const titles: Record<Lang, Record<string, string>> = {
    tr: {
      tMinus2Actual: `${year - 2} Gerçekleşme`,
      tMinus1Planned: `${year - 1} Planlanan`,
      tMinus1Estimate: `${year - 1} Yıl Sonu Tahmini`,
      tTarget: `${year} Hedef`,
      tPlus1: `${year + 1} Tahmin`,
      tPlus2: `${year + 2} Tahmin`,
    },
    en: {
      tMinus2Actual: `${year - 2} actual`,
      tMinus1Planned: `${year - 1} planned`,
      tMinus1Estimate: `${year - 1} year-end estimate`,
      tTarget: `${year} target`,
      tPlus1: `${year + 1} forecast`,
      tPlus2: `${year + 2} forecast`,
    },
  };
  return titles[lang][column] ?? column;
}

/** The cost columns of a programme-budget activity, named with their year (t = `year`). */
export function budgetCostColumnTitle(column: string, year: number, lang: Lang): string {
  const titles: Record<Lang, Record<string, string>> = {
    tr: {
      tMinus1Budget: `${year - 1} Bütçe`,
      tMinus1Actual: `${year - 1} Gerçekleşme`,
      tMinus1Estimate: `${year - 1} Yıl Sonu Tahmini`,
      t: `${year} Teklif`,
      tPlus1: `${year + 1} Tahmin`,
      tPlus2: `${year + 2} Tahmin`,
    },
    en: {
      tMinus1Budget: `${year - 1} budget`,
      tMinus1Actual: `${year - 1} actual`,
      tMinus1Estimate: `${year - 1} year-end estimate`,
      t: `${year} proposal`,
      tPlus1: `${year + 1} forecast`,
      tPlus2: `${year + 2} forecast`,
    },
  };
  return titles[lang][column] ?? column;
}

/** Funding types of a programme-budget cost. */
export const FUNDING_TYPE_TITLES: Record<Lang, Record<string, string>> = {
  tr: { budget: 'Bütçe İçi', offBudget: 'Bütçe Dışı' },
  en: { budget: 'Budget', offBudget: 'Off-budget' },
};
