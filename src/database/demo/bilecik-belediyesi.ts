/**
 * Demo plan: Bilecik Belediyesi, 2020-2024 Stratejik Planı.
 *
 * The twelve core values (titles and descriptions) are from seed 002, the municipality's own
 * list "Temel Değerlerimiz (2020-2024)"; titles are put into Turkish title case, descriptions
 * are kept as published. Mission, vision, aims, targets, indicators, costs, the council
 * decision and the 2020-2021 values are demo figures written for this project.
 */
import type { StakeholderRow } from '../../contracts/analysis.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { heading, planDocument, planTables } from './plan-tables.js';

const { aim, indicator, target, yearly } = planTables(2020);
// An indicator row: [code, unit, weight, direction, value type, method, baseline, yearly targets, months].

export const BILECIK_BELEDIYESI_PLAN: PlanDocument = planDocument(
  { name: 'Bilecik Belediyesi', kind: 'belediye', population: 79000, electionDate: '2019-03-31' },
  [
    ['FEN', 'Fen İşleri Müdürlüğü'],
    ['SU', 'Su ve Kanalizasyon Müdürlüğü'],
    ['IMAR', 'İmar ve Şehircilik Müdürlüğü'],
    ['PARK', 'Park ve Bahçeler Müdürlüğü'],
    ['TEMIZLIK', 'Temizlik İşleri Müdürlüğü'],
    ['CEVRE', 'Çevre Koruma ve Kontrol Müdürlüğü'],
    ['ZABITA', 'Zabıta Müdürlüğü'],
    ['SOSYAL', 'Sosyal Yardım İşleri Müdürlüğü'],
    ['KULTUR', 'Kültür ve Sosyal İşler Müdürlüğü'],
    ['BASIN', 'Basın Yayın ve Halkla İlişkiler Müdürlüğü'],
    ['BILGI', 'Bilgi İşlem Müdürlüğü'],
    ['STRATEJI', 'Strateji Geliştirme Müdürlüğü'],
    ['MALI', 'Mali Hizmetler Müdürlüğü'],
    ['IK', 'İnsan Kaynakları ve Eğitim Müdürlüğü'],
  ],
  {
    ...heading('2020-2024 Stratejik Planı', 2020, 2024, 'yururlukte'),
    mission:
      'Bilecik’te yaşayan herkese temel kentsel hizmetleri katılımcı, şeffaf ve hesap verebilir bir anlayışla, kaynakları etkin ve verimli kullanarak eşit ve erişilebilir biçimde sunmak.',
    vision:
      'Tarihî ve kültürel mirasına sahip çıkan, yaşam kalitesi yüksek, erişilebilir ve çevreye duyarlı örnek bir Anadolu kenti olmak.',
    values: [
      {
        title: 'Şeffaflık ve Hesap Verilebilirlik',
        description:
          'Toplumun taleplerine karşı duyarlı, katılımcılığa önem veren, hedef ve önceliklerini netleştirmiş, hesap veren, şeffaf, anlaşılır ve açık bir örgüt yapısına sahip bir kurum olmayı hedefler. Belediyemiz bu hedefler doğrultusunda çalışır',
      },
      {
        title: 'Katılımcılık',
        description:
          "5393 sayılı Belediye Kanunu'nun 13. maddesine göre “…hemşehrilerin, belediye karar ve hizmetlerine katılma hakları vardır.” yasal hükmü, belediyemizin bu ilkesine açıkça işaret etmektedir. Belde sakinlerinin yetişkinlerin ve çocukların, bireysel olarak ya da Kent Konseyi, STK’lar ve meslek odaları gibi kurumlar eliyle belediye yönetimine katılımlarını artırıcı yaklaşım sergilemeyi planlar. Ayrıca çalışanlarının bireysel özellik ve idealizmlerini koruyarak her kademede yönetim süreçlerine katılımını sağlar.",
      },
      {
        title: 'Erişilebilirlik',
        description:
          'Teknik olarak binaların, açık alanların, ulaşım ve bilgilendirme hizmetleri ile bilgi ve iletişim teknolojisinin engelliler tarafından güvenli ve bağımsız olarak ulaşılabilir ve kullanılabilir olmasını ifade eder. Bilecik Belediyesi olarak erişilebilirlik kavramını teknik olarak engelliler, yaşlılar ve çocuklar (çocuğun yüksek yararı) için özel bir ulaşım hizmeti olarak kabul etmekle birlikte, kentte yaşayan tüm insanlar için belediyecilik hizmetlerinin kolay ulaşılabilir ve erişilebilir olmasını ifade etmesini ve hizmetlerinin bu formatta planlanmasını kapsar.',
      },
      {
        title: 'Adalet ve Toplumsal Eşitlik: Eşit Adalet',
        description:
          'Bilecik Belediyesi hizmetlerinde eşit şartlarda hizmet ederken aynı zamanda adaletli hizmet etmeyi önemser. Eşit Adalet değeriyle hizmet eder. Toplumun tüm kesimlerinin talepleri eşit derecede önemlidir. Ve sunduğu tüm hizmetleri en adaletli bir şekilde topluma yansıtır. Bilecik Belediyesi Toplumsal Eşitlik değerini, hassasiyetle, Toplumsal Cinsiyet Eşitliği kavramı üzerinden kadın ve erkek eşitliği üzerine kurgular.',
      },
      {
        title: 'Performans ve Kalite Odaklı Kaynak Yönetiminde Etkinlik/Verimlilik ve Sürekli İyileştirme',
        description:
          'Mükemmel Kalite yolculuğunda sürekli iyileştirme esastır. Kurum ya da kuruluş ne kadar gelişirse gelişsin daima iç ve dış denetim mekanizmalarını kullanarak kendini performans takibi ile kontrol etmeli ve eksiklerini iyileştirmelidir. Kaynaklar ne kadar güçlü ve yeterli görünürse görünsün, genel manada kamu hizmeti, özel manada ise insana hizmet olarak kullanılmaktadır. İnsan talep ve ihtiyaçlarının sınırsızlığı karşısında kaynakların kıt kaldığı bir gerçektir. Bu itibarla kaynakların verimli kullanılması Bilecik Belediyesi açısından büyük önem arz etmektedir',
      },
      {
        title: 'İç ve Dış Paydaşlarla İşbirliğine Açık Liderlik',
        description:
          'Bir kurumun üst yöneticisi, çalışanlarına ve dış paydaşlarına belirlediği hedef ve stratejileri doğrultusunda liderlik etmelidir. Lider gerekli kaynakları sağlamanın yanında hedeflere giden zorlu yolda iç ve dış paydaşlarının sürece gönülden bağlılık gösterilmesini sağlamalıdır. Paydaşlarla işbirliği için liderin en yakın paydaşları, kurum çalışanlarıdır. Belediyemizde, çalışanların iç paydaş olarak sürece etkin katılımı vazgeçilmez bir ögedir. Çalışanlar hedeflenen noktaya ulaşmada özendirilir ve motive edilir. Çalışanların katılımı Lider tarafından teşvik edilir. Çalışanlarımızda oluşturulan kalite bilinci sürekli olarak geliştirilmektedir. Bu sayede kalite bir zorunluk değil bir tutkuya dönüşerek belediyecilik hizmetleri içinde yer alır. lider tarafından dış paydaşlarla karşılıklı faydaya ve işbirliğine dayalı bir yaklaşım mekanizması oluşturulmalı ve uygulamaya alınmalıdır. Bu süreçte Belediye Başkanımız lider olarak kurumunu geliştirirken paydaşlarını da geliştirir ve onları da iş süreçlerine dahil eder. Bunun için denetim mekanizmaları, iyileştirme mekanizmaları kurulmuştur ve etkin şekilde uygulanmaktadır.',
      },
      {
        title: 'Demokrasi ve İnsan Hakları Savunuculuğu',
        description:
          'Bilecik Belediyesi hukukun üstünlüğünü esas alan bir kurum olarak, tüm çalışanlarının ve paydaşlarının ve hizmet ettiği tüm vatandaşların haklarının korunmasına yönelik çaba gösterir, bu çabayı gösterirken demokrasiyi ve insan haklarını esas alır. İnsan hakları savunuculuğu kapsamında özellikle çocuk hakları (çocuğun yüksek yararı), kadın hakları, yaşlı hakları ve dezavantajlı grupların ulusal ve uluslararası sözleşmelerle bağlı haklarını savunur ve yetki alanları kapsamında gerekli çalışmaları yapar.',
      },
      {
        title: 'Etik Değerlere Örgütsel Bağlılık',
        description:
          'Herhangi bir iş, etik değerlere bağlılıkla ve dürüstlükle yapıldığında en anlamlı şekilde yapılmış olur. Bilecik Belediyesi kurumsal etik kurallarını temel değerleri ile birleştirerek toplumun etik kurallarının yer aldığı hizmet sahasına sunar.',
      },
      {
        title: 'Yönetimde Sistematik ve Analitik-Yenilikçi Yaklaşım',
        description:
          'Analitik ve yenilikçi düşünme biçimlerini sentezleyerek kurum kültürüne kazandırmak bilgi toplumunda yönetim için gerekli en temel iki özelliktir. Lider ve diğer yöneticiler tüm süreçlerin birbiri ile ilişkisini ve etkileşimini net şekilde belirlemeli ve sistematik bir biçimde yönetmelidir. Belediyemiz üst yönetimi tüm süreçleri ve elde edeceği sonuçları sürekli olarak sağlıklı ve radikal bir şekilde yenilemeyi ve bu yolla ilerlemeyi hedefler.',
      },
      {
        title: 'Hizmet Sahasında Halk Memnuniyeti Odaklı Süreç Yaklaşımı',
        description:
          "Kurumların ve kuruluşların varlığı hizmet ettikleri müşterilerine bağlıdır. Kurum, hizmet kalitesini müşterilerinin beklentilerine cevap verecek şekilde iyileştirmeli ve geliştirmelidir. Böylece müşteri tatmini ve memnuniyeti artacak ve kuruluş bu yolla gelişip büyüyecektir. Bilecik Belediyesi'nde , hedefe ulaşmak için tüm faaliyetler ve kaynaklar süreç yaklaşımı ile yönetilmektedir. Belediyemiz tüm faaliyetlerini adımlar halinde belirler ve bu yolla süreçlerini oluşturur. Süreçlerine ilişkin girdi ve çıktıları, performans kriterlerini, ölçüm yöntemlerini ve sıklıklarını tanımlar ve bunları kontrol altında tutarak hizmet sahasında bulunan vatandaş memnuniyetini sağlamak üzere halka sunar.",
      },
      {
        title: 'Veri Analizi Kaynaklı Karar Alma',
        description:
          'Kamu Kaynaklarının etkin ve verimli kullanılması için, alınacak kararlar gerçek verilere dayandırılmalıdır. Bu sebeple veriler tarafsız biçimde toplanmalı ve analiz edilmelidir. Bilecik Belediyesi hizmet sahalarının tamamı için veri analizi kaynaklı, istatistik bilgi kaynağına dayanan ölçülebilir veriler ile karar almayı planlamıştır.',
      },
      {
        title: 'Vatandaşın Hak ve Hukukunun Korunması',
        description:
          'Vatandaşlık anayasalarda bir hak ve ödev olarak yer almakta ve bir kişiyi devlete bağlayan hukuki, siyasi bağ olarak tanımlanmaktadır. Anayasamızda, seçme ve seçilme hakkı, kanunlara uymak, vergi vermek, askerlik yapmak, vatandaşların yerine getirmesi gereken hak ve görevler olarak dörde ayrılmıştır. Bireyin doğuştan sahip olduğu, dokunulmaz ve vazgeçilmez hakları sıralanmaktadır. Bu haklar, bireyi topluma ve devlete karşı koruyan haklardır. Bunlardan farklı olarak bireyin toplumdan ve devletten bazı şeyler ve belli tutumlar istemesini mümkün kılan haklar vardır. Bu yüzden bunlara “isteme hakları” denir. İşte bu haklar anayasamızda “Sosyal ve Ekonomik Haklar ve Ödevler” adı altında düzenlenmiştir. Bide bireyin siyasal yaşama katılımını sağlamaya yönelik haklar vardır. Bunlara “siyasal haklar” denir. Anayasamızda “Siyasal Haklar ve Ödevler” bölümünde, bu haklardan söz edilmektedir. Bilecik Belediyesi olarak vatandaşın hak ve hukukunun korunmasında bu temel hak ve ödevlere uygun olarak hizmet verilmektedir.',
      },
    ],
    submittedToCouncil: '2019-09-02',
    councilDecision: { date: '2019-09-06', number: '2019/92' },
    settings: { clampTargetRates: true, aimAggregation: 'mean' },
    costing: {
      generalAdministration: yearly([41500000, 45350000, 49200000, 53050000, 56900000]),
      resources: [
        {
          source: 'Belediye bütçesi (öz gelirler ve genel bütçe vergi gelirlerinden alınan pay)',
          kind: 'butce',
          amounts: yearly([99000000, 109500000, 120000000, 130500000, 141000000]),
        },
        {
          source: 'İller Bankası kredisi',
          kind: 'butce',
          amounts: yearly([6000000, 6000000, 6000000, 6000000, 6000000]),
        },
        {
          source: 'BEBKA (Bursa Eskişehir Bilecik Kalkınma Ajansı) mali destek programları',
          kind: 'butce-disi',
          amounts: yearly([3000000, 3500000, 4000000, 4000000, 4000000]),
        },
        {
          source: 'Hayırsever ve özel sektör bağışları',
          kind: 'butce-disi',
          amounts: yearly([2000000, 2000000, 2000000, 2500000, 3000000]),
        },
      ],
    },
    // The stakeholder matrix (paydaş analizi, issue 13): the internal and external stakeholders the
    // plan's principles name (seed 002: "iç ve dış paydaşlarla işbirliğine açık liderlik", the
    // employees as the closest stakeholders, citizens and disadvantaged groups, the costing's
    // funders), scored 1–5; the threshold is the default 3.
    analysis: {
      stakeholders: [
        stakeholder('Belediye Meclisi', 'ic', 5, 5, 'toplanti', 'Hedeflerin bütçeyle uyumlu olması istendi'),
        stakeholder(
          'Belediye çalışanları',
          'ic',
          5,
          4,
          'anket',
          'Kalite bilincinin ve katılımın sürmesi istendi',
        ),
        stakeholder('Birim müdürlükleri', 'ic', 4, 4, 'calistay'),
        stakeholder('Vatandaşlar', 'dis', 5, 2, 'anket', 'Altyapı ve ulaşım öncelikli görüldü'),
        stakeholder('Dezavantajlı gruplar ve dernekleri', 'dis', 4, 1, 'gorusme'),
        stakeholder('Bilecik Valiliği', 'dis', 2, 4, 'toplanti'),
        stakeholder('İller Bankası', 'dis', 2, 3),
        stakeholder('BEBKA (Bursa Eskişehir Bilecik Kalkınma Ajansı)', 'dis', 3, 3, 'toplanti'),
        stakeholder('Muhtarlar', 'dis', 3, 2, 'toplanti'),
        stakeholder('Hayırseverler ve özel sektör', 'dis', 2, 2),
      ],
    },
    aims: [
      aim('A1', 'Kentsel altyapıyı güçlendirmek ve planlı kentleşmeyi sağlamak', [
        target('H1.1', 'FEN', 'Yol ve kaldırım altyapısını iyileştirmek', {
          collaboratingUnits: ['IMAR', 'SU'],
          risks: [
            'Asfalt ve akaryakıt fiyatlarındaki artış',
            'Altyapı kurumlarıyla koordinasyon eksikliği nedeniyle yeni yolların kazılması',
          ],
          controls: [
            'Altyapı Koordinasyon Merkezi (AYKOME) kararlarıyla yıllık kazı programının önceden belirlenmesi',
          ],
          strategies: [
            'Yıllık asfalt programını altyapı yatırımlarıyla eşgüdüm içinde hazırlamak',
            'Kaldırımları engelli erişimine uygun olarak yenilemek',
          ],
          costEstimate: [22000000, 24500000, 27000000, 29500000, 32000000],
          findings: ['Merkez mahallelerde kaldırımların önemli bir bölümü engelli erişimine uygun değil.'],
          needs: ['Asfalt plentinin yenilenmesi'],
          indicators: [
            indicator(
              [
                'PG1.1.1',
                'ton',
                35,
                'artis',
                'donemsel',
                'F2',
                18000,
                [20000, 21000, 22000, 23000, 24000],
                6,
              ],
              {
                name: 'Serilen sıcak asfalt miktarı',
                dataSource: 'Fen İşleri Müdürlüğü hakediş kayıtları',
                values: [6500, 12800, 7200, 14500],
                notes: { '2020-H1': 'Asfalt sezonu Mayıs ayında açıldı.' },
                deviationReasons: {
                  '2020-H2': 'COVID-19 tedbirleri nedeniyle asfalt sezonu geç başladı; plent bakımı uzadı.',
                  '2021-H2':
                    'Hedef aşıldı: yıl içinde alınan ek ödenekle sanayi sitesi yolları da asfaltlandı.',
                },
              },
            ),
            indicator(['PG1.1.2', 'km', 40, 'artis', 'kumulatif', 'F1', 42, [48, 54, 60, 66, 72], 6], {
              name: 'Engelli erişimine uygun hale getirilen kaldırım uzunluğu',
              dataSource: 'Fen İşleri Müdürlüğü iş programı ve kesin hesaplar',
              values: [1.5, 3.2, 2.8, 3.1],
              deviationReasons: {
                '2020-H2': 'Salgın döneminde kaldırım işlerinde çalışan ekip sayısı azaldı.',
                '2021-H2': 'Bordür ve kilit taşı ihalesi uzadı; işler Ağustos ayında başlayabildi.',
              },
            }),
            indicator(['PG1.1.3', 'gün', 25, 'azalis', 'duzey', 'F1', 12, [11, 10, 9, 8, 7], 6], {
              name: 'Yol bakım-onarım taleplerinin ortalama sonuçlanma süresi',
              dataSource: 'Beyaz Masa başvuru kayıtları',
              values: [11.5, 11, 10.4, 9.6],
              deviationReasons: {
                '2021-H2':
                  'Hedef aşıldı: talepler Beyaz Masa üzerinden doğrudan saha ekiplerine yönlendirilmeye başlandı.',
              },
            }),
          ],
        }),
        target('H1.2', 'SU', 'İçme suyu şebekesindeki kayıp-kaçak oranını azaltmak', {
          collaboratingUnits: ['FEN', 'BILGI'],
          risks: ['Eski asbestli boru hatlarında sık arıza', 'SCADA ve akıllı sayaç ihalesinin gecikmesi'],
          strategies: ['Şebekeyi izole bölgelere (DMA) ayırmak', 'Arıza yoğun hatları öncelikli yenilemek'],
          costEstimate: [9500000, 10500000, 11500000, 12500000, 13500000],
          indicators: [
            indicator(['PG1.2.1', '%', 50, 'azalis', 'duzey', 'F1', 38, [35, 32, 29, 26, 24], 6], {
              name: 'İçme suyu kayıp-kaçak oranı',
              dataSource: 'Su ve Kanalizasyon Müdürlüğü su denge tablosu',
              values: [37.2, 35, 34.1, 33.4],
              deviationReasons: {
                '2021-H2':
                  'SCADA ve akıllı sayaç ihalesi uzadı; şebeke yenileme programının bir bölümü 2022 yılına kaydı.',
              },
            }),
            indicator(['PG1.2.2', 'km', 30, 'artis', 'kumulatif', 'F1', 0, [8, 16, 24, 32, 40], 6], {
              name: 'Yenilenen içme suyu şebeke hattı uzunluğu',
              dataSource: 'Su ve Kanalizasyon Müdürlüğü yatırım kayıtları',
              values: [2.5, 4.5, 4, 5],
              notes: { '2021-H2': '2020 yılından kalan 1 km tamamlandı.' },
              deviationReasons: {
                '2020-H2': 'Boru temininde yaşanan gecikme nedeniyle 1 km’lik kısım 2021 yılına kaldı.',
              },
            }),
            indicator(['PG1.2.3', '%', 20, 'koruma', 'duzey', 'F1', 100, [100, 100, 100, 100, 100], 6], {
              name: 'Mikrobiyolojik analizlerde uygun çıkan içme suyu numunesi oranı',
              dataSource: 'İl Sağlık Müdürlüğü ve belediye laboratuvarı analiz raporları',
              values: [100, 100, 100, 99.2],
              notes: { '2021-H2': 'Yıl içinde 250 numune alındı, 2’si uygunsuz çıktı.' },
              deviationReasons: {
                '2021-H2':
                  'Kasım ayında bir ana hatta yaşanan arıza sonrasında iki numune uygunsuz çıktı; hat dezenfekte edilerek yeniden analiz yapıldı.',
              },
            }),
          ],
        }),
        target('H1.3', 'IMAR', 'İmar ve ruhsat hizmetlerini hızlandırmak', {
          collaboratingUnits: ['BILGI', 'FEN'],
          risks: ['Kontrol mühendisi kadrosunun yetersiz kalması'],
          strategies: ['Ruhsat süreçlerini elektronik ortama taşımak', 'Başvuru belgelerini sadeleştirmek'],
          costEstimate: [1800000, 1950000, 2100000, 2250000, 2400000],
          indicators: [
            indicator(['PG1.3.1', 'gün', 50, 'azalis', 'duzey', 'F1', 30, [25, 20, 18, 15, 15], 6], {
              name: 'Yapı ruhsatı başvurularının ortalama sonuçlanma süresi',
              dataSource: 'İmar ve Şehircilik Müdürlüğü evrak kayıtları',
              values: [28, 24, 22, 21],
              deviationReasons: {
                '2020-H2': 'Hedef aşıldı: başvuru ön incelemesi e-imar sistemine taşındı.',
                '2021-H2':
                  'Yılın ikinci yarısında başvuru sayısı yaklaşık %30 arttı; kontrol mühendisi kadrosu yetersiz kaldı.',
              },
            }),
            indicator(['PG1.3.2', '%', 50, 'artis', 'duzey', 'F1', 10, [30, 50, 70, 85, 95], 12], {
              name: 'Elektronik ortamda yapılan ruhsat başvurularının oranı',
              dataSource: 'e-Belediye başvuru kayıtları',
              values: [34, 50],
              notes: { '2021': 'e-Belediye kayıtlarından alındı.' },
              deviationReasons: {
                '2020':
                  'Hedef aşıldı: salgın döneminde yüz yüze başvurular sınırlandığından elektronik başvuru yaygınlaştı.',
              },
            }),
          ],
        }),
      ]),
      aim('A2', 'Yeşil, temiz ve çevreye duyarlı bir kent oluşturmak', [
        target('H2.1', 'PARK', 'Yeşil alanları ve rekreasyon alanlarını artırmak', {
          collaboratingUnits: ['IMAR', 'FEN'],
          risks: ['Kamulaştırma süreçlerinin uzaması', 'Kurak geçen mevsimlerde fidan kayıpları'],
          strategies: [
            'İmar planındaki park alanlarını öncelikli olarak hayata geçirmek',
            'Mahalle ölçeğinde cep parkları yapmak',
          ],
          costEstimate: [6500000, 7200000, 7900000, 8600000, 9300000],
          indicators: [
            indicator(['PG2.1.1', 'm²', 40, 'artis', 'duzey', 'F1', 6.2, [6.8, 7.4, 8, 8.6, 9.2], 6], {
              name: 'Kişi başına düşen aktif yeşil alan',
              dataSource: 'Park envanteri, TÜİK adrese dayalı nüfus verisi',
              values: [6.3, 6.7, 7, 7.4],
              notes: { '2021-H2': 'Millet bahçesinin birinci etabı hizmete açıldı.' },
              deviationReasons: { '2020-H2': 'Millet bahçesi ihalesi 2021 yılına kaydı.' },
            }),
            indicator(
              ['PG2.1.2', 'adet', 30, 'artis', 'kumulatif', 'F1', 0, [3000, 6000, 9000, 12000, 15000], 6],
              {
                name: 'Dikilen ağaç sayısı',
                dataSource: 'Park ve Bahçeler Müdürlüğü dikim kayıtları',
                values: [1200, 1400, 1800, 1800],
                deviationReasons: {
                  '2020-H2': 'Kurak geçen sonbahar nedeniyle dikimin bir kısmı 2021 ilkbaharına ertelendi.',
                  '2021-H2': 'Hedef aşıldı: Orman Bölge Müdürlüğünün fidan desteğiyle ek dikim yapıldı.',
                },
              },
            ),
            indicator(['PG2.1.3', 'adet', 30, 'artis', 'donemsel', 'F2', 4, [5, 5, 6, 6, 6], 6], {
              name: 'Yapılan veya yenilenen çocuk oyun alanı sayısı',
              dataSource: 'Park ve Bahçeler Müdürlüğü kabul tutanakları',
              values: [1, 3, 2],
              deviationReasons: { '2020-H2': 'Oyun grubu malzemesinin tedarikinde gecikme yaşandı.' },
            }),
          ],
        }),
        target('H2.2', 'TEMIZLIK', 'Atık yönetimini ve temizlik hizmetlerini geliştirmek', {
          collaboratingUnits: ['CEVRE', 'ZABITA'],
          risks: ['Ambalaj atığı geri kazanım firmasıyla sözleşmenin sona ermesi'],
          strategies: [
            'Sıfır Atık uygulamasını kamu binaları, okullar ve işyerlerinde yaygınlaştırmak',
            'Merkez mahallelerde yer altı konteynerlerine geçmek',
          ],
          costEstimate: [14000000, 15400000, 16800000, 18200000, 19600000],
          indicators: [
            indicator(
              ['PG2.2.1', 'ton', 40, 'artis', 'donemsel', 'F2', 850, [950, 1100, 1250, 1400, 1550], 6],
              {
                name: 'Kaynağında ayrı toplanan ambalaj atığı miktarı',
                dataSource: 'Lisanslı toplama-ayırma tesisi kantar fişleri',
                values: [420, 480, 560, 590],
                deviationReasons: {
                  '2020-H2':
                    'Salgın nedeniyle okul ve işyerlerindeki toplama noktaları uzun süre kapalı kaldı.',
                  '2021-H2': 'Hedef aşıldı: mahallelere 120 yeni ambalaj atığı kumbarası yerleştirildi.',
                },
              },
            ),
            indicator(['PG2.2.2', '%', 30, 'artis', 'duzey', 'F1', 68, [70, 72, 75, 78, 80], 12], {
              name: 'Temizlik hizmetlerinden memnuniyet oranı',
              dataSource: 'Yıllık vatandaş memnuniyet anketi',
              values: [71, 72],
              notes: {
                '2020': '1.200 kişiyle yüz yüze ve telefonla yapılan anket.',
                '2021': '1.150 kişiyle yapılan anket.',
              },
              deviationReasons: {
                '2020': 'Hedef aşıldı: salgın döneminde cadde ve sokak dezenfeksiyonu memnuniyeti artırdı.',
              },
            }),
            indicator(['PG2.2.3', 'adet', 30, 'artis', 'kumulatif', 'F1', 60, [90, 120, 150, 180, 210], 6], {
              name: 'Yer altı çöp konteyneri sayısı',
              dataSource: 'Temizlik İşleri Müdürlüğü konteyner envanteri',
              values: [10, 20, 15, 10],
              deviationReasons: {
                '2021-H2': 'Konteyner alım ihalesi itiraz nedeniyle iptal edildi ve yeniden yapıldı.',
              },
            }),
          ],
        }),
      ]),
      aim('A3', 'Sosyal dayanışmayı ve kültürel yaşamı güçlendirmek', [
        target('H3.1', 'SOSYAL', 'Dezavantajlı gruplara yönelik sosyal hizmetleri yaygınlaştırmak', {
          collaboratingUnits: ['KULTUR', 'BILGI'],
          risks: ['Ekonomik koşullara bağlı olarak yardım talebinin kaynakları aşması'],
          strategies: [
            'Yardım başvurularını hane ziyaretiyle doğrulamak',
            'Kamu kurumlarıyla veri paylaşımı yaparak mükerrer yardımı önlemek',
          ],
          costEstimate: [5200000, 5700000, 6200000, 6700000, 7200000],
          indicators: [
            indicator(['PG3.1.1', 'kişi', 35, 'artis', 'duzey', 'F1', 180, [220, 260, 300, 340, 380], 6], {
              name: 'Evde bakım hizmeti verilen yaşlı ve engelli birey sayısı',
              dataSource: 'Sosyal Yardım İşleri Müdürlüğü hizmet kayıtları',
              values: [205, 236, 248, 260],
              deviationReasons: {
                '2020-H2': 'Hedef aşıldı: salgın döneminde 65 yaş üstü vatandaşların başvuruları arttı.',
              },
            }),
            indicator(['PG3.1.2', 'gün', 25, 'azalis', 'duzey', 'F1', 15, [12, 10, 8, 7, 7], 6], {
              name: 'Sosyal yardım başvurularının ortalama sonuçlanma süresi',
              dataSource: 'Sosyal yardım başvuru sistemi',
              values: [14, 12, 11, 10.5],
              deviationReasons: {
                '2021-H2': 'Hane ziyaretlerini yapan sosyal inceleme personelinden ikisi yıl içinde ayrıldı.',
              },
            }),
            indicator(
              ['PG3.1.3', 'adet', 20, 'artis', 'donemsel', 'F2', 5200, [5500, 5800, 6100, 6400, 6700], 6],
              {
                name: 'Ulaştırılan gıda kolisi sayısı',
                dataSource: 'Sosyal market stok ve dağıtım kayıtları',
                values: [4100, 3900, 3300, 2700],
                notes: { '2020-H1': 'Vefa Sosyal Destek Grubu ile birlikte dağıtıldı.' },
                deviationReasons: {
                  '2020-H2':
                    'Hedef aşıldı: COVID-19 salgını nedeniyle yardım talepleri arttı; dağıtım Vefa Sosyal Destek Grubu ile birlikte yapıldı.',
                  '2021-H2':
                    'Hedef aşıldı: salgının ekonomik etkisiyle talepler yüksek seyretmeye devam etti.',
                },
              },
            ),
            indicator(
              ['PG3.1.4', 'sefer', 20, 'artis', 'donemsel', 'F2', 1200, [1300, 1400, 1500, 1600, 1700], 6],
              {
                name: 'Engelli bireylere sağlanan ücretsiz ulaşım hizmeti',
                dataSource: 'Engelli ulaşım aracı sefer kayıtları',
                values: [420, 610, 650, 750],
                deviationReasons: {
                  '2020-H2':
                    'Salgın kısıtlamaları nedeniyle hastane ve rehabilitasyon merkezi ziyaretleri azaldı.',
                },
              },
            ),
          ],
        }),
        target('H3.2', 'KULTUR', 'Kültür, sanat ve eğitim etkinliklerine katılımı artırmak', {
          collaboratingUnits: ['BASIN', 'PARK'],
          risks: ['Salgın kısıtlamaları nedeniyle etkinliklerin iptal edilmesi'],
          strategies: [
            'Etkinlikleri mahallelere ve açık alanlara taşımak',
            'Çevrim içi etkinlik ve kurs imkânı sunmak',
          ],
          costEstimate: [3400000, 3800000, 4200000, 4600000, 5000000],
          indicators: [
            indicator(['PG3.2.1', 'adet', 40, 'artis', 'donemsel', 'F2', 60, [65, 70, 75, 80, 85], 6], {
              name: 'Düzenlenen kültür-sanat etkinliği sayısı',
              dataSource: 'Kültür ve Sosyal İşler Müdürlüğü etkinlik takvimi',
              values: [12, 18, 20, 41],
              notes: { '2020-H1': 'Mart-Haziran arasında salon etkinlikleri durduruldu.' },
              deviationReasons: {
                '2020-H2':
                  'COVID-19 kısıtlamaları nedeniyle salon etkinlikleri iptal edildi; etkinliklerin bir kısmı çevrim içi yapıldı.',
                '2021-H2':
                  'Yılın ilk yarısında kısıtlamalar sürdüğünden etkinlikler ikinci yarıda yoğunlaştı; yıllık hedefe ulaşılamadı.',
              },
            }),
            indicator(
              [
                'PG3.2.2',
                'kişi',
                35,
                'artis',
                'donemsel',
                'F2',
                42000,
                [45000, 48000, 51000, 54000, 57000],
                12,
              ],
              {
                name: 'Kültür-sanat etkinliklerine katılan kişi sayısı',
                dataSource: 'Bilet ve katılım sayımları',
                values: [14500, 31800],
                deviationReasons: {
                  '2020': 'Salgın nedeniyle etkinlik sayısı ve salon kapasiteleri sınırlandı.',
                  '2021': 'Salon kapasite sınırlamaları yılın büyük bölümünde sürdü.',
                },
              },
            ),
            indicator(
              ['PG3.2.3', 'kişi', 25, 'artis', 'duzey', 'F1', 900, [950, 1000, 1050, 1100, 1150], 6],
              {
                name: 'Belediye kurs merkezlerine kayıtlı kursiyer sayısı',
                dataSource: 'Kurs merkezi kayıt sistemi',
                values: [610, 700, 820, 1000],
                notes: { '2020-H1': 'Kurslar Mart ayında uzaktan eğitime geçti.' },
                deviationReasons: {
                  '2020-H2': 'Yüz yüze kurslara ara verildi; uzaktan eğitim kapasitesi sınırlı kaldı.',
                },
              },
            ),
          ],
        }),
      ]),
      aim('A4', 'Katılımcı, şeffaf ve etkin bir yönetim yapısı oluşturmak', [
        target('H4.1', 'BILGI', 'E-belediye hizmetlerini yaygınlaştırmak', {
          collaboratingUnits: ['MALI', 'STRATEJI'],
          risks: [
            'Siber saldırılar ve veri kaybı',
            'Yazılım lisans maliyetlerinin döviz kuruna bağlı artışı',
          ],
          controls: ['Yedekleme ve felaket kurtarma planının yılda bir test edilmesi'],
          strategies: ['Sık kullanılan başvuruları e-Devlet ve e-Belediye üzerinden sunmak'],
          costEstimate: [2300000, 2500000, 2700000, 2900000, 3100000],
          indicators: [
            indicator(['PG4.1.1', 'adet', 30, 'artis', 'duzey', 'F1', 18, [22, 26, 30, 34, 38], 6], {
              name: 'E-belediye üzerinden sunulan hizmet sayısı',
              dataSource: 'e-Belediye hizmet kataloğu',
              values: [20, 22, 24, 27],
              deviationReasons: {
                '2021-H2': 'Hedef aşıldı: e-imar modülü planlanandan önce devreye alındı.',
              },
            }),
            indicator(['PG4.1.2', '%', 40, 'artis', 'duzey', 'F1', 25, [30, 35, 40, 45, 50], 6], {
              name: 'E-belediye işlemlerinin toplam işlemlere oranı',
              dataSource: 'e-Belediye ve vezne işlem kayıtları',
              values: [31, 36, 37, 38],
              deviationReasons: {
                '2020-H2': 'Hedef aşıldı: salgın döneminde vezne yerine çevrim içi ödeme tercih edildi.',
                '2021-H2': 'Hedef aşıldı: çevrim içi ödeme alışkanlığı salgın sonrasında da sürdü.',
              },
            }),
            indicator(['PG4.1.3', 'saat', 30, 'azalis', 'donemsel', 'F2', 60, [50, 40, 35, 30, 25], 6], {
              name: 'Bilgi sistemlerinde yaşanan plansız kesinti süresi',
              dataSource: 'Sistem izleme yazılımı kesinti kayıtları',
              values: [22, 20, 18, 22],
              deviationReasons: {
                '2020-H2': 'Hedef aşıldı: sunucu sanallaştırma projesi planlanandan önce tamamlandı.',
              },
            }),
          ],
        }),
        target('H4.2', 'MALI', 'Mali yapıyı güçlendirmek ve öz gelirleri artırmak', {
          collaboratingUnits: ['STRATEJI', 'BILGI'],
          risks: ['Ekonomik daralmanın vergi tahsilatını düşürmesi'],
          strategies: [
            'Emlak vergisi mükellef kayıtlarını sahada güncellemek',
            'Borç hatırlatmalarını SMS ve e-posta ile yapmak',
          ],
          costEstimate: [1200000, 1300000, 1400000, 1500000, 1600000],
          indicators: [
            indicator(['PG4.2.1', '%', 40, 'artis', 'duzey', 'F1', 72, [75, 78, 80, 82, 85], 12], {
              name: 'Emlak vergisi tahsilat oranı',
              dataSource: 'Gelir yönetim sistemi tahakkuk-tahsilat raporu',
              values: [74, 78],
              notes: {
                '2020':
                  'Yıl sonu tahakkuka göre; mücbir sebep kapsamındaki mükelleflerin ertelenen borçları dahil.',
              },
              deviationReasons: {
                '2020':
                  'Salgın nedeniyle ilan edilen mücbir sebep hali ve ödeme ertelemeleri tahsilatı yavaşlattı.',
              },
            }),
            indicator(['PG4.2.2', '%', 30, 'artis', 'duzey', 'F2', 78, [80, 82, 85, 88, 90], 12], {
              name: 'Bütçe gider gerçekleşme oranı',
              dataSource: 'Kesin hesap cetvelleri',
              values: [76, 83],
              deviationReasons: {
                '2020': 'Salgın nedeniyle bazı yatırım ihaleleri ertelendi.',
                '2021':
                  'Hedef aşıldı: 2020 yılında ertelenen yatırımların bir kısmı 2021 yılında gerçekleştirildi.',
              },
            }),
            indicator(['PG4.2.3', '%', 30, 'azalis', 'duzey', 'F1', 31, [30, 29, 28, 27, 26], 12], {
              name: 'Personel giderlerinin bütçe giderlerine oranı',
              dataSource: 'Kesin hesap cetvelleri',
              values: [30, 29.6],
              deviationReasons: {
                '2021': 'Toplu sözleşme artışları personel giderlerini beklenenin üzerinde artırdı.',
              },
            }),
          ],
        }),
        target('H4.3', 'ZABITA', 'Kent düzenine ilişkin şikâyetlere hızlı çözüm üretmek', {
          collaboratingUnits: ['TEMIZLIK', 'IMAR', 'BILGI'],
          risks: ['Zabıta kadrosunun denetim yüküne göre yetersiz kalması'],
          strategies: [
            'Şikâyetleri mobil uygulama üzerinden ekiplere anında iletmek',
            'Pazar yerleri ve ana caddelerde düzenli denetim yapmak',
          ],
          costEstimate: [2600000, 2800000, 3000000, 3200000, 3400000],
          indicators: [
            indicator(['PG4.3.1', 'saat', 50, 'azalis', 'duzey', 'F1', 48, [36, 30, 24, 24, 24], 6], {
              name: 'Zabıta şikâyetlerinin ortalama sonuçlanma süresi',
              dataSource: 'Zabıta şikâyet takip sistemi',
              values: [40, 36, 31, 28],
              deviationReasons: {
                '2021-H2':
                  'Hedef aşıldı: şikâyetler mobil uygulama üzerinden ekiplere anında iletilmeye başlandı.',
              },
            }),
            indicator(
              ['PG4.3.2', 'adet', 30, 'artis', 'donemsel', 'F2', 2400, [2500, 2600, 2700, 2800, 2900], 6],
              {
                name: 'Yapılan işyeri denetimi sayısı',
                dataSource: 'Zabıta denetim tutanakları',
                values: [1650, 1480, 1320, 1280],
                notes: { '2020-H1': 'Salgın tedbirleri kapsamındaki denetimler dahil.' },
                deviationReasons: {
                  '2020-H2': 'Hedef aşıldı: salgın tedbirleri kapsamında işyerleri ek olarak denetlendi.',
                },
              },
            ),
            indicator(
              ['PG4.3.3', 'adet', 20, 'azalis', 'donemsel', 'F2', 420, [400, 380, 360, 340, 320], 6],
              {
                name: 'Kaldırım işgali ve seyyar satıcı şikâyeti sayısı',
                dataSource: 'Beyaz Masa ve zabıta şikâyet kayıtları',
                values: [150, 160, 190, 205],
                deviationReasons: {
                  '2020-H2': 'Salgın döneminde sokağa çıkma kısıtlamaları nedeniyle şikâyet sayısı azaldı.',
                  '2021-H2': 'Kısıtlamaların kalkmasıyla cadde ve pazar yerlerinde işgaller arttı.',
                },
              },
            ),
          ],
        }),
      ]),
    ],
  },
);

/** A stakeholder row of the analysis: name, iç/dış, importance and influence 1–5, how heard, what said. */
function stakeholder(
  name: string,
  kind: StakeholderRow['kind'],
  importance: number,
  influence: number,
  method?: StakeholderRow['method'],
  opinion?: string,
): StakeholderRow {
  return {
    name,
    kind,
    importance,
    influence,
    ...(method ? { method } : {}),
    ...(opinion ? { opinion } : {}),
  };
}
