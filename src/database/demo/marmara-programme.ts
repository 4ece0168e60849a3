/**
 * Demo performance programme: the Marmara Belediyeler Birliği's 2008 programme, the "2008 yılı
 * hedeflerimiz" of seed 001. Its four yearly targets are the plan's H1.1, H1.2, H4.1 and H6.1 (PH1–
 * PH4), each with the seed's numbered activities as the plan carries them (their 2008 costs from
 * the plan), numbered F01… across the programme. The split of each cost by economic code, the
 * indicators' 2006 and 2007 figures (the plan starts in 2008, so Pusula has no actuals for them;
 * 2007 is the indicator's baseline), general administration, transfers and the budget proposal
 * are demo figures; the proposal is what the tables compute, so PP_RESOURCE_IDENTITY holds.
 */
import type { ActivityDoc, PlanDocument } from '../../contracts/plan-document.js';
import type { EconomicCode, OffBudgetSource } from '../../contracts/programme.js';
import { MARMARA_BIRLIGI_PLAN } from './index.js';

export const MARMARA_PROGRAMME_YEAR = 2008;

/** The plan targets the 2008 programme pursues, in the seed's order (Hedef 1–4). */
const YEARLY_TARGETS = ['H1.1', 'H1.2', 'H4.1', 'H6.1'];

export interface DemoProgrammeActivity {
  target: string;
  name: string;
  unit: string;
  budget: Partial<Record<EconomicCode, number>>;
  offBudget: Partial<Record<OffBudgetSource, number>>;
}

export interface DemoProgramme {
  year: number;
  targets: Array<{ code: string; target: string; explanation: string }>;
  indicators: Array<{ ph: string; code: string; figures: Record<string, number>; explanation: string }>;
  activities: DemoProgrammeActivity[];
  generalAdministration: {
    budget: Partial<Record<EconomicCode, number>>;
    offBudget: Partial<Record<OffBudgetSource, number>>;
  };
  transfers: {
    budget: Partial<Record<EconomicCode, number>>;
    offBudget: Partial<Record<OffBudgetSource, number>>;
  };
  proposal: Partial<Record<EconomicCode, number>>;
  submittedOn: string;
  decision: { date: string; number: string };
}

/**
 * A plausible split of an activity's budget cost by economic code: hiring is personnel (01) with
 * the state's social security share (02), building and equipment are capital (06), the rest
 * goods and services (03).
 */
export function economicSplit(activity: ActivityDoc, cost: number): Partial<Record<EconomicCode, number>> {
  const name = activity.name.toLocaleLowerCase('tr');
  if (name.includes('istihdam')) {
    const social = Math.round(cost * 0.15);
    return { '01': cost - social, '02': social };
  }
  if (/bina|bahçe|donanım|cihaz|otopark/.test(name)) return { '06': cost };
  return { '03': cost };
}

function build(plan: PlanDocument): DemoProgramme {
  const year = String(MARMARA_PROGRAMME_YEAR);
  const all = plan.plan.aims.flatMap((aim) => aim.targets);
  const targets = YEARLY_TARGETS.map((code, index) => {
    const target = all.find((item) => item.code === code);
    if (!target) throw new Error(`demo programme: no target ${code}`);
    return { ph: `PH${index + 1}`, target };
  });
  const activities = targets.flatMap(({ ph, target }) =>
    (target.activities ?? []).map((activity): DemoProgrammeActivity => {
      const total = activity.cost?.[year] ?? 0;
      const outside = activity.offBudgetCost?.[year] ?? 0;
      return {
        target: ph,
        name: activity.name,
        unit: activity.responsibleUnit ?? target.responsibleUnit,
        budget: economicSplit(activity, total - outside),
        offBudget: outside > 0 ? { 'diger-yurt-ici': outside } : {},
      };
    }),
  );
  const generalAdministration = { budget: { '01': 610000, '02': 95000, '03': 240000 }, offBudget: {} };
  const transfers = { budget: { '05': 45000 }, offBudget: {} };
  const proposal: Partial<Record<EconomicCode, number>> = {};
  for (const need of [...activities, generalAdministration, transfers])
    for (const [code, amount] of Object.entries(need.budget) as Array<[EconomicCode, number]>)
      proposal[code] = (proposal[code] ?? 0) + amount;
  return {
    year: MARMARA_PROGRAMME_YEAR,
    targets: targets.map(({ ph, target }) => ({
      code: ph,
      target: target.code,
      explanation: `2008 yılı hedefimiz: ${target.title}.`,
    })),
    indicators: targets.flatMap(({ ph, target }) =>
      target.indicators
        .filter((indicator) => indicator.baseline !== undefined && indicator.baseline !== null)
        .map((indicator) => {
          const baseline = indicator.baseline ?? 0;
          return {
            ph,
            code: indicator.code,
            figures: { '2006': Math.round(baseline * 0.9), '2007': baseline },
            explanation: '2007 değeri planın başlangıç değeri, 2006 değeri Birlik kayıtlarından.',
          };
        }),
    ),
    activities,
    generalAdministration,
    transfers,
    proposal,
    submittedOn: '2007-11-05',
    decision: { date: '2007-11-15', number: '2007/25' },
  };
}

export const MARMARA_PROGRAMME: DemoProgramme = build(MARMARA_BIRLIGI_PLAN);
