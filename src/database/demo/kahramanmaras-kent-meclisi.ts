/**
 * Demo plan: Kahramanmaraş Kent Meclisi, 2025-2029 (draft).
 *
 * The core values are the twenty working principles of seed 000 ("Çalışma İlkeleri"): each
 * principle's full text is the description (whitespace tidied, the unclosed parenthesis of
 * principle 20 closed), the short titles are ours. Mission, vision, aims, targets and
 * indicators are demo content; the working-group indicators follow the rules of the İzmir
 * Kent Konseyi directive (seed 003): a group is formed by at least five members with an
 * accepted proposal and must meet at least once a month; outputs go to the executive board,
 * the general assembly and then the metropolitan council. Values exist for 2025-H1 only.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import { heading, planDocument, planTables } from './plan-tables.js';

const { aim, indicator, target } = planTables(2025);
// An indicator row: [code, unit, weight, direction, value type, method, baseline, yearly targets, months].

export const KAHRAMANMARAS_KENT_MECLISI_PLAN: PlanDocument = planDocument(
  { name: 'Kahramanmaraş Kent Meclisi', kind: 'kent-konseyi' },
  [
    ['GENSEK', 'Genel Sekreterlik'],
    ['YURUTME', 'Yürütme Kurulu'],
    ['ILETISIM', 'İletişim ve Medya Birimi', 'GENSEK'],
    ['CALISMA', 'Çalışma Grupları Koordinatörlüğü', 'GENSEK'],
    ['KADIN', 'Kadın Meclisi'],
    ['GENCLIK', 'Gençlik Meclisi'],
    ['ENGELLI', 'Engelli Meclisi'],
  ],
  {
    ...heading('2025-2029 Stratejik Planı', 2025, 2029, 'taslak'),
    mission:
      'Kahramanmaraş’ta yaşayan herkesin kent yönetimine katılımını sağlamak; kentin sorunlarını ortak akılla görünür kılmak ve çözüm önerilerini şeffaf biçimde yerel yönetimlere iletmek.',
    vision: 'Kent sakinlerinin sesini duyuran, güvenilir, kapsayıcı ve siyaset üstü bir kent meclisi olmak.',
    values: [
      {
        title: 'Kentine Sahip Çıkma ve Çözümde Ortaklık',
        description:
          'Kentine sahip çıkma, aktif katılım ve çözümde ortaklık ilkelerinin bütünlüğünde, kentin yaşanabilir bir geleceğe taşınmasına katkıda bulunmak.',
      },
      {
        title: 'Uluslararası İlkelere Bağlılık',
        description:
          'Türkiye Cumhuriyeti Devleti’nin imzaladığı ve onayladığı Birleşmiş Milletler Zirveleri ile diğer uluslar arası sözleşmelerde kent ve kent yaşamına yönelik temel ilkeleri hayata geçirmek.',
      },
      {
        title: 'Hemşehrilik Bilinci ve Sürdürülebilir Kalkınma',
        description:
          'Kent vizyonunun ve hemşehrilik bilincinin geliştirilmesi, kentin hak ve hukukunun korunması, sürdürülebilir kalkınma, çevreye duyarlılık, sosyal yardımlaşma ve dayanışma, saydamlık, hesap sorma ve hesap verme, katılım ve yerinden yönetim ilkelerini ön planda tutmak.',
      },
      {
        title: 'Tarafsızlık',
        description:
          'Uluslararası gelişmeleri ve ülke koşullarını gözeterek, tarafsız bir yaklaşımla görüş ve öneriler oluşturmak.',
      },
      {
        title: 'Katılımcılık ve Müzakereci Demokrasi',
        description:
          'Katılımcılığı ve ortak akla dayanan uzlaşmayı ve müzakereci demokrasi anlayışını esas almak.',
      },
      {
        title: 'Paylaşımcılık ve Açıklık',
        description: 'Karar alma, uygulama ve süreçlerinde /eylemlerde paylaşımcı, şeffaf ve açık olmak.',
      },
      {
        title: 'Sosyal Adalet ve Kapsayıcılık',
        description:
          'Sosyal adalet ve kapsayıcılık ilkelerini ön planda tutmak, farklı gelir grupları, engelli bireyler ve diğer dezavantajlı grupların ihtiyaçlarını gözetmek ve eşit fırsatlar sunmak için politika ve projeler geliştirmek.',
      },
      {
        title: 'Sonuç Odaklılık',
        description: 'Değişimi ve yenilikleri önceden fark ederek sonuç odaklı çalışma kültürünü benimsemek.',
      },
      {
        title: 'Kent Sorunlarına Odaklanma',
        description:
          'Kent sorunlarına odaklanmak, sorunları görünür hale getirip, çözümleri üzerinde ortak aklı harekete geçirmek.',
      },
      {
        title: 'Adalet ve Denetlenebilirlik',
        description: 'Adaletli ve denetlenebilir bir yönetim anlayışını benimsemek.',
      },
      {
        title: 'Gönüllülük ve Hoşgörü',
        description: 'Gönüllülük esasına göre çalışmak, yeni katılımlara açık ve hoşgörülü olmak.',
      },
      {
        title: 'Etik ve Yolsuzlukla Mücadele',
        description:
          'Yolsuzlukla mücadele etmek, etik ilkelere, kurallara uymak ve şeffaf bir şekilde hesap vermek ve İç denetim mekanizmalarını kullanarak faaliyetlerini düzenli olarak kontrol etmek.',
      },
      {
        title: 'Bilgi ve Teknolojinin Etkin Kullanımı',
        description:
          'Bilgi ve teknolojinin kullanımını teşvik etmek, kent meclisinin oluşumunda, çalışmasında, iletişiminde, sonuçların paylaşımında dijital platformlar ve iletişim teknolojilerini etkin olarak kullanmak.',
      },
      {
        title: 'Açık ve Etkili İletişim',
        description:
          'Etkili halkla ilişkiler ve iletişim stratejileri geliştirerek, kent sakinlerinin bilgilendirilmesi, toplumun görüşlerinin ve geri bildirimlerinin dikkate alınması için açık ve etkili iletişim kanalları oluşturmak.',
      },
      {
        title: 'Şeffaflık ve Hesap Verebilirlik',
        description:
          'Çalışmalarını şeffaf bir şekilde yürütmek ve karar süreçlerinde açıklık, doğruluk ve hesap verebilirlik ilkesine bağlı kalmak.',
      },
      {
        title: 'Görev Bilinci ve Sorumluluk',
        description: 'Görev bilinci ve sorumluluğu içinde etkin çalışmak',
      },
      {
        title: 'Değerlere Bağlılık ve Toplumsal Duyarlılık',
        description:
          'Millî, insanî ve ahlâkî değerlere bağlılık, toplumsal, kültürel ve sanatsal duyarlılık sergilemek.',
      },
      {
        title: 'Değişime Açıklık ve Sürekli Gelişme',
        description: 'Değişime açık, bilimsel, verimli, üretken ve sürekli gelişmeden yana olmak.',
      },
      {
        title: 'Kişisel Çıkardan Kaçınma',
        description: 'Çalışmalarında herhangi bir kişisel çıkara yol açmaktan kaçınmak.',
      },
      {
        title: 'Siyaset Üstü Yaklaşım',
        description:
          'Bütün siyasi ve ekonomik güçlerden ve bunlar doğrultusundaki fikirlerden bağımsız olmak. (Bağımsız olmaktan ziyade “siyaset üstü bir yaklaşım sergilemek” olabilir.)',
      },
    ],
    settings: { clampTargetRates: true, aimAggregation: 'mean' },
    aims: [
      aim('A1', 'Kent yönetimine katılımı artırmak ve kapsayıcı kılmak', [
        target('H1.1', 'GENSEK', 'Kent Meclisi üyeliğini ve genel kurul katılımını artırmak', {
          collaboratingUnits: ['ILETISIM', 'KADIN', 'GENCLIK', 'ENGELLI'],
          risks: ['6 Şubat 2023 depremlerinin ardından toplantı mekânlarının ve gönüllü katılımın azalması'],
          strategies: [
            'Mahalle muhtarlıkları, meslek odaları ve sivil toplum kuruluşları aracılığıyla üyelik çağrısı yapmak',
            'Genel kurul toplantılarını erişilebilir mekânlarda ve çalışma saatleri dışında yapmak',
          ],
          costEstimate: [350000, 420000, 480000, 540000, 600000],
          findings: [
            'Kent Meclisi üyelerinin yarısından fazlası kurumsal temsilcilerden oluşuyor; bireysel katılım sınırlı.',
          ],
          indicators: [
            indicator(['PG1.1.1', 'kişi', 40, 'artis', 'duzey', 'F1', 340, [400, 460, 520, 580, 640], 6], {
              name: 'Kent Meclisi bireysel ve kurumsal üye sayısı',
              dataSource: 'Genel Sekreterlik üye kayıtları',
              values: [372],
            }),
            indicator(['PG1.1.2', 'kişi', 35, 'artis', 'duzey', 'F1', 120, [150, 180, 210, 240, 270], 6], {
              name: 'Genel kurul toplantılarına katılan ortalama üye sayısı',
              dataSource: 'Genel kurul hazirun listeleri',
              values: [134],
              notes: { '2025-H1': 'Nisan ayındaki olağan genel kurul toplantısı.' },
            }),
            indicator(['PG1.1.3', 'kişi', 25, 'artis', 'duzey', 'F1', 95, [120, 140, 160, 180, 200], 6], {
              name: 'Kadın, gençlik ve engelli meclislerine kayıtlı üye sayısı',
              dataSource: 'Meclis üye kayıtları',
              values: [108],
            }),
          ],
        }),
        target('H1.2', 'ILETISIM', 'Kent sakinlerinin görüş ve önerilerini karar süreçlerine taşımak', {
          collaboratingUnits: ['GENSEK', 'GENCLIK'],
          risks: ['Dijital platformlara erişimi sınırlı olan yaşlı ve kırsal nüfusun dışarıda kalması'],
          strategies: ['Dijital öneri platformunun yanında mahalle istişare toplantıları yapmak'],
          costEstimate: [180000, 210000, 240000, 260000, 280000],
          indicators: [
            indicator(['PG1.2.1', 'adet', 50, 'artis', 'donemsel', 'F2', 150, [300, 400, 500, 600, 700], 6], {
              name: 'Dijital platform üzerinden alınan öneri sayısı',
              dataSource: 'Öneri platformu kayıtları',
              values: [96],
              notes: { '2025-H1': 'Platform Mart ayında yenilendi.' },
            }),
            indicator(['PG1.2.2', 'adet', 50, 'artis', 'donemsel', 'F2', 4, [8, 10, 12, 12, 12], 6], {
              name: 'Düzenlenen mahalle istişare toplantısı sayısı',
              dataSource: 'Toplantı tutanakları',
              values: [3],
            }),
          ],
        }),
      ]),
      aim('A2', 'Şeffaflığı ve hesap verebilirliği güçlendirmek', [
        target('H2.1', 'ILETISIM', 'Karar ve çalışmaları zamanında kamuoyuyla paylaşmak', {
          collaboratingUnits: ['GENSEK'],
          strategies: ['Tutanak ve kararları standart bir şablonla internet sitesinde yayımlamak'],
          costEstimate: [90000, 100000, 110000, 120000, 130000],
          indicators: [
            indicator(['PG2.1.1', '%', 40, 'artis', 'duzey', 'F1', 40, [80, 90, 100, 100, 100], 6], {
              name: 'Tutanak ve kararların 15 gün içinde internet sitesinde yayımlanma oranı',
              dataSource: 'İnternet sitesi yayın kayıtları',
              values: [65],
            }),
            indicator(['PG2.1.2', '%', 20, 'koruma', 'duzey', 'F1', 100, [100, 100, 100, 100, 100], 6], {
              name: 'Kamuoyuna açık yapılan genel kurul ve meclis toplantılarının oranı',
              dataSource: 'Toplantı duyuruları',
              values: [100],
            }),
            indicator(['PG2.1.3', '%', 40, 'artis', 'duzey', 'F1', 35, [50, 60, 70, 80, 90], 6], {
              name: 'Kent Meclisi önerilerine belediyeden 60 gün içinde yanıt alınma oranı',
              dataSource: 'Genel Sekreterlik yazışma kayıtları',
              values: [42],
            }),
          ],
        }),
        target('H2.2', 'GENSEK', 'Yıllık çalışmaları raporlamak ve hesap vermek', {
          collaboratingUnits: ['YURUTME', 'ILETISIM'],
          costEstimate: [60000, 65000, 70000, 75000, 80000],
          indicators: [
            indicator(['PG2.2.1', 'adet', 50, 'artis', 'donemsel', 'F2', 0, [1, 1, 1, 1, 1], 12], {
              name: 'Genel kurula sunulan ve yayımlanan yıllık faaliyet raporu sayısı',
              dataSource: 'Genel kurul kararları',
            }),
            indicator(['PG2.2.2', 'adet', 50, 'artis', 'donemsel', 'F2', 2, [4, 6, 6, 6, 6], 6], {
              name: 'Yayımlanan e-bülten sayısı',
              dataSource: 'E-bülten arşivi',
              values: [2],
            }),
          ],
        }),
      ]),
      aim('A3', 'Çalışma gruplarını etkin ve sürdürülebilir kılmak', [
        target('H3.1', 'YURUTME', 'Çalışma gruplarını kurmak ve düzenli toplanmalarını sağlamak', {
          collaboratingUnits: ['CALISMA', 'KADIN', 'GENCLIK', 'ENGELLI'],
          risks: ['Gönüllü katılımın düşmesiyle grupların toplantı yeter sayısını sağlayamaması'],
          controls: ['Üst üste iki ay toplanamayan grupların Yürütme Kurulunca değerlendirilmesi'],
          strategies: [
            'En az beş üyenin önerisiyle, konu, amaç, kapsam, ekip, süre ve çalışma planı belirlenerek grup kurmak',
            'Her grubun ayda en az bir kez toplanmasını haftalık çalışma programıyla izlemek',
          ],
          costEstimate: [120000, 140000, 160000, 170000, 180000],
          indicators: [
            indicator(['PG3.1.1', 'adet', 35, 'artis', 'duzey', 'F1', 6, [10, 12, 14, 15, 16], 6], {
              name: 'Faal çalışma grubu sayısı',
              dataSource: 'Yürütme Kurulu kararları',
              values: [8],
              notes: {
                '2025-H1': 'En az beş üyenin önerisiyle kurulan ve Yürütme Kurulunca kabul edilen gruplar.',
              },
            }),
            indicator(['PG3.1.2', '%', 35, 'artis', 'duzey', 'F1', 55, [80, 90, 100, 100, 100], 6], {
              name: 'Ayda en az bir kez toplanan çalışma gruplarının oranı',
              dataSource: 'Haftalık çalışma programı ve toplantı tutanakları',
              values: [75],
            }),
            indicator(['PG3.1.3', 'kişi', 30, 'artis', 'duzey', 'F1', 7, [9, 10, 11, 12, 12], 6], {
              name: 'Çalışma grubu toplantılarına katılan ortalama kişi sayısı',
              dataSource: 'Toplantı katılım listeleri',
              values: [8],
            }),
          ],
        }),
        target('H3.2', 'CALISMA', 'Çalışma grubu çıktılarını karar süreçlerine taşımak', {
          collaboratingUnits: ['YURUTME', 'GENSEK'],
          strategies: [
            'Çalışma grubu raporlarını Yürütme Kurulu aracılığıyla Genel Kurula sunmak; onaylananları Büyükşehir Belediye Meclisine iletmek',
          ],
          costEstimate: [40000, 45000, 50000, 55000, 60000],
          indicators: [
            indicator(['PG3.2.1', 'adet', 40, 'artis', 'donemsel', 'F2', 5, [8, 10, 12, 14, 16], 6], {
              name: 'Yürütme Kuruluna sunulan çalışma grubu raporu sayısı',
              dataSource: 'Yürütme Kurulu gündemleri',
              values: [3],
            }),
            indicator(['PG3.2.2', 'adet', 60, 'artis', 'kumulatif', 'F1', 0, [3, 7, 12, 17, 22], [6, 12]], {
              name: 'Genel Kurulca onaylanarak Büyükşehir Belediye Meclisine iletilen öneri sayısı',
              dataSource: 'Genel kurul kararları ve belediyeye gönderilen yazılar',
              values: [1],
              notes: { '2025-H1': 'Deprem konutları çevresindeki sosyal donatı önerisi iletildi.' },
            }),
          ],
        }),
      ]),
    ],
  },
);
