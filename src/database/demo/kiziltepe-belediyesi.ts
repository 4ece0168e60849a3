/**
 * Demo draft: Kızıltepe Belediyesi, 2020-2024 Stratejik Planı, while the planning team writes it.
 *
 * From seed 004, the municipality's announcement "2020-2024 Stratejik Plan Hazırlıkları
 * Başladı": the local election of 31 March 2019 (so the council deadline of Law 5393 art. 41 is
 * 30 September 2019), the legal duty quoted by the co-mayor, the promise to consult the people
 * ("Stratejik planımızı halkımıza da danışacağız") and the meetings with unit managers, the
 * planning team and the council members. Mission, vision, values, aims, targets and figures are
 * demo texts written for this project.
 *
 * The strategy is half-written on purpose, so the drafting workspace and its validation panel have
 * something to show: target H1.2's indicator weights sum to 97 (WEIGHTS_SUM, the mistake real
 * cards make), and target H2.2 has no indicator yet (TARGET_HAS_INDICATOR). A draft is let off
 * both until it is submitted; ELECTION_DEADLINE warns that the plan is late.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';

const YEARS = ['2020', '2021', '2022', '2023', '2024'] as const;

/** Yearly targets from a list in plan-year order. */
function yearly(values: readonly number[]): Record<string, number> {
  return Object.fromEntries(YEARS.map((year, index) => [year, values[index]]));
}

export const KIZILTEPE_BELEDIYESI_DRAFT: PlanDocument = {
  format: 'pusula.plan/v1',
  institution: {
    name: 'Kızıltepe Belediyesi',
    kind: 'belediye',
    population: 252000,
    electionDate: '2019-03-31',
  },
  units: [
    { code: 'STRATEJI', name: 'Strateji Geliştirme Müdürlüğü' },
    { code: 'FEN', name: 'Fen İşleri Müdürlüğü' },
    { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
    { code: 'TEMIZLIK', name: 'Temizlik İşleri Müdürlüğü' },
    { code: 'KULTUR', name: 'Kültür ve Sosyal İşler Müdürlüğü' },
    { code: 'BASIN', name: 'Basın Yayın ve Halkla İlişkiler Müdürlüğü' },
  ],
  plan: {
    title: '2020-2024 Stratejik Planı',
    startYear: 2020,
    endYear: 2024,
    status: 'taslak',
    mission:
      'Kızıltepe halkına temel kentsel hizmetleri katılımcı, şeffaf, etkin ve verimli biçimde sunmak; planlarını halkına danışarak yapmak.',
    vision: 'Halkın sesi olan, yaşanabilir, temiz ve üreten bir Kızıltepe.',
    values: [
      {
        title: 'Katılımcılık',
        description: 'Planlarımızı iç ve dış paydaşlarımıza ve halkımıza danışarak hazırlarız.',
      },
      {
        title: 'Şeffaflık ve hesap verebilirlik',
        description: 'Kararlarımızı, hedeflerimizi ve sonuçlarımızı açıkça paylaşırız.',
      },
      { title: 'Etkinlik ve verimlilik' },
    ],
    settings: { clampTargetRates: true, aimAggregation: 'mean' },
    aims: [
      {
        code: 'A1',
        title: 'Yaşanabilir ve temiz bir Kızıltepe',
        targets: [
          {
            code: 'H1.1',
            title: 'Kentteki aktif yeşil alanları artırmak',
            responsibleUnit: 'PARK',
            collaboratingUnits: ['FEN'],
            risks: ['Kamulaştırmanın gecikmesi', 'Sulama suyunun yetersiz kalması'],
            strategies: ['Atıl kamu alanlarını mahalle parkına dönüştürmek'],
            activities: [{ code: 'F01', name: 'Mahalle parkları', responsibleUnit: 'PARK' }],
            costEstimate: yearly([1500000, 1800000, 2000000, 2200000, 2400000]),
            findings: ['Kişi başına düşen aktif yeşil alan ilçe ortalamasının altında'],
            needs: ['Her mahallede yürüme mesafesinde bir park'],
            indicators: [
              {
                code: 'PG1.1.1',
                name: 'Kişi başına düşen aktif yeşil alan',
                unit: 'm²',
                weight: 60,
                direction: 'artis',
                valueType: 'duzey',
                baseline: 2.1,
                targets: yearly([2.4, 2.8, 3.2, 3.6, 4]),
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Park envanteri',
              },
              {
                code: 'PG1.1.2',
                name: 'Dikilen ağaç',
                unit: 'adet',
                weight: 40,
                direction: 'artis',
                valueType: 'kumulatif',
                baseline: 0,
                targets: yearly([2000, 4000, 6000, 8000, 10000]),
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Fidan dikim kayıtları',
              },
            ],
          },
          {
            code: 'H1.2',
            title: 'Katı atık toplama hizmetini iyileştirmek',
            responsibleUnit: 'TEMIZLIK',
            risks: ['Araç filosunun yaşlanması'],
            costEstimate: yearly([3000000, 3200000, 3400000, 3600000, 3800000]),
            indicators: [
              {
                code: 'PG1.2.1',
                name: 'Çöp toplama şikâyeti',
                unit: 'adet',
                weight: 50,
                direction: 'azalis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 1200,
                targets: yearly([1000, 850, 700, 600, 500]),
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Beyaz masa kayıtları',
              },
              {
                code: 'PG1.2.2',
                name: 'Her gün atık toplanan mahallelerin oranı',
                unit: '%',
                // 50 + 47 = 97: the weights do not yet sum to 100 (WEIGHTS_SUM).
                weight: 47,
                direction: 'artis',
                valueType: 'duzey',
                baseline: 40,
                targets: yearly([50, 60, 70, 80, 90]),
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Temizlik İşleri güzergâh planı',
              },
            ],
          },
        ],
      },
      {
        code: 'A2',
        title: 'Halkın katıldığı, şeffaf bir yönetim',
        targets: [
          {
            code: 'H2.1',
            title: 'Halkın plan ve bütçe süreçlerine katılımını artırmak',
            responsibleUnit: 'STRATEJI',
            collaboratingUnits: ['BASIN'],
            strategies: ['Stratejik planı ve bütçeyi mahalle toplantılarında halka danışmak'],
            costEstimate: yearly([250000, 250000, 300000, 300000, 350000]),
            indicators: [
              {
                code: 'PG2.1.1',
                name: 'Mahalle danışma toplantısı',
                unit: 'adet',
                weight: 50,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 4,
                targets: yearly([12, 16, 20, 24, 24]),
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Toplantı tutanakları',
              },
              {
                code: 'PG2.1.2',
                name: 'Beş iş gününde yanıtlanan dijital başvuruların oranı',
                unit: '%',
                weight: 50,
                direction: 'artis',
                valueType: 'duzey',
                baseline: 55,
                targets: yearly([65, 75, 85, 90, 95]),
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Çözüm merkezi yazılımı',
              },
            ],
          },
          {
            code: 'H2.2',
            title: 'Kültür ve sosyal hizmetlere erişimi artırmak',
            responsibleUnit: 'KULTUR',
            // The card is still being written: no indicator yet (TARGET_HAS_INDICATOR).
            findings: ['İlçede kültür merkezi yok'],
            indicators: [],
          },
        ],
      },
    ],
  },
};
