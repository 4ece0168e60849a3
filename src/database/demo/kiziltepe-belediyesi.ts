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
 *
 * Its situation analysis (durum analizi) is under way too: the legal duty the co-mayor quoted
 * (5018 art. 9, 5393 art. 41), the stakeholders the announcement names (unit managers and
 * employees, the council members, the people), a few PESTLE and GZFT rows, and findings and needs
 * the targets answer. Need İ3, a digital channel for the people's opinions, is answered by no
 * target yet (NEED_UNANSWERED), and H1.2 answers none (TARGET_WITHOUT_NEED).
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
    analysis: {
      history: [
        {
          text: '31 Mart 2019 mahalli idareler genel seçiminin ardından belediye, 2020-2024 Stratejik Planı hazırlıklarını birim müdürleri, stratejik planlama ekibi ve meclis üyeleriyle yapılan toplantılarla başlattı.',
        },
      ],
      legal: [
        {
          duty: 'Her seçim döneminden sonraki ilk altı ay içinde stratejik planı hazırlamak ve meclise kabul ettirmek',
          basis: '5393 sayılı Belediye Kanunu md. 41; 5018 sayılı Kanun md. 9',
          findings: 'Plan 30 Eylül 2019 tarihine kadar meclise sunulmalı',
          needs: 'Katılımcı yöntemlerle hazırlanan bir plan takvimi',
        },
      ],
      stakeholders: [
        {
          name: 'Birim müdürleri ve çalışanlar',
          kind: 'ic',
          importance: 5,
          influence: 4,
          method: 'toplanti',
          opinion: 'Plan çalışmalarına aktif katılım',
        },
        {
          name: 'Belediye meclis üyeleri',
          kind: 'ic',
          importance: 4,
          influence: 5,
          method: 'toplanti',
          opinion: 'Stratejik planlama eğitimi ve bilgilendirme istendi',
        },
        { name: 'Kızıltepe halkı', kind: 'dis', importance: 5, influence: 2, method: 'anket' },
        { name: 'Yerel basın', kind: 'dis', importance: 2, influence: 3, method: 'gorusme' },
        { name: 'Komşu belediyeler', kind: 'dis', importance: 2, influence: 1 },
      ],
      pestle: [
        {
          category: 'sosyal',
          factor: 'Genç ve hızla artan nüfus',
          trend: 'negatif',
          effect: 'tehdit',
        },
        {
          category: 'teknolojik',
          factor: 'Dijital başvuru kanallarının yaygınlaşması',
          trend: 'pozitif',
          effect: 'firsat',
        },
      ],
      swot: [
        { kind: 'guclu', text: 'Katılımcılığı benimseyen yönetim' },
        { kind: 'zayif', text: 'Kişi başına düşen yeşil alanın azlığı' },
        { kind: 'firsat', text: 'Halkın plana katılma isteği' },
        { kind: 'tehdit', text: 'Sulama suyunun yetersizliği' },
      ],
      strategies: [{ kind: 'GF', text: 'Planı ve bütçeyi mahalle toplantılarında halka danışmak' }],
      findings: [
        {
          code: 'T1',
          kind: 'tespit',
          text: 'Kişi başına düşen aktif yeşil alan ilçe ortalamasının altında',
          origin: { part: 'swot', row: 2 },
        },
        { code: 'T2', kind: 'tespit', text: 'İlçede kültür merkezi yok' },
        { code: 'İ1', kind: 'ihtiyac', text: 'Her mahallede yürüme mesafesinde bir park' },
        {
          code: 'İ2',
          kind: 'ihtiyac',
          text: 'Planın halka danışılması',
          origin: { part: 'stakeholders', row: 3 },
        },
        {
          code: 'İ3',
          kind: 'ihtiyac',
          text: 'Halkın görüşlerini toplayan dijital bir kanal',
          origin: { part: 'pestle', row: 2 },
        },
      ],
    },
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
          answers: ['T1', 'İ1'],
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
          answers: ['İ2'],
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
          answers: ['T2'],
          // The card is still being written: no indicator yet (TARGET_HAS_INDICATOR).
          indicators: [],
        }),
      ]),
    ],
  },
);
