/**
 * A small plan document that breaks no rule of domain.md section 5, for the unit tests of
 * plan-document-parser.ts and plan-rules.ts. Each call builds a fresh copy to mutate.
 *
 * Costing per year: targets 1,000,000 + 500,000, general administration 250,000
 * = resources 1,500,000 (bütçe) + 250,000 (bütçe dışı).
 */
import type { PlanDocument } from '../../contracts/plan-document.js';

export const FIXTURE_TODAY = '2025-03-01';

/** The plan years of validPlanDocument (and of the e2e worked example), as the report columns name them. */
export const FIXTURE_YEARS = ['2025', '2026', '2027', '2028', '2029'] as const;

/**
 * The park indicator's first cells in a report row: code, name, unit, weight, baseline A and the
 * 2025 target B. validPlanDocument and the e2e worked example share them.
 */
export const PARK_ROW_START = ['PG1.1.1', 'Park alanı', 'm²', 40, 100000, 120000] as const;

/** The park indicator's row on its target card: the start above and the targets of 2026–2029. */
export const PARK_CARD_ROW = [...PARK_ROW_START, 140000, 160000, 180000, 200000] as const;

/** The park indicator's card cells as a Turkish reader sees them: unit, weight, A and the 2025–2029 targets. */
export const PARK_CARD_CELLS_TR = [
  'm²',
  '40',
  '100.000',
  '120.000',
  '140.000',
  '160.000',
  '180.000',
  '200.000',
];

/**
 * The park indicator's 2025-H2 value of the worked example (115,000, approved) after a correction
 * to 116,000: revised, the original value and the correction's reason kept.
 */
export const CORRECTED_PARK_2025_H2 = {
  value: 116000,
  deviationReason: 'İhale gecikti',
  status: 'approved',
  revised: true,
  originalValue: 115000,
  correctionReason: 'Yeni ölçüm',
} as const;

/** What a value carries before anyone submits, approves or corrects it (an IndicatorValueResponse's workflow fields). */
export const UNSTEPPED_VALUE_FIELDS = {
  submittedBy: null,
  submittedAt: null,
  approvedBy: null,
  approvedAt: null,
  returnComment: null,
  originalValue: null,
  correctionReason: null,
  revised: false,
  implausible: false,
  pendingCorrection: null,
} as const;

/**
 * A kumulatif indicator (A 10,300, B 2025 16,300) after a 2025-H1 entry of 5,200: C = A + the
 * entries so far = 15,500 (not the 5,200 entered); GO = (15,500 − 10,300) / (16,300 − 10,300)
 * × 100 = 86.666667. The worklist's figures of that entry.
 */
export const KUMULATIF_H1_FIGURES = {
  valueType: 'kumulatif',
  unit: 'adet',
  assessmentPeriod: '2025-H1',
  baseline: 10300,
  actual: 15500,
  actualPeriods: ['2025-H1'],
  missingPeriods: [],
  target: 16300,
  targetBasis: 'year-end',
  rate: 86.666667,
} as const;

/** The plan workbook's sheets after the target cards, for 2025. */
export const PLAN_WORKBOOK_SHEETS_2025 = [
  'İzleme 2025-H1',
  'Değerlendirme 2025',
  'Değerlendirme notları 2025',
  'Sorumlu birimler',
  'Maliyet tablosu',
  'Kaynak tablosu',
] as const;

const FIVE_YEARS = (amount: number): Record<string, number> => ({
  '2025': amount,
  '2026': amount,
  '2027': amount,
  '2028': amount,
  '2029': amount,
});

export function validPlanDocument(): PlanDocument {
  return {
    format: 'pusula.plan/v1',
    institution: {
      name: 'Örnek Belediyesi',
      kind: 'belediye',
      population: 190000,
      electionDate: '2024-03-31',
    },
    units: [
      { code: 'FEN', name: 'Fen İşleri Müdürlüğü' },
      { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü', parent: 'FEN' },
      { code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
    ],
    plan: {
      title: '2025-2029 Stratejik Planı',
      startYear: 2025,
      endYear: 2029,
      status: 'yururlukte',
      mission: 'Kente değer katmak.',
      vision: 'Yaşanabilir bir kent.',
      values: [{ title: 'Şeffaflık ve hesap verebilirlik', description: 'Açık yönetim.' }],
      submittedToCouncil: '2024-09-02',
      councilDecision: { date: '2024-09-05', number: '2024/138' },
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      costing: {
        generalAdministration: FIVE_YEARS(250000),
        resources: [
          { source: 'Genel bütçe', kind: 'butce', amounts: FIVE_YEARS(1500000) },
          { source: 'Kalkınma ajansı hibesi', kind: 'butce-disi', amounts: FIVE_YEARS(250000) },
        ],
      },
      aims: [
        {
          code: 'A1',
          title: 'Yaşanabilir ve yeşil bir kent',
          targets: [
            {
              code: 'H1.1',
              title: 'Yeşil alanları artırmak',
              responsibleUnit: 'PARK',
              collaboratingUnits: ['ZABITA'],
              risks: ['Kamulaştırma gecikmeleri'],
              strategies: ['Atıl alanları parka dönüştürmek'],
              activities: [
                { code: 'F01', name: 'Mahalle parkları', responsibleUnit: 'PARK', cost: { '2025': 700000 } },
                { code: 'F02', name: 'Ağaçlandırma', cost: { '2025': 300000 } },
              ],
              costEstimate: FIVE_YEARS(1000000),
              findings: ['Kişi başı yeşil alan düşük'],
              needs: ['Yeni park alanları'],
              indicators: [
                {
                  code: 'PG1.1.1',
                  name: 'Park alanı',
                  unit: 'm²',
                  weight: 40,
                  direction: 'artis',
                  valueType: 'duzey',
                  method: 'F1',
                  baseline: 100000,
                  targets: { '2025': 120000, '2026': 140000, '2027': 160000, '2028': 180000, '2029': 200000 },
                  monitoringMonths: 6,
                  reportingMonths: 6,
                  dataSource: 'Park envanteri',
                  values: {
                    '2025-H1': { value: 108000 },
                    '2025-H2': { value: 115000, deviationReason: 'İhale gecikti' },
                  },
                },
                {
                  code: 'PG1.1.2',
                  name: 'Şikâyet çözüm süresi',
                  unit: 'gün',
                  weight: 35,
                  direction: 'azalis',
                  valueType: 'duzey',
                  baseline: 10,
                  targets: { '2025': 8, '2026': 7, '2027': 6, '2028': 5, '2029': 4 },
                  monitoringMonths: 12,
                  values: { '2025': { value: 8 } },
                },
                {
                  code: 'PG1.1.3',
                  name: 'Dikilen ağaç',
                  unit: 'adet',
                  weight: 25,
                  direction: 'artis',
                  valueType: 'kumulatif',
                  baseline: 50,
                  targets: { '2025': 60, '2026': 70, '2027': 80, '2028': 90, '2029': 100 },
                  values: { '2025-H1': { value: 4 }, '2025-H2': { value: 6, note: 'Güz dikimi' } },
                },
              ],
            },
          ],
        },
        {
          code: 'A2',
          title: 'Güvenli bir kent',
          targets: [
            {
              code: 'H2.1',
              title: 'Denetimleri sürdürmek',
              responsibleUnit: 'ZABITA',
              costEstimate: FIVE_YEARS(500000),
              indicators: [
                {
                  code: 'PG2.1.1',
                  name: 'Yıllık denetim kampanyası',
                  weight: 100,
                  direction: 'koruma',
                  valueType: 'donemsel',
                  method: 'F2',
                  baseline: 12,
                  targets: FIVE_YEARS(12),
                  values: { '2025-H1': { value: 6 }, '2025-H2': { value: 6 } },
                },
              ],
            },
          ],
        },
      ],
    },
  };
}
