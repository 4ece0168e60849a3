import type { DeadlineBasis } from '../../contracts/preparation.js';
import { PLAN_STATUS_LABELS, trDate } from '../../contracts/labels.js';
import type { PlanStatus } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import { namedUnit, texts, writerOf, type ParamsOf } from './typed-texts.js';

/*
 * The messages of the plan rules of domain.md section 5 (src/modules/plans/rules/) and of a plan
 * update's UPDATE_RULES (plan-updates.ts), keyed by rule code and, where a rule says several
 * things, a variant. Numbers arrive written in the message's language; Turkish texts show labels
 * and unit names, never a status code.
 */

/** What a yearly amount outside the plan period belongs to (PLAN_PERIOD.yearOutside). */
export type YearAmountsOf =
  | 'generalAdministration'
  | 'resource'
  | 'activityCost'
  | 'offBudgetCost'
  | 'costEstimate'
  | 'indicatorTargets';

const YEAR_AMOUNTS_OF: Record<Lang, Record<YearAmountsOf, (name: string) => string>> = {
  tr: {
    generalAdministration: () => 'genel yönetim giderleri',
    resource: (name) => `${name} kaynağı`,
    activityCost: (name) => `${name} faaliyet maliyeti`,
    offBudgetCost: (name) => `${name} bütçe dışı maliyeti`,
    costEstimate: (name) => `${name} maliyet tahmini`,
    indicatorTargets: (name) => `${name} göstergesinin hedefi`,
  },
  en: {
    generalAdministration: () => 'general administration',
    resource: (name) => `resource ${name}`,
    activityCost: (name) => `cost of activity ${name}`,
    offBudgetCost: (name) => `off-budget cost of activity ${name}`,
    costEstimate: (name) => `${name} cost estimate`,
    indicatorTargets: (name) => `target of indicator ${name}`,
  },
};

/** "1 day", "12 days". */
const dayCount = (days: string): string => `${days} ${days === '1' ? 'day' : 'days'}`;

/** What became of the plan against the deadline, after "…; " in ELECTION_DEADLINE. */
const DEADLINE_OUTCOME: Record<Lang, Record<DeadlineBasis, (judged: string, days: string) => string>> = {
  tr: {
    submitted: (judged, days) => `${trDate(judged)} tarihinde sunuldu, ${days} gün geç`,
    decision: (judged, days) => `meclis kararı ${trDate(judged)} tarihli, son günden ${days} gün sonra`,
    today: (_judged, days) => `plan henüz sunulmadı ve bugün ${days} gün gecikmede`,
  },
  en: {
    submitted: (judged, days) => `it was submitted on ${judged}, ${dayCount(days)} late`,
    decision: (judged, days) =>
      `the council decision is dated ${judged}, ${dayCount(days)} after the deadline`,
    today: (_judged, days) => `it is not submitted yet and is ${dayCount(days)} late today`,
  },
};

/** Whose unit RESPONSIBLE_UNIT.unknownUnit names. */
export type UnitRole = 'targetResponsible' | 'collaborating' | 'activityResponsible';

const UNIT_ROLE: Record<Lang, Record<UnitRole, (of: string) => string>> = {
  tr: {
    targetResponsible: (of) => `${of} hedefinin sorumlu birimi`,
    collaborating: (of) => `${of} hedefinin işbirliği yapılacak birimi`,
    activityResponsible: (of) => `${of} faaliyetinin sorumlu birimi`,
  },
  en: {
    targetResponsible: (of) => `the responsible unit of target ${of}`,
    collaborating: (of) => `a collaborating unit of target ${of}`,
    activityResponsible: (of) => `the responsible unit of activity ${of}`,
  },
};

/** What TARGET_DIRECTION compares a yearly target with: the baseline, or an earlier year's target. */
const compared = (year: number | undefined, lang: Lang): string =>
  year === undefined
    ? { tr: 'başlangıç değeri', en: 'the baseline' }[lang]
    : { tr: `${year} hedefi`, en: `the ${year} target` }[lang];

/** A unit named in a message: `unit` is its code, `unitName` its name when the plan has one. */
type UnitParams = {
  unit: string;
  unitName?: string;
};

export const RULE_MESSAGES = {
  'PLAN_PERIOD.years': texts<{ start: number; end: number; years: number; last: number }>(
    (p) => `plan dönemi ${p.start}–${p.end}; ${p.years} ardışık takvim yılı olmalı (${p.start}–${p.last})`,
    (p) =>
      `plan period ${p.start}–${p.end}; it must be ${p.years} consecutive calendar years (${p.start}–${p.last})`,
  ),
  'PLAN_PERIOD.yearOutside': texts<{
    of: YearAmountsOf;
    name: string;
    year: string;
    start: number;
    end: number;
  }>(
    (p) => `${YEAR_AMOUNTS_OF.tr[p.of](p.name)}: ${p.year} yılı plan dönemi (${p.start}–${p.end}) dışında`,
    (p) =>
      `${YEAR_AMOUNTS_OF.en[p.of](p.name)}: year ${p.year} is outside the plan period (${p.start}–${p.end})`,
  ),
  'PLAN_PERIOD.sinceOutside': texts<{ code: string; since: number; start: number; end: number }>(
    (p) => `${p.code} göstergesinin ilk yılı ${p.since} plan döneminin (${p.start}–${p.end}) dışında`,
    (p) =>
      `the first year ${p.since} of indicator ${p.code} is outside the plan period (${p.start}–${p.end})`,
  ),
  'PLAN_PERIOD.targetBeforeSince': texts<{ code: string; since: number; year: string }>(
    (p) => `${p.code} göstergesi ${p.since} yılından geçerli; ${p.year} yılı için hedefi olamaz`,
    (p) => `indicator ${p.code} counts from ${p.since}; it can have no target for ${p.year}`,
  ),
  ELECTION_DEADLINE: texts<{
    election: string;
    deadline: string;
    basis: DeadlineBasis;
    judged: string;
    daysLate: string;
  }>(
    (p) =>
      `seçim tarihi ${trDate(p.election)}: plan en geç ${trDate(p.deadline)} tarihine kadar meclise sunulmalıydı; ${DEADLINE_OUTCOME.tr[p.basis](p.judged, p.daysLate)}`,
    (p) =>
      `election on ${p.election}: the plan was due at the council by ${p.deadline}; ${DEADLINE_OUTCOME.en[p.basis](p.judged, p.daysLate)}`,
  ),
  POPULATION_DUTY: texts<{ population: string; limit: string }>(
    (p) => `nüfus ${p.population}, ${p.limit} altında: stratejik plan zorunlu değil, plan gönüllüdür`,
    (p) =>
      `population ${p.population} is below ${p.limit}: a strategic plan is not obligatory, the plan is voluntary`,
  ),
  'COUNCIL_DECISION.noDate': texts<Record<string, never>>(
    () => 'meclis karar tarihi boş',
    () => 'the council decision date is empty',
  ),
  'COUNCIL_DECISION.noNumber': texts<Record<string, never>>(
    () => 'meclis karar sayısı boş',
    () => 'the council decision number is empty',
  ),
  'COUNCIL_DECISION.missing': texts<{ status: PlanStatus }>(
    (p) => `${PLAN_STATUS_LABELS.tr[p.status]} durumundaki planın meclis karar tarihi ve sayısı olmalı`,
    (p) => `a plan that is ${PLAN_STATUS_LABELS.en[p.status]} needs a council decision date and number`,
  ),
  'TARGET_HAS_INDICATOR.none': texts<{ target: string }>(
    (p) => `${p.target} hedefinin performans göstergesi yok; en az bir gösterge olmalı`,
    (p) => `target ${p.target} has no performance indicator; it needs at least one`,
  ),
  'TARGET_HAS_INDICATOR.noBaseline': texts<{ code: string }>(
    (p) => `${p.code} göstergesinin başlangıç değeri (A) yok`,
    (p) => `indicator ${p.code} has no baseline (A)`,
  ),
  'TARGET_HAS_INDICATOR.noTargets': texts<{ code: string; years: string }>(
    (p) => `${p.code} göstergesinin ${p.years} yılı hedefi yok; plan dönemindeki her yıl için hedef olmalı`,
    (p) => `indicator ${p.code} has no target for ${p.years}; every plan year needs one`,
  ),
  WEIGHTS_SUM: texts<{ target: string; sum: string }>(
    (p) => `${p.target} hedefinin gösterge ağırlıkları toplamı ${p.sum}; 100 olmalı`,
    (p) => `weights of target ${p.target} sum to ${p.sum}; they must sum to 100`,
  ),
  'CODE_PREFIX.unitTwice': texts<{ unit: string }>(
    (p) => `${p.unit} birim kodu birden fazla kullanılmış`,
    (p) => `unit code ${p.unit} is used more than once`,
  ),
  'CODE_PREFIX.codeTwice': texts<{ code: string; first: string }>(
    (p) => `${p.code} kodu planda birden fazla kullanılmış (ilki: ${p.first})`,
    (p) => `code ${p.code} is used more than once in the plan (first at ${p.first})`,
  ),
  'CODE_PREFIX.aimFormat': texts<{ code: string; prefix: string }>(
    (p) => `${p.code} amaç kodu ${p.prefix}<numara> biçiminde olmalı (ör. ${p.prefix}1)`,
    (p) => `aim code ${p.code} must read ${p.prefix}<number> (e.g. ${p.prefix}1)`,
  ),
  'CODE_PREFIX.targetFormat': texts<{ code: string; prefix: string; example: string }>(
    (p) => `${p.code} hedef kodu ${p.prefix}<amaç>.<numara> biçiminde olmalı (ör. ${p.example})`,
    (p) => `target code ${p.code} must read ${p.prefix}<aim>.<number> (e.g. ${p.example})`,
  ),
  'CODE_PREFIX.targetUnderAim': texts<{ code: string; aim: string; start: string }>(
    (p) => `${p.code} hedefi ${p.aim} amacının altında; kodu ${p.start} ile başlamalı`,
    (p) => `target ${p.code} is under aim ${p.aim}; its code must start with ${p.start}`,
  ),
  'CODE_PREFIX.activityTwice': texts<{ code: string; target: string }>(
    (p) => `${p.code} faaliyet kodu ${p.target} hedefinde birden fazla kullanılmış`,
    (p) => `activity code ${p.code} is used more than once in target ${p.target}`,
  ),
  'CODE_PREFIX.indicatorFormat': texts<{ code: string; prefix: string; example: string }>(
    (p) => `${p.code} gösterge kodu ${p.prefix}<amaç>.<hedef>.<numara> biçiminde olmalı (ör. ${p.example})`,
    (p) => `indicator code ${p.code} must read ${p.prefix}<aim>.<target>.<number> (e.g. ${p.example})`,
  ),
  'CODE_PREFIX.indicatorUnderTarget': texts<{ code: string; target: string; start: string }>(
    (p) => `${p.code} göstergesi ${p.target} hedefinin altında; kodu ${p.start} ile başlamalı`,
    (p) => `indicator ${p.code} is under target ${p.target}; its code must start with ${p.start}`,
  ),
  'RESPONSIBLE_UNIT.parentUnknown': texts<UnitParams & { parent: string }>(
    (p) => `${namedUnit(p)} biriminin üst birimi ${p.parent} birimler listesinde yok`,
    (p) => `parent unit ${p.parent} of unit ${p.unit} is not in the units list`,
  ),
  'RESPONSIBLE_UNIT.cycle': texts<UnitParams>(
    (p) => `${namedUnit(p)} birimi kendi üst birimleri arasında yer alıyor; birimler bir ağaç oluşturmalı`,
    (p) => `unit ${p.unit} is among its own parents; units must form a tree`,
  ),
  'RESPONSIBLE_UNIT.none': texts<{ target: string }>(
    (p) => `${p.target} hedefinin sorumlu birimi yok; tam olarak bir sorumlu birim olmalı`,
    (p) => `target ${p.target} has no responsible unit; it needs exactly one`,
  ),
  'RESPONSIBLE_UNIT.unknownUnit': texts<{ role: UnitRole; of: string; unit: string }>(
    (p) => `${UNIT_ROLE.tr[p.role](p.of)} (${p.unit}) birimler listesinde yok`,
    (p) => `${UNIT_ROLE.en[p.role](p.of)} (${p.unit}) is not in the units list`,
  ),
  'RESPONSIBLE_UNIT.alsoCollaborating': texts<UnitParams & { target: string }>(
    (p) =>
      `${namedUnit(p)}, ${p.target} hedefinin sorumlu birimi; işbirliği yapılacak birimler arasında yer alamaz`,
    (p) => `${p.unit} is the responsible unit of target ${p.target}; it cannot also be a collaborating unit`,
  ),
  'RESPONSIBLE_UNIT.collaboratingTwice': texts<UnitParams & { target: string }>(
    (p) =>
      `${namedUnit(p)}, ${p.target} hedefinin işbirliği yapılacak birimleri arasında birden fazla kez geçiyor`,
    (p) => `${p.unit} appears more than once among the collaborating units of target ${p.target}`,
  ),
  /** `since` is the year of the target compared with; without it, the baseline. */
  'TARGET_DIRECTION.keep': texts<{ code: string; year: number; value: string; since?: number; base: string }>(
    (p) =>
      `${p.code} göstergesi düzeyi korumalı: ${p.year} hedefi ${p.value}, ${compared(p.since, 'tr')} ${p.base} ile aynı olmalı`,
    (p) =>
      `indicator ${p.code} keeps a level: the ${p.year} target ${p.value} should equal ${compared(p.since, 'en')} ${p.base}`,
  ),
  'TARGET_DIRECTION.rise': texts<{ code: string; year: number; value: string; since?: number; base: string }>(
    (p) =>
      `${p.code} göstergesi artış yönlü: ${p.year} hedefi ${p.value}, ${compared(p.since, 'tr')} ${p.base} değerinden düşük`,
    (p) =>
      `indicator ${p.code} should rise: the ${p.year} target ${p.value} is below ${compared(p.since, 'en')} ${p.base}`,
  ),
  'TARGET_DIRECTION.fall': texts<{ code: string; year: number; value: string; since?: number; base: string }>(
    (p) =>
      `${p.code} göstergesi azalış yönlü: ${p.year} hedefi ${p.value}, ${compared(p.since, 'tr')} ${p.base} değerinden yüksek`,
    (p) =>
      `indicator ${p.code} should fall: the ${p.year} target ${p.value} is above ${compared(p.since, 'en')} ${p.base}`,
  ),
  'COST_BALANCE.resources': texts<{ year: number; need: string; resources: string }>(
    (p) =>
      `${p.year}: hedef maliyetleri ve genel yönetim giderleri toplamı ${p.need} TL, kaynaklar toplamı ${p.resources} TL; eşit olmalı`,
    (p) =>
      `${p.year}: target costs plus general administration come to ${p.need} TL, resources to ${p.resources} TL; they must be equal`,
  ),
  'COST_BALANCE.activities': texts<{ target: string; year: number; sum: string; estimate: string }>(
    (p) =>
      `${p.target} hedefinin ${p.year} faaliyet maliyetleri toplamı ${p.sum} TL, maliyet tahmini ${p.estimate} TL'yi aşıyor`,
    (p) =>
      `activities of target ${p.target} cost ${p.sum} TL in ${p.year}, more than its cost estimate of ${p.estimate} TL`,
  ),
  DEVIATION_REASON: texts<{ code: string; year: number; actual: string; target: string }>(
    (p) =>
      `${p.code} göstergesinin ${p.year} yıl sonu gerçekleşmesi ${p.actual}, hedefi ${p.target}; sapma nedeni yazılmalı`,
    (p) =>
      `indicator ${p.code} ended ${p.year} at ${p.actual} against a target of ${p.target}; a deviation reason is required`,
  ),

  /* UPDATE_RULES of a plan update (plan-updates.ts). */
  'UPDATE_RULES.effectiveYear': texts<{ first: number; end: number; last?: number; year: number }>(
    (p) =>
      `Güncelleme yalnızca ${p.first}–${p.end} yılları için yürürlüğe girebilir (önceki yıllar değerlendirildi ya da önceki güncelleme ${p.last ?? '-'} yılından geçerli); ${p.year} olamaz`,
    (p) =>
      `The update can take effect from ${p.first} to ${p.end} only (earlier years are assessed, or an earlier update takes effect in ${p.last ?? '-'}); not ${p.year}`,
  ),
  'UPDATE_RULES.notAYear': texts<{ year: string; start: number; end: number }>(
    (p) => `${p.year} planın bir yılı değil (${p.start}–${p.end})`,
    (p) => `${p.year} is not a year of the plan (${p.start}–${p.end})`,
  ),
  'UPDATE_RULES.beforeEffective': texts<{ year: number; effective: number }>(
    (p) =>
      `${p.year}, güncellemenin yürürlük yılından (${p.effective}) önce; yalnızca kalan yıllar değişebilir`,
    (p) =>
      `${p.year} is before the update takes effect (${p.effective}); only the remaining years can change`,
  ),
  'UPDATE_RULES.unknownIndicator': texts<{ code: string }>(
    (p) => `${p.code} kodlu gösterge yok`,
    (p) => `Unknown indicator ${p.code}`,
  ),
  'UPDATE_RULES.unknownTarget': texts<{ code: string }>(
    (p) => `${p.code} kodlu hedef yok`,
    (p) => `Unknown target ${p.code}`,
  ),
  'UPDATE_RULES.yearlyObject': texts<Record<string, never>>(
    () => '{ "YYYY": değer } bekleniyor',
    () => 'Expected { "YYYY": value }',
  ),
  'UPDATE_RULES.targetNumber': texts<Record<string, never>>(
    () => 'Hedef bir sayı olmalı',
    () => 'The target must be a number',
  ),
  'UPDATE_RULES.changedBefore': texts<{ code: string; year: number }>(
    (p) => `${p.code} göstergesinin ${p.year} hedefi bir güncellemeyle zaten değişti; yeniden değiştirilemez`,
    (p) => `The ${p.year} target of ${p.code} was already changed by an update; it cannot be changed again`,
  ),
  'UPDATE_RULES.weight': texts<Record<string, never>>(
    () => 'Ağırlık 0 ya da daha büyük bir sayı olmalı',
    () => 'The weight must be a number of 0 or more',
  ),
  'UPDATE_RULES.codeUsed': texts<{ code: string }>(
    (p) => `${p.code} kodu planda zaten kullanılıyor`,
    (p) => `The code ${p.code} is already used in the plan`,
  ),
  'UPDATE_RULES.missingTargets': texts<{ code: string; years: string }>(
    (p) => `${p.code} göstergesinin ${p.years} yılı hedefi yok; kalan her yıl için hedef olmalı`,
    (p) => `Indicator ${p.code} has no target for ${p.years}; every remaining year needs one`,
  ),
  'UPDATE_RULES.nothing': texts<Record<string, never>>(
    () => 'Güncelleme hiçbir şeyi değiştirmiyor',
    () => 'The update changes nothing',
  ),
  'ANALYSIS_LINK.unknownCode': texts<{ target: string; code: string }>(
    (p) => `${p.target} hedefi ${p.code} kodlu tespit/ihtiyacı karşılıyor, ancak durum analizinde bu kod yok`,
    (p) =>
      `Target ${p.target} answers ${p.code}, but the situation analysis has no finding or need with that code`,
  ),
  'ANALYSIS_LINK.codeTwice': texts<{ code: string }>(
    (p) => `${p.code} tespit/ihtiyaç kodu durum analizinde birden fazla kullanılmış`,
    (p) => `The finding/need code ${p.code} is used more than once in the situation analysis`,
  ),
  'ANALYSIS_LINK.previousTargetTwice': texts<{ code: string }>(
    (p) => `Önceki planın ${p.code} hedefi için değerlendirmede birden fazla gerekçe var`,
    (p) => `The evaluation gives more than one reason for target ${p.code} of the previous plan`,
  ),
  'ANALYSIS_LINK.originRow': texts<{ code: string; row: number; count: number }>(
    (p) => `${p.code} kaynağı olarak ${p.row}. satırı gösteriyor, ancak o bölümde ${p.count} satır var`,
    (p) => `${p.code} names row ${p.row} as its origin, but that part has ${p.count} rows`,
  ),
  NEED_UNANSWERED: texts<{ code: string }>(
    (p) => `${p.code} ihtiyacını karşılayan hedef yok`,
    (p) => `No target answers need ${p.code}`,
  ),
  TARGET_WITHOUT_NEED: texts<{ target: string }>(
    (p) => `${p.target} hedefi durum analizinin hiçbir tespit veya ihtiyacını karşılamıyor`,
    (p) => `Target ${p.target} answers no finding or need of the situation analysis`,
  ),
  'WEIGHTS_SUM.update': texts<{ target: string; sum: number }>(
    (p) =>
      `${p.target} hedefinin göstergelerinin ağırlıkları toplamı güncellemeden sonra ${p.sum}; 100 olmalı`,
    (p) => `The weights of target ${p.target} would sum to ${p.sum} after the update; they must sum to 100`,
  ),
};

export type RuleMessageKey = keyof typeof RULE_MESSAGES;
export type RuleMessageParams = ParamsOf<typeof RULE_MESSAGES>;

/** Writes the message `key` of a plan rule or an update rule in `lang`. */
export const ruleMessage = writerOf<RuleMessageParams>(RULE_MESSAGES);
