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

export const KAHRAMANMARAS_KENT_MECLISI_PLAN: PlanDocument = {
  format: 'pusula.plan/v1',
  institution: {
    name: 'Kahramanmaraş Kent Meclisi',
    kind: 'kent-konseyi',
  },
  units: [
    { code: 'GENSEK', name: 'Genel Sekreterlik' },
    { code: 'YURUTME', name: 'Yürütme Kurulu' },
    { code: 'ILETISIM', name: 'İletişim ve Medya Birimi', parent: 'GENSEK' },
    { code: 'CALISMA', name: 'Çalışma Grupları Koordinatörlüğü', parent: 'GENSEK' },
    { code: 'KADIN', name: 'Kadın Meclisi' },
    { code: 'GENCLIK', name: 'Gençlik Meclisi' },
    { code: 'ENGELLI', name: 'Engelli Meclisi' },
  ],
  plan: {
    title: '2025-2029 Stratejik Planı',
    startYear: 2025,
    endYear: 2029,
    status: 'taslak',
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
      {
        code: 'A1',
        title: 'Kent yönetimine katılımı artırmak ve kapsayıcı kılmak',
        targets: [
          {
            code: 'H1.1',
            title: 'Kent Meclisi üyeliğini ve genel kurul katılımını artırmak',
            responsibleUnit: 'GENSEK',
            collaboratingUnits: ['ILETISIM', 'KADIN', 'GENCLIK', 'ENGELLI'],
            risks: [
              '6 Şubat 2023 depremlerinin ardından toplantı mekânlarının ve gönüllü katılımın azalması',
            ],
            strategies: [
              'Mahalle muhtarlıkları, meslek odaları ve sivil toplum kuruluşları aracılığıyla üyelik çağrısı yapmak',
              'Genel kurul toplantılarını erişilebilir mekânlarda ve çalışma saatleri dışında yapmak',
            ],
            costEstimate: { '2025': 350000, '2026': 420000, '2027': 480000, '2028': 540000, '2029': 600000 },
            findings: [
              'Kent Meclisi üyelerinin yarısından fazlası kurumsal temsilcilerden oluşuyor; bireysel katılım sınırlı.',
            ],
            indicators: [
              {
                code: 'PG1.1.1',
                name: 'Kent Meclisi bireysel ve kurumsal üye sayısı',
                unit: 'kişi',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 340,
                targets: { '2025': 400, '2026': 460, '2027': 520, '2028': 580, '2029': 640 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Genel Sekreterlik üye kayıtları',
                values: {
                  '2025-H1': { value: 372 },
                },
              },
              {
                code: 'PG1.1.2',
                name: 'Genel kurul toplantılarına katılan ortalama üye sayısı',
                unit: 'kişi',
                weight: 35,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 120,
                targets: { '2025': 150, '2026': 180, '2027': 210, '2028': 240, '2029': 270 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Genel kurul hazirun listeleri',
                values: {
                  '2025-H1': { value: 134, note: 'Nisan ayındaki olağan genel kurul toplantısı.' },
                },
              },
              {
                code: 'PG1.1.3',
                name: 'Kadın, gençlik ve engelli meclislerine kayıtlı üye sayısı',
                unit: 'kişi',
                weight: 25,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 95,
                targets: { '2025': 120, '2026': 140, '2027': 160, '2028': 180, '2029': 200 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Meclis üye kayıtları',
                values: {
                  '2025-H1': { value: 108 },
                },
              },
            ],
          },
          {
            code: 'H1.2',
            title: 'Kent sakinlerinin görüş ve önerilerini karar süreçlerine taşımak',
            responsibleUnit: 'ILETISIM',
            collaboratingUnits: ['GENSEK', 'GENCLIK'],
            risks: ['Dijital platformlara erişimi sınırlı olan yaşlı ve kırsal nüfusun dışarıda kalması'],
            strategies: ['Dijital öneri platformunun yanında mahalle istişare toplantıları yapmak'],
            costEstimate: { '2025': 180000, '2026': 210000, '2027': 240000, '2028': 260000, '2029': 280000 },
            indicators: [
              {
                code: 'PG1.2.1',
                name: 'Dijital platform üzerinden alınan öneri sayısı',
                unit: 'adet',
                weight: 50,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 150,
                targets: { '2025': 300, '2026': 400, '2027': 500, '2028': 600, '2029': 700 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Öneri platformu kayıtları',
                values: {
                  '2025-H1': { value: 96, note: 'Platform Mart ayında yenilendi.' },
                },
              },
              {
                code: 'PG1.2.2',
                name: 'Düzenlenen mahalle istişare toplantısı sayısı',
                unit: 'adet',
                weight: 50,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 4,
                targets: { '2025': 8, '2026': 10, '2027': 12, '2028': 12, '2029': 12 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Toplantı tutanakları',
                values: {
                  '2025-H1': { value: 3 },
                },
              },
            ],
          },
        ],
      },
      {
        code: 'A2',
        title: 'Şeffaflığı ve hesap verebilirliği güçlendirmek',
        targets: [
          {
            code: 'H2.1',
            title: 'Karar ve çalışmaları zamanında kamuoyuyla paylaşmak',
            responsibleUnit: 'ILETISIM',
            collaboratingUnits: ['GENSEK'],
            strategies: ['Tutanak ve kararları standart bir şablonla internet sitesinde yayımlamak'],
            costEstimate: { '2025': 90000, '2026': 100000, '2027': 110000, '2028': 120000, '2029': 130000 },
            indicators: [
              {
                code: 'PG2.1.1',
                name: 'Tutanak ve kararların 15 gün içinde internet sitesinde yayımlanma oranı',
                unit: '%',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 40,
                targets: { '2025': 80, '2026': 90, '2027': 100, '2028': 100, '2029': 100 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'İnternet sitesi yayın kayıtları',
                values: {
                  '2025-H1': { value: 65 },
                },
              },
              {
                code: 'PG2.1.2',
                name: 'Kamuoyuna açık yapılan genel kurul ve meclis toplantılarının oranı',
                unit: '%',
                weight: 20,
                direction: 'koruma',
                valueType: 'duzey',
                method: 'F1',
                baseline: 100,
                targets: { '2025': 100, '2026': 100, '2027': 100, '2028': 100, '2029': 100 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Toplantı duyuruları',
                values: {
                  '2025-H1': { value: 100 },
                },
              },
              {
                code: 'PG2.1.3',
                name: 'Kent Meclisi önerilerine belediyeden 60 gün içinde yanıt alınma oranı',
                unit: '%',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 35,
                targets: { '2025': 50, '2026': 60, '2027': 70, '2028': 80, '2029': 90 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Genel Sekreterlik yazışma kayıtları',
                values: {
                  '2025-H1': { value: 42 },
                },
              },
            ],
          },
          {
            code: 'H2.2',
            title: 'Yıllık çalışmaları raporlamak ve hesap vermek',
            responsibleUnit: 'GENSEK',
            collaboratingUnits: ['YURUTME', 'ILETISIM'],
            costEstimate: { '2025': 60000, '2026': 65000, '2027': 70000, '2028': 75000, '2029': 80000 },
            indicators: [
              {
                code: 'PG2.2.1',
                name: 'Genel kurula sunulan ve yayımlanan yıllık faaliyet raporu sayısı',
                unit: 'adet',
                weight: 50,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 0,
                targets: { '2025': 1, '2026': 1, '2027': 1, '2028': 1, '2029': 1 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Genel kurul kararları',
              },
              {
                code: 'PG2.2.2',
                name: 'Yayımlanan e-bülten sayısı',
                unit: 'adet',
                weight: 50,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 2,
                targets: { '2025': 4, '2026': 6, '2027': 6, '2028': 6, '2029': 6 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'E-bülten arşivi',
                values: {
                  '2025-H1': { value: 2 },
                },
              },
            ],
          },
        ],
      },
      {
        code: 'A3',
        title: 'Çalışma gruplarını etkin ve sürdürülebilir kılmak',
        targets: [
          {
            code: 'H3.1',
            title: 'Çalışma gruplarını kurmak ve düzenli toplanmalarını sağlamak',
            responsibleUnit: 'YURUTME',
            collaboratingUnits: ['CALISMA', 'KADIN', 'GENCLIK', 'ENGELLI'],
            risks: ['Gönüllü katılımın düşmesiyle grupların toplantı yeter sayısını sağlayamaması'],
            controls: ['Üst üste iki ay toplanamayan grupların Yürütme Kurulunca değerlendirilmesi'],
            strategies: [
              'En az beş üyenin önerisiyle, konu, amaç, kapsam, ekip, süre ve çalışma planı belirlenerek grup kurmak',
              'Her grubun ayda en az bir kez toplanmasını haftalık çalışma programıyla izlemek',
            ],
            costEstimate: { '2025': 120000, '2026': 140000, '2027': 160000, '2028': 170000, '2029': 180000 },
            indicators: [
              {
                code: 'PG3.1.1',
                name: 'Faal çalışma grubu sayısı',
                unit: 'adet',
                weight: 35,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 6,
                targets: { '2025': 10, '2026': 12, '2027': 14, '2028': 15, '2029': 16 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Yürütme Kurulu kararları',
                values: {
                  '2025-H1': {
                    value: 8,
                    note: 'En az beş üyenin önerisiyle kurulan ve Yürütme Kurulunca kabul edilen gruplar.',
                  },
                },
              },
              {
                code: 'PG3.1.2',
                name: 'Ayda en az bir kez toplanan çalışma gruplarının oranı',
                unit: '%',
                weight: 35,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 55,
                targets: { '2025': 80, '2026': 90, '2027': 100, '2028': 100, '2029': 100 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Haftalık çalışma programı ve toplantı tutanakları',
                values: {
                  '2025-H1': { value: 75 },
                },
              },
              {
                code: 'PG3.1.3',
                name: 'Çalışma grubu toplantılarına katılan ortalama kişi sayısı',
                unit: 'kişi',
                weight: 30,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 7,
                targets: { '2025': 9, '2026': 10, '2027': 11, '2028': 12, '2029': 12 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Toplantı katılım listeleri',
                values: {
                  '2025-H1': { value: 8 },
                },
              },
            ],
          },
          {
            code: 'H3.2',
            title: 'Çalışma grubu çıktılarını karar süreçlerine taşımak',
            responsibleUnit: 'CALISMA',
            collaboratingUnits: ['YURUTME', 'GENSEK'],
            strategies: [
              'Çalışma grubu raporlarını Yürütme Kurulu aracılığıyla Genel Kurula sunmak; onaylananları Büyükşehir Belediye Meclisine iletmek',
            ],
            costEstimate: { '2025': 40000, '2026': 45000, '2027': 50000, '2028': 55000, '2029': 60000 },
            indicators: [
              {
                code: 'PG3.2.1',
                name: 'Yürütme Kuruluna sunulan çalışma grubu raporu sayısı',
                unit: 'adet',
                weight: 40,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 5,
                targets: { '2025': 8, '2026': 10, '2027': 12, '2028': 14, '2029': 16 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Yürütme Kurulu gündemleri',
                values: {
                  '2025-H1': { value: 3 },
                },
              },
              {
                code: 'PG3.2.2',
                name: 'Genel Kurulca onaylanarak Büyükşehir Belediye Meclisine iletilen öneri sayısı',
                unit: 'adet',
                weight: 60,
                direction: 'artis',
                valueType: 'kumulatif',
                method: 'F1',
                baseline: 0,
                targets: { '2025': 3, '2026': 7, '2027': 12, '2028': 17, '2029': 22 },
                monitoringMonths: 6,
                reportingMonths: 12,
                dataSource: 'Genel kurul kararları ve belediyeye gönderilen yazılar',
                values: {
                  '2025-H1': {
                    value: 1,
                    note: 'Deprem konutları çevresindeki sosyal donatı önerisi iletildi.',
                  },
                },
              },
            ],
          },
        ],
      },
    ],
  },
};
