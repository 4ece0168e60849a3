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
import { heading, planDocument, planTables } from './plan-tables.js';

const { activity, aim, indicator, target } = planTables(2020);
// An indicator row: [code, unit, weight, direction, value type, method, baseline, yearly targets, months].

export const KIZILTEPE_BELEDIYESI_DRAFT: PlanDocument = planDocument(
  { name: 'Kızıltepe Belediyesi', kind: 'belediye', population: 252000, electionDate: '2019-03-31' },
  [
    ['STRATEJI', 'Strateji Geliştirme Müdürlüğü'],
    ['FEN', 'Fen İşleri Müdürlüğü'],
    ['PARK', 'Park ve Bahçeler Müdürlüğü'],
    ['TEMIZLIK', 'Temizlik İşleri Müdürlüğü'],
    ['KULTUR', 'Kültür ve Sosyal İşler Müdürlüğü'],
    ['BASIN', 'Basın Yayın ve Halkla İlişkiler Müdürlüğü'],
  ],
  {
    ...heading('2020-2024 Stratejik Planı', 2020, 2024, 'taslak'),
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
      aim('A1', 'Yaşanabilir ve temiz bir Kızıltepe', [
        target('H1.1', 'PARK', 'Kentteki aktif yeşil alanları artırmak', {
          collaboratingUnits: ['FEN'],
          risks: ['Kamulaştırmanın gecikmesi', 'Sulama suyunun yetersiz kalması'],
          strategies: ['Atıl kamu alanlarını mahalle parkına dönüştürmek'],
          activities: [activity('F01', 'PARK', 'Mahalle parkları')],
          costEstimate: [1500000, 1800000, 2000000, 2200000, 2400000],
          findings: ['Kişi başına düşen aktif yeşil alan ilçe ortalamasının altında'],
          needs: ['Her mahallede yürüme mesafesinde bir park'],
          indicators: [
            indicator(['PG1.1.1', 'm²', 60, 'artis', 'duzey', null, 2.1, [2.4, 2.8, 3.2, 3.6, 4], 6], {
              name: 'Kişi başına düşen aktif yeşil alan',
              dataSource: 'Park envanteri',
            }),
            indicator(
              ['PG1.1.2', 'adet', 40, 'artis', 'kumulatif', null, 0, [2000, 4000, 6000, 8000, 10000], 6],
              { name: 'Dikilen ağaç', dataSource: 'Fidan dikim kayıtları' },
            ),
          ],
        }),
        target('H1.2', 'TEMIZLIK', 'Katı atık toplama hizmetini iyileştirmek', {
          risks: ['Araç filosunun yaşlanması'],
          costEstimate: [3000000, 3200000, 3400000, 3600000, 3800000],
          indicators: [
            indicator(
              ['PG1.2.1', 'adet', 50, 'azalis', 'donemsel', 'F2', 1200, [1000, 850, 700, 600, 500], 6],
              { name: 'Çöp toplama şikâyeti', dataSource: 'Beyaz masa kayıtları' },
            ),
            // 50 + 47 = 97: the weights do not yet sum to 100 (WEIGHTS_SUM).
            indicator(['PG1.2.2', '%', 47, 'artis', 'duzey', null, 40, [50, 60, 70, 80, 90], 12], {
              name: 'Her gün atık toplanan mahallelerin oranı',
              dataSource: 'Temizlik İşleri güzergâh planı',
            }),
          ],
        }),
      ]),
      aim('A2', 'Halkın katıldığı, şeffaf bir yönetim', [
        target('H2.1', 'STRATEJI', 'Halkın plan ve bütçe süreçlerine katılımını artırmak', {
          collaboratingUnits: ['BASIN'],
          strategies: ['Stratejik planı ve bütçeyi mahalle toplantılarında halka danışmak'],
          costEstimate: [250000, 250000, 300000, 300000, 350000],
          indicators: [
            indicator(['PG2.1.1', 'adet', 50, 'artis', 'donemsel', 'F2', 4, [12, 16, 20, 24, 24], 6], {
              name: 'Mahalle danışma toplantısı',
              dataSource: 'Toplantı tutanakları',
            }),
            indicator(['PG2.1.2', '%', 50, 'artis', 'duzey', null, 55, [65, 75, 85, 90, 95], 6], {
              name: 'Beş iş gününde yanıtlanan dijital başvuruların oranı',
              dataSource: 'Çözüm merkezi yazılımı',
            }),
          ],
        }),
        target('H2.2', 'KULTUR', 'Kültür ve sosyal hizmetlere erişimi artırmak', {
          findings: ['İlçede kültür merkezi yok'],
          // The card is still being written: no indicator yet (TARGET_HAS_INDICATOR).
          indicators: [],
        }),
      ]),
    ],
  },
);
