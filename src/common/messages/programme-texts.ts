import { ECONOMIC_CODE_TITLES, NUMBER_LOCALE, OFF_BUDGET_TITLES } from '../../contracts/labels.js';
import type { Lang } from '../../contracts/validation.js';
import { texts } from './typed-texts.js';

/** The titles live in the shared label catalogue (the client names the codes with them too). */
export { ECONOMIC_CODE_TITLES, OFF_BUDGET_TITLES };

/*
 * The texts of the performance programme (performans programı, planning-cycle.md 3): the rules of
 * GET …/programmes/:year/validation and the details of a refused write. Amounts arrive as numbers
 * and are written here in the message's language; an economic code is named with its title.
 */

/** TL as the language writes it, two decimals at most: 1.020.000,75 / 1,020,000.75. */
export function lira(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 2 }).format(amount);
}

/** A year's programme cost set against the plan's estimate, and the difference (%) allowed. */
type CostVsPlan = {
  year: number;
  cost: number;
  estimate: number;
  tolerance: number;
};

/** An identity line: "03 Mal ve Hizmet Alım Giderleri", or the total. */
function lineName(line: string, lang: Lang): string {
  if (line === 'total') return lang === 'tr' ? 'toplam' : 'total';
  return `${line} ${ECONOMIC_CODE_TITLES[lang][line] ?? ''}`.trim();
}

export const PROGRAMME_TEXTS = {
  'PP_INDICATOR_COMPLETE.unit': texts<{ ph: string; code: string }>(
    (p) => `${p.ph} performans hedefinin ${p.code} göstergesinin ölçü birimi yok`,
    (p) => `Indicator ${p.code} of performance target ${p.ph} has no unit`,
  ),
  'PP_INDICATOR_COMPLETE.figures': texts<{ ph: string; code: string; years: string }>(
    (p) => `${p.ph} performans hedefinin ${p.code} göstergesinde ${p.years} için değer yok`,
    (p) => `Indicator ${p.code} of performance target ${p.ph} has no figure for ${p.years}`,
  ),
  'PP_TARGET_IN_PLAN.finding': texts<{ ph: string; year: number }>(
    (p) => `${p.ph} performans hedefi planın ${p.year} yılı hedeflerinden birine bağlı değil`,
    (p) => `Performance target ${p.ph} is not linked to a target of the plan for ${p.year}`,
  ),
  'PP_TARGET_IN_PLAN.write': texts<{ target: string; year: number }>(
    (p) => `Planda ${p.year} yılı için "${p.target}" kodlu bir hedef yok`,
    (p) => `The plan has no target "${p.target}" for ${p.year}`,
  ),
  PP_COST_VS_PLAN: texts<CostVsPlan & { ph: string; target: string }>(
    (p) =>
      `${p.ph} performans hedefinin ${p.year} maliyeti ${lira(p.cost, 'tr')} TL; planda ${p.target} hedefinin bu yıl için maliyet tahmini ${lira(p.estimate, 'tr')} TL (izin verilen fark %${lira(p.tolerance, 'tr')})`,
    (p) =>
      `Performance target ${p.ph} costs ${lira(p.cost, 'en')} TL in ${p.year}; the plan estimates ${lira(p.estimate, 'en')} TL for target ${p.target} that year (tolerance ${lira(p.tolerance, 'en')} %)`,
  ),
  PP_ACTIVITY_UNIT: texts<{ code: string }>(
    (p) => `${p.code} faaliyetinin sorumlu harcama birimi yok`,
    (p) => `Activity ${p.code} has no responsible spending unit`,
  ),
  PP_RESOURCE_IDENTITY: texts<{ line: string; proposal: number; computed: number }>(
    (p) =>
      `Bütçe teklifinde ${lineName(p.line, 'tr')} kaynak ihtiyacı ${lira(p.proposal, 'tr')} TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan ${lira(p.computed, 'tr')} TL`,
    (p) =>
      `The budget proposal states ${lira(p.proposal, 'en')} TL for ${lineName(p.line, 'en')}; activities, general administration and transfers come to ${lira(p.computed, 'en')} TL`,
  ),
  PP_ECONOMIC_CODE: texts<{ code: string }>(
    (p) => `"${p.code}" birinci düzey bir ekonomik kod değil (01 ile 09 arası)`,
    (p) => `"${p.code}" is not a first-level economic code (01 to 09)`,
  ),
  PP_OFF_BUDGET_SOURCE: texts<{ code: string }>(
    (p) => `"${p.code}" bir bütçe dışı kaynak değil (Döner Sermaye, Diğer Yurt İçi, Diğer Yurt Dışı)`,
    (p) => `"${p.code}" is not an off-budget source (doner-sermaye, diger-yurt-ici, diger-yurt-disi)`,
  ),
  PP_NEGATIVE_COST: texts<{ code: string }>(
    () => 'Tutar sıfırdan küçük olamaz',
    (p) => `The amount for ${p.code} is negative`,
  ),
  PP_AMOUNT: texts<{ code: string }>(
    () => 'Tutar en çok iki ondalıklı ve 1 trilyon TL’den küçük bir sayı olmalı',
    (p) => `The amount for ${p.code} must be a number below 1 trillion TL with at most two decimals`,
  ),
  PP_ACTIVITY_UNIT_WRITE: texts<{ unit: string }>(
    (p) =>
      p.unit ? `Kurumda "${p.unit}" kodlu bir birim yok` : 'Faaliyetin sorumlu harcama birimi seçilmeli',
    (p) =>
      p.unit ? `The institution has no unit "${p.unit}"` : 'The activity needs a responsible spending unit',
  ),
  'PP_TARGET_IN_PLAN.goal': texts<{ goal: string; year: number }>(
    (p) => `${p.goal} alt program hedefi planın ${p.year} yılı hedeflerinden hiçbirine bağlı değil`,
    (p) => `Sub-programme goal ${p.goal} is linked to no target of the plan for ${p.year}`,
  ),
  'PP_TARGET_IN_PLAN.goalTarget': texts<{ goal: string; target: string; year: number }>(
    (p) =>
      `${p.goal} alt program hedefinin bağlı olduğu ${p.target} hedefi planın ${p.year} yılı hedeflerinden değil`,
    (p) =>
      `Target ${p.target}, linked to sub-programme goal ${p.goal}, is not a target of the plan for ${p.year}`,
  ),
  'PP_INDICATOR_COMPLETE.goalUnit': texts<{ goal: string; code: string }>(
    (p) => `${p.goal} alt program hedefinin ${p.code} göstergesinin ölçü birimi yok`,
    (p) => `Indicator ${p.code} of sub-programme goal ${p.goal} has no unit`,
  ),
  'PP_INDICATOR_COMPLETE.goalFigures': texts<{ goal: string; code: string; columns: string }>(
    (p) => `${p.goal} alt program hedefinin ${p.code} göstergesinde şu sütunlar boş: ${p.columns}`,
    (p) => `Indicator ${p.code} of sub-programme goal ${p.goal} has no figure for: ${p.columns}`,
  ),
  'PP_COST_VS_PLAN.goals': texts<CostVsPlan & { goals: string; targets: string }>(
    (p) =>
      `${p.year} yılında ${p.targets} plan hedefi için alt program hedeflerinin (${p.goals}) maliyeti ${lira(p.cost, 'tr')} TL; planın maliyet tahmini ${lira(p.estimate, 'tr')} TL (izin verilen fark %${lira(p.tolerance, 'tr')})`,
    (p) =>
      `In ${p.year} the sub-programme goals (${p.goals}) of plan target ${p.targets} cost ${lira(p.cost, 'en')} TL; the plan estimates ${lira(p.estimate, 'en')} TL (tolerance ${lira(p.tolerance, 'en')} %)`,
  ),
  PP_BUDGET_COLUMN: texts<{ code: string }>(
    (p) => `"${p.code}" programın bir sütunu değil`,
    (p) => `"${p.code}" is not a column of the programme`,
  ),
  PP_FUNDING_TYPE: texts<{ code: string }>(
    (p) => `"${p.code}" bir finansman türü değil (bütçe içi ya da bütçe dışı)`,
    (p) => `"${p.code}" is not a funding type (budget or offBudget)`,
  ),
  PP_FIGURE: texts<{ code: string }>(
    () => 'Değer bir sayı olmalı (boş bırakmak için null)',
    (p) => `The figure for ${p.code} must be a number (null leaves it empty)`,
  ),
  ACTIVITY_PERCENT: texts<{ percent: number }>(
    () => 'İlerleme yüzdesi 0 ile 100 arasında olmalı',
    () => 'Progress is a percentage from 0 to 100',
  ),
  ACTIVITY_PERIOD: texts<{ code: string; period: string; year: number }>(
    (p) =>
      `${p.code} faaliyetinin ilerlemesi ${p.year} yılının 30 Haziran ya da yıl sonu dönemi için girilir`,
    (p) => `Progress of activity ${p.code} is entered for the 30 June or the year-end period of ${p.year}`,
  ),
};
