import type { IndicatorDoc, PlanDocument, TargetDoc } from '../../src/contracts/plan-document.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';

/**
 * The worked example of domain.md 4.4 as a plan document: target H1.1 of a 2025–2029 plan,
 * three F1 indicators with 2025 values, and a second target H1.2 for the aim roll-up.
 *
 * Its values are historical data, `approved`: a superadmin's or an administrator's import keeps
 * that status (a planner's stores them as submitted). `valueStatus` gives them another status,
 * or none (`null`: stored as submitted whoever imports).
 */
export function workedExampleDocument(
  overrides: {
    institutionName?: string;
    valueStatus?: ValueStatus | null;
    /** 'taslak': a draft, whose content may be edited record by record (a plan in force changes by updates). */
    planStatus?: PlanDocument['plan']['status'];
  } = {},
): PlanDocument {
  const indicator = (
    fields: Partial<IndicatorDoc> & Pick<IndicatorDoc, 'code' | 'name' | 'weight' | 'baseline' | 'targets'>,
  ): IndicatorDoc => ({
    unit: 'adet',
    direction: 'artis',
    valueType: 'duzey',
    method: 'F1',
    monitoringMonths: 6,
    ...fields,
  });
  const h11: TargetDoc = {
    code: 'H1.1',
    title: 'Yeşil alanları artırmak',
    responsibleUnit: 'PARK',
    collaboratingUnits: ['ZABITA'],
    risks: ['Kamulaştırma gecikmeleri'],
    costEstimate: { '2025': 1000000, '2026': 1200000, '2027': 1300000, '2028': 1400000, '2029': 1500000 },
    indicators: [
      indicator({
        code: 'PG1.1.1',
        name: 'Park alanı',
        unit: 'm²',
        weight: 40,
        baseline: 100000,
        targets: { '2025': 120000, '2026': 140000, '2027': 160000, '2028': 180000, '2029': 200000 },
        values: {
          '2025-H1': { value: 108000 },
          '2025-H2': { value: 115000, deviationReason: 'İhale gecikti' },
        },
      }),
      indicator({
        code: 'PG1.1.2',
        name: 'Şikâyet çözüm süresi',
        unit: 'gün',
        direction: 'azalis',
        weight: 35,
        baseline: 10,
        targets: { '2025': 8, '2026': 7, '2027': 6, '2028': 5, '2029': 5 },
        values: { '2025-H2': { value: 7, deviationReason: 'Hedefin üzerinde iyileşme' } },
      }),
      indicator({
        code: 'PG1.1.3',
        name: 'Eğitim sayısı',
        weight: 25,
        baseline: 50,
        targets: { '2025': 60, '2026': 70, '2027': 80, '2028': 90, '2029': 100 },
        values: { '2025-H2': { value: 45, deviationReason: 'Salon tadilatı' } },
      }),
    ],
  };
  const h12: TargetDoc = {
    code: 'H1.2',
    title: 'Kent temizliğini iyileştirmek',
    responsibleUnit: 'ZABITA',
    indicators: [
      indicator({
        code: 'PG1.2.1',
        name: 'Temiz sokak oranı',
        unit: '%',
        weight: 100,
        baseline: 50,
        targets: { '2025': 60, '2026': 70, '2027': 80, '2028': 90, '2029': 100 },
        values: { '2025-H2': { value: 59, deviationReason: 'Araç arızası' } },
      }),
    ],
  };
  const status = overrides.valueStatus === undefined ? 'approved' : overrides.valueStatus;
  for (const indicator of [...h11.indicators, ...h12.indicators]) {
    for (const entry of Object.values(indicator.values ?? {})) if (status !== null) entry.status = status;
  }
  return {
    format: 'pusula.plan/v1',
    institution: {
      name: overrides.institutionName ?? 'Örnek Belediyesi',
      kind: 'belediye',
      population: 190000,
      electionDate: '2024-03-31',
    },
    units: [
      { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
      { code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
    ],
    plan: {
      title: '2025-2029 Stratejik Planı',
      startYear: 2025,
      endYear: 2029,
      mission: 'Kentlilere etkin hizmet',
      vision: 'Yaşanabilir bir kent',
      values: [{ title: 'Şeffaflık ve hesap verebilirlik', description: 'Açık yönetim' }],
      submittedToCouncil: '2024-09-02',
      councilDecision: { date: '2024-09-05', number: '2024/138' },
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      aims: [{ code: 'A1', title: 'Yaşanabilir ve yeşil bir kent', targets: [h11, h12] }],
      ...(overrides.planStatus ? { status: overrides.planStatus } : {}),
    },
  };
}

/**
 * A costing that balances the worked example: the general budget covers H1.1's estimates (1.0,
 * 1.2, 1.3, 1.4, 1.5 million; H1.2 has none) and a grant the 100,000 a year of administration.
 */
export function workedExampleCosting(): NonNullable<PlanDocument['plan']['costing']> {
  const years = ['2025', '2026', '2027', '2028', '2029'];
  return {
    generalAdministration: Object.fromEntries(years.map((year) => [year, 100000])),
    resources: [
      {
        source: 'Genel bütçe',
        kind: 'butce',
        amounts: { '2025': 1000000, '2026': 1200000, '2027': 1300000, '2028': 1400000, '2029': 1500000 },
      },
      {
        source: 'Kalkınma ajansı hibesi',
        kind: 'butce-disi',
        amounts: Object.fromEntries(years.map((year) => [year, 100000])),
      },
    ],
  };
}
