/**
 * Demo performance programme in the programme-budget format: Bilecik Belediyesi's 2024 programme
 * (the last year of its 2020–2024 plan). Two programmes, four sub-programmes, five goals linked to
 * the plan's targets H1.1, H1.2, H2.1 and H2.2 (AH2.2 serves both H2.1 and H2.2), their
 * indicators with the 2022 actual, the 2023 plan, the 2023 year-end estimate (made in September
 * 2023, before the year closed: a value of its own, not an actual), the 2024 target and the 2025
 * and 2026 forecasts, and seven activities with their costs by economic code and funding type and
 * their justification forms. All figures are demo figures written for this project: the 2024
 * targets are the plan's, the year's costs are within 10 % of the plan's cost estimates, and the
 * budget proposal is what the activities, general administration and transfers come to, so
 * PP_RESOURCE_IDENTITY holds.
 */
import {
  BUDGET_COST_COLUMNS,
  ECONOMIC_CODES,
  type ActivityJustification,
  type BudgetCostColumn,
  type BudgetCostGrid,
  type BudgetIndicatorColumn,
  type EconomicCode,
} from '../../contracts/programme.js';

export const BILECIK_PROGRAMME_YEAR = 2024;

/** The six cost columns of one line, in TL: 2023 budget, 2023 actual (to September), 2023 estimate, 2024, 2025, 2026. */
type CostLine = Record<BudgetCostColumn, number>;

function line(...amounts: [number, number, number, number, number, number]): CostLine {
  return Object.fromEntries(BUDGET_COST_COLUMNS.map((column, i) => [column, amounts[i]])) as CostLine;
}

/** The six figures of an indicator: 2022 actual, 2023 planned, 2023 estimate, 2024 target, 2025, 2026. */
function figures(
  ...values: [number, number, number, number, number, number]
): Record<BudgetIndicatorColumn, number> {
  const [tMinus2Actual, tMinus1Planned, tMinus1Estimate, tTarget, tPlus1, tPlus2] = values;
  return { tMinus2Actual, tMinus1Planned, tMinus1Estimate, tTarget, tPlus1, tPlus2 };
}

export interface DemoBudgetActivity {
  code: string;
  name: string;
  unit: string;
  costs: BudgetCostGrid;
  justification: ActivityJustification;
}

export interface DemoBudgetGoal {
  code: string;
  title: string;
  targets: string[];
  indicators: Array<{
    code: string;
    name: string;
    unit: string;
    figures: Record<BudgetIndicatorColumn, number>;
  }>;
  activities: DemoBudgetActivity[];
}

export interface DemoBudgetProgramme {
  year: number;
  programmes: Array<{
    code: string;
    name: string;
    subProgrammes: Array<{ code: string; name: string; goals: DemoBudgetGoal[] }>;
  }>;
  generalAdministration: { budget: Partial<Record<EconomicCode, number>>; offBudget: Record<string, never> };
  transfers: { budget: Partial<Record<EconomicCode, number>>; offBudget: Record<string, never> };
  proposal: Partial<Record<EconomicCode, number>>;
  submittedOn: string;
  decision: { date: string; number: string };
}

const MUNICIPAL_LAW = '5393 sayılı Belediye Kanunu md. 14 ve 15';

const PROGRAMMES: DemoBudgetProgramme['programmes'] = [
  {
    code: '01',
    name: 'Kentsel Altyapı',
    subProgrammes: [
      {
        code: '01.01',
        name: 'Yol, Kaldırım ve Ulaşım Altyapısı',
        goals: [
          {
            code: 'AH1.1',
            title: 'Sıcak asfalt ve engelsiz kaldırım yapımını artırmak',
            targets: ['H1.1'],
            indicators: [
              {
                code: 'G1',
                name: 'Serilen sıcak asfalt miktarı',
                unit: 'ton',
                figures: figures(21400, 23000, 22600, 24000, 25000, 26000),
              },
              {
                code: 'G2',
                name: 'Engelli erişimine uygun hale getirilen kaldırım uzunluğu (toplam)',
                unit: 'km',
                figures: figures(57.5, 66, 63.2, 72, 76, 80),
              },
            ],
            activities: [
              {
                code: 'F01',
                name: 'Sıcak asfalt serimi ve yol bakım-onarımı',
                unit: 'FEN',
                costs: {
                  budget: {
                    '01': line(5800000, 4420000, 5750000, 6400000, 7000000, 7600000),
                    '03': line(9500000, 7100000, 9800000, 11200000, 12300000, 13400000),
                    '06': line(6000000, 3900000, 6300000, 7500000, 8200000, 9000000),
                  },
                },
                justification: {
                  legalBasis: `${MUNICIPAL_LAW}; 2886 sayılı Devlet İhale Kanunu`,
                  rationale:
                    'Yıllık asfalt programı AYKOME kararlarıyla altyapı kazılarından sonra uygulanır; 2023 yılında asfalt ve akaryakıt fiyatlarındaki artış maliyeti yükseltti.',
                  costElements:
                    'Asfalt plenti işçiliği (01), bitüm ve agrega alımı, akaryakıt (03), silindir ve finişer yenileme (06)',
                  budgetLines: '46.10.00.05 - 04.5.1.00 - 5 - 01/03/06',
                },
              },
              {
                code: 'F02',
                name: 'Engelsiz kaldırım yenileme',
                unit: 'FEN',
                costs: {
                  budget: { '06': line(4200000, 2600000, 4100000, 5300000, 5800000, 6300000) },
                  offBudget: { '06': line(800000, 800000, 800000, 1000000, 0, 0) },
                },
                justification: {
                  legalBasis: `${MUNICIPAL_LAW}; 5378 sayılı Engelliler Hakkında Kanun geçici md. 2`,
                  rationale:
                    'Merkez mahallelerde kaldırımların önemli bir bölümü engelli erişimine uygun değil; bütçe dışı kısım BEBKA mali destek programından karşılanır.',
                  costElements: 'Bordür, kilit taşı, hissedilebilir yüzey, rampa yapımı (06)',
                  budgetLines: '46.10.00.05 - 04.5.1.00 - 5 - 06',
                },
              },
            ],
          },
        ],
      },
      {
        code: '01.02',
        name: 'İçme Suyu ve Atık Su',
        goals: [
          {
            code: 'AH1.2',
            title: 'İçme suyu şebekesindeki kayıpları azaltmak',
            targets: ['H1.2'],
            indicators: [
              {
                code: 'G3',
                name: 'İçme suyu kayıp-kaçak oranı',
                unit: '%',
                figures: figures(31.8, 26, 30.6, 24, 23, 22),
              },
              {
                code: 'G4',
                name: 'Yenilenen içme suyu şebeke hattı uzunluğu (toplam)',
                unit: 'km',
                figures: figures(21.5, 32, 29, 40, 46, 52),
              },
            ],
            activities: [
              {
                code: 'F03',
                name: 'Şebeke yenileme ve izole bölge (DMA) çalışmaları',
                unit: 'SU',
                costs: {
                  budget: {
                    '03': line(2100000, 1500000, 2000000, 2600000, 2800000, 3000000),
                    '06': line(8000000, 5200000, 7600000, 9400000, 10200000, 11000000),
                  },
                },
                justification: {
                  legalBasis: `${MUNICIPAL_LAW}; Su Kayıpları Kontrolü Yönetmeliği`,
                  rationale:
                    'Yönetmelik kayıp-kaçak oranının 2028 yılına kadar %25’in altına indirilmesini istiyor; arıza yoğun asbestli hatlar öncelikle yenilenir.',
                  costElements: 'Boru ve ek parça alımı (03), şebeke yenileme yapım işi (06)',
                  budgetLines: '46.10.00.09 - 06.3.1.00 - 5 - 03/06',
                },
              },
              {
                code: 'F04',
                name: 'SCADA ve akıllı sayaç sistemi',
                unit: 'SU',
                costs: { budget: { '06': line(1500000, 400000, 1100000, 1200000, 800000, 500000) } },
                justification: {
                  legalBasis: MUNICIPAL_LAW,
                  rationale:
                    'Kayıpların yerini bulmak için bölge girişlerinde debi ve basınç anlık izlenir; 2023 ihalesi uzadığından ödeneğin bir bölümü kullanılamadı.',
                  costElements: 'SCADA istasyonları, akıllı sayaç ve yazılım (06)',
                  budgetLines: '46.10.00.09 - 06.3.1.00 - 5 - 06',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: '02',
    name: 'Çevre ve Yeşil Alan',
    subProgrammes: [
      {
        code: '02.01',
        name: 'Park, Bahçe ve Rekreasyon',
        goals: [
          {
            code: 'AH2.1',
            title: 'Kişi başına aktif yeşil alanı artırmak',
            targets: ['H2.1'],
            indicators: [
              {
                code: 'G5',
                name: 'Kişi başına düşen aktif yeşil alan',
                unit: 'm²',
                figures: figures(7.8, 8.6, 8.3, 9.2, 9.6, 10),
              },
            ],
            activities: [
              {
                code: 'F05',
                name: 'Millet bahçesi ikinci etap ve cep parkları',
                unit: 'PARK',
                costs: {
                  budget: {
                    '03': line(1800000, 1300000, 1900000, 2200000, 2400000, 2600000),
                    '06': line(4600000, 3100000, 4700000, 5600000, 5200000, 4800000),
                  },
                },
                justification: {
                  legalBasis: `${MUNICIPAL_LAW}; 3194 sayılı İmar Kanunu md. 8`,
                  rationale:
                    'İmar planındaki park alanları hayata geçirilmeden kişi başına yeşil alan hedefine ulaşılamaz; millet bahçesinin ikinci etabı 2024 yılında biter.',
                  costElements: 'Fidan ve peyzaj malzemesi (03), park yapım işi ve kent mobilyası (06)',
                  budgetLines: '46.10.00.22 - 06.2.0.00 - 5 - 03/06',
                },
              },
            ],
          },
        ],
      },
      {
        code: '02.02',
        name: 'Atık Yönetimi ve Temizlik',
        goals: [
          {
            code: 'AH2.2',
            title: 'Atıkları kaynağında ayırmak ve mahalle temizliğini iyileştirmek',
            targets: ['H2.2', 'H2.1'],
            indicators: [
              {
                code: 'G6',
                name: 'Temizlik hizmetlerinden memnuniyet oranı',
                unit: '%',
                figures: figures(73, 78, 76, 80, 82, 84),
              },
              {
                code: 'G7',
                name: 'Kaynağında ayrıştırma noktası sayısı (toplam)',
                unit: 'adet',
                figures: figures(125, 180, 172, 210, 240, 270),
              },
            ],
            activities: [
              {
                code: 'F06',
                name: 'Evsel atık toplama ve cadde süpürme',
                unit: 'TEMIZLIK',
                costs: {
                  budget: {
                    '01': line(8400000, 6300000, 8500000, 9800000, 10600000, 11400000),
                    '03': line(7200000, 5600000, 7500000, 8600000, 9300000, 10000000),
                  },
                },
                justification: {
                  legalBasis: `${MUNICIPAL_LAW}; Atık Yönetimi Yönetmeliği; Sıfır Atık Yönetmeliği`,
                  rationale:
                    'Toplama sıklığı mahalle nüfusuna göre yeniden planlandı; ayrıştırma noktaları sıfır atık belgesinin koşuludur.',
                  costElements: 'Toplama ve süpürme personeli (01), akaryakıt, konteyner ve ekipman (03)',
                  budgetLines: '46.10.00.24 - 05.1.0.00 - 1 - 01/03',
                },
              },
              {
                code: 'F07',
                name: 'Mahalle yeşil alanlarının bakımı',
                unit: 'PARK',
                costs: { budget: { '03': line(1600000, 1200000, 1650000, 1900000, 2050000, 2200000) } },
                justification: {
                  legalBasis: MUNICIPAL_LAW,
                  rationale:
                    'Mahalle aralarındaki yeşil alanların bakımı hem yeşil alan hem temizlik hedefine hizmet eder.',
                  costElements: 'Bakım hizmet alımı, sulama ve budama malzemesi (03)',
                  budgetLines: '46.10.00.22 - 06.2.0.00 - 1 - 03',
                },
              },
            ],
          },
        ],
      },
    ],
  },
];

const GENERAL_ADMINISTRATION: Partial<Record<EconomicCode, number>> = {
  '01': 42000000,
  '02': 7500000,
  '03': 18000000,
  '04': 1200000,
  '05': 3400000,
};
const TRANSFERS: Partial<Record<EconomicCode, number>> = { '05': 2600000, '07': 1500000 };

/** The budget proposal by economic code: the activities' 2024 bütçe içi costs + general administration + transfers, in kuruş. */
function proposalOf(): Partial<Record<EconomicCode, number>> {
  const kurus = new Map<EconomicCode, number>();
  const add = (code: EconomicCode, amount: number | undefined) => {
    if (amount !== undefined) kurus.set(code, (kurus.get(code) ?? 0) + Math.round(amount * 100));
  };
  for (const programme of PROGRAMMES)
    for (const sub of programme.subProgrammes)
      for (const goal of sub.goals)
        for (const activity of goal.activities)
          for (const code of ECONOMIC_CODES) add(code, activity.costs.budget?.[code]?.t);
  for (const code of ECONOMIC_CODES) {
    add(code, GENERAL_ADMINISTRATION[code]);
    add(code, TRANSFERS[code]);
  }
  return Object.fromEntries([...kurus].map(([code, amount]) => [code, amount / 100]));
}

export const BILECIK_PROGRAMME_2024: DemoBudgetProgramme = {
  year: BILECIK_PROGRAMME_YEAR,
  programmes: PROGRAMMES,
  generalAdministration: { budget: GENERAL_ADMINISTRATION, offBudget: {} },
  transfers: { budget: TRANSFERS, offBudget: {} },
  proposal: proposalOf(),
  submittedOn: '2023-10-02',
  decision: { date: '2023-10-06', number: '2023/134' },
};
