/**
 * Demo plan: Bilecik Belediyesi, 2020-2024 Stratejik Planı.
 *
 * The twelve core values (titles and descriptions) are from seed 002, the municipality's own
 * list "Temel Değerlerimiz (2020-2024)"; titles are put into Turkish title case, descriptions
 * are kept as published. Mission, vision, aims, targets, indicators, costs, the council
 * decision and the 2020-2021 values are demo figures written for this project.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';

export const BILECIK_BELEDIYESI_PLAN: PlanDocument = {
  format: 'pusula.plan/v1',
  institution: {
    name: 'Bilecik Belediyesi',
    kind: 'belediye',
    population: 79000,
    electionDate: '2019-03-31',
  },
  units: [
    { code: 'FEN', name: 'Fen İşleri Müdürlüğü' },
    { code: 'SU', name: 'Su ve Kanalizasyon Müdürlüğü' },
    { code: 'IMAR', name: 'İmar ve Şehircilik Müdürlüğü' },
    { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
    { code: 'TEMIZLIK', name: 'Temizlik İşleri Müdürlüğü' },
    { code: 'CEVRE', name: 'Çevre Koruma ve Kontrol Müdürlüğü' },
    { code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
    { code: 'SOSYAL', name: 'Sosyal Yardım İşleri Müdürlüğü' },
    { code: 'KULTUR', name: 'Kültür ve Sosyal İşler Müdürlüğü' },
    { code: 'BASIN', name: 'Basın Yayın ve Halkla İlişkiler Müdürlüğü' },
    { code: 'BILGI', name: 'Bilgi İşlem Müdürlüğü' },
    { code: 'STRATEJI', name: 'Strateji Geliştirme Müdürlüğü' },
    { code: 'MALI', name: 'Mali Hizmetler Müdürlüğü' },
    { code: 'IK', name: 'İnsan Kaynakları ve Eğitim Müdürlüğü' },
  ],
  plan: {
    title: '2020-2024 Stratejik Planı',
    startYear: 2020,
    endYear: 2024,
    status: 'yururlukte',
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
      generalAdministration: {
        '2020': 41500000,
        '2021': 45350000,
        '2022': 49200000,
        '2023': 53050000,
        '2024': 56900000,
      },
      resources: [
        {
          source: 'Belediye bütçesi (öz gelirler ve genel bütçe vergi gelirlerinden alınan pay)',
          kind: 'butce',
          amounts: {
            '2020': 99000000,
            '2021': 109500000,
            '2022': 120000000,
            '2023': 130500000,
            '2024': 141000000,
          },
        },
        {
          source: 'İller Bankası kredisi',
          kind: 'butce',
          amounts: { '2020': 6000000, '2021': 6000000, '2022': 6000000, '2023': 6000000, '2024': 6000000 },
        },
        {
          source: 'BEBKA (Bursa Eskişehir Bilecik Kalkınma Ajansı) mali destek programları',
          kind: 'butce-disi',
          amounts: { '2020': 3000000, '2021': 3500000, '2022': 4000000, '2023': 4000000, '2024': 4000000 },
        },
        {
          source: 'Hayırsever ve özel sektör bağışları',
          kind: 'butce-disi',
          amounts: { '2020': 2000000, '2021': 2000000, '2022': 2000000, '2023': 2500000, '2024': 3000000 },
        },
      ],
    },
    aims: [
      {
        code: 'A1',
        title: 'Kentsel altyapıyı güçlendirmek ve planlı kentleşmeyi sağlamak',
        targets: [
          {
            code: 'H1.1',
            title: 'Yol ve kaldırım altyapısını iyileştirmek',
            responsibleUnit: 'FEN',
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
            costEstimate: {
              '2020': 22000000,
              '2021': 24500000,
              '2022': 27000000,
              '2023': 29500000,
              '2024': 32000000,
            },
            findings: ['Merkez mahallelerde kaldırımların önemli bir bölümü engelli erişimine uygun değil.'],
            needs: ['Asfalt plentinin yenilenmesi'],
            indicators: [
              {
                code: 'PG1.1.1',
                name: 'Serilen sıcak asfalt miktarı',
                unit: 'ton',
                weight: 35,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 18000,
                targets: { '2020': 20000, '2021': 21000, '2022': 22000, '2023': 23000, '2024': 24000 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Fen İşleri Müdürlüğü hakediş kayıtları',
                values: {
                  '2020-H1': { value: 6500, note: 'Asfalt sezonu Mayıs ayında açıldı.' },
                  '2020-H2': {
                    value: 12800,
                    deviationReason:
                      'COVID-19 tedbirleri nedeniyle asfalt sezonu geç başladı; plent bakımı uzadı.',
                  },
                  '2021-H1': { value: 7200 },
                  '2021-H2': {
                    value: 14500,
                    deviationReason:
                      'Hedef aşıldı: yıl içinde alınan ek ödenekle sanayi sitesi yolları da asfaltlandı.',
                  },
                },
              },
              {
                code: 'PG1.1.2',
                name: 'Engelli erişimine uygun hale getirilen kaldırım uzunluğu',
                unit: 'km',
                weight: 40,
                direction: 'artis',
                valueType: 'kumulatif',
                method: 'F1',
                baseline: 42,
                targets: { '2020': 48, '2021': 54, '2022': 60, '2023': 66, '2024': 72 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Fen İşleri Müdürlüğü iş programı ve kesin hesaplar',
                values: {
                  '2020-H1': { value: 1.5 },
                  '2020-H2': {
                    value: 3.2,
                    deviationReason: 'Salgın döneminde kaldırım işlerinde çalışan ekip sayısı azaldı.',
                  },
                  '2021-H1': { value: 2.8 },
                  '2021-H2': {
                    value: 3.1,
                    deviationReason: 'Bordür ve kilit taşı ihalesi uzadı; işler Ağustos ayında başlayabildi.',
                  },
                },
              },
              {
                code: 'PG1.1.3',
                name: 'Yol bakım-onarım taleplerinin ortalama sonuçlanma süresi',
                unit: 'gün',
                weight: 25,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 12,
                targets: { '2020': 11, '2021': 10, '2022': 9, '2023': 8, '2024': 7 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Beyaz Masa başvuru kayıtları',
                values: {
                  '2020-H1': { value: 11.5 },
                  '2020-H2': { value: 11 },
                  '2021-H1': { value: 10.4 },
                  '2021-H2': {
                    value: 9.6,
                    deviationReason:
                      'Hedef aşıldı: talepler Beyaz Masa üzerinden doğrudan saha ekiplerine yönlendirilmeye başlandı.',
                  },
                },
              },
            ],
          },
          {
            code: 'H1.2',
            title: 'İçme suyu şebekesindeki kayıp-kaçak oranını azaltmak',
            responsibleUnit: 'SU',
            collaboratingUnits: ['FEN', 'BILGI'],
            risks: ['Eski asbestli boru hatlarında sık arıza', 'SCADA ve akıllı sayaç ihalesinin gecikmesi'],
            strategies: ['Şebekeyi izole bölgelere (DMA) ayırmak', 'Arıza yoğun hatları öncelikli yenilemek'],
            costEstimate: {
              '2020': 9500000,
              '2021': 10500000,
              '2022': 11500000,
              '2023': 12500000,
              '2024': 13500000,
            },
            indicators: [
              {
                code: 'PG1.2.1',
                name: 'İçme suyu kayıp-kaçak oranı',
                unit: '%',
                weight: 50,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 38,
                targets: { '2020': 35, '2021': 32, '2022': 29, '2023': 26, '2024': 24 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Su ve Kanalizasyon Müdürlüğü su denge tablosu',
                values: {
                  '2020-H1': { value: 37.2 },
                  '2020-H2': { value: 35 },
                  '2021-H1': { value: 34.1 },
                  '2021-H2': {
                    value: 33.4,
                    deviationReason:
                      'SCADA ve akıllı sayaç ihalesi uzadı; şebeke yenileme programının bir bölümü 2022 yılına kaydı.',
                  },
                },
              },
              {
                code: 'PG1.2.2',
                name: 'Yenilenen içme suyu şebeke hattı uzunluğu',
                unit: 'km',
                weight: 30,
                direction: 'artis',
                valueType: 'kumulatif',
                method: 'F1',
                baseline: 0,
                targets: { '2020': 8, '2021': 16, '2022': 24, '2023': 32, '2024': 40 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Su ve Kanalizasyon Müdürlüğü yatırım kayıtları',
                values: {
                  '2020-H1': { value: 2.5 },
                  '2020-H2': {
                    value: 4.5,
                    deviationReason:
                      'Boru temininde yaşanan gecikme nedeniyle 1 km’lik kısım 2021 yılına kaldı.',
                  },
                  '2021-H1': { value: 4 },
                  '2021-H2': { value: 5, note: '2020 yılından kalan 1 km tamamlandı.' },
                },
              },
              {
                code: 'PG1.2.3',
                name: 'Mikrobiyolojik analizlerde uygun çıkan içme suyu numunesi oranı',
                unit: '%',
                weight: 20,
                direction: 'koruma',
                valueType: 'duzey',
                method: 'F1',
                baseline: 100,
                targets: { '2020': 100, '2021': 100, '2022': 100, '2023': 100, '2024': 100 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'İl Sağlık Müdürlüğü ve belediye laboratuvarı analiz raporları',
                values: {
                  '2020-H1': { value: 100 },
                  '2020-H2': { value: 100 },
                  '2021-H1': { value: 100 },
                  '2021-H2': {
                    value: 99.2,
                    note: 'Yıl içinde 250 numune alındı, 2’si uygunsuz çıktı.',
                    deviationReason:
                      'Kasım ayında bir ana hatta yaşanan arıza sonrasında iki numune uygunsuz çıktı; hat dezenfekte edilerek yeniden analiz yapıldı.',
                  },
                },
              },
            ],
          },
          {
            code: 'H1.3',
            title: 'İmar ve ruhsat hizmetlerini hızlandırmak',
            responsibleUnit: 'IMAR',
            collaboratingUnits: ['BILGI', 'FEN'],
            risks: ['Kontrol mühendisi kadrosunun yetersiz kalması'],
            strategies: ['Ruhsat süreçlerini elektronik ortama taşımak', 'Başvuru belgelerini sadeleştirmek'],
            costEstimate: {
              '2020': 1800000,
              '2021': 1950000,
              '2022': 2100000,
              '2023': 2250000,
              '2024': 2400000,
            },
            indicators: [
              {
                code: 'PG1.3.1',
                name: 'Yapı ruhsatı başvurularının ortalama sonuçlanma süresi',
                unit: 'gün',
                weight: 50,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 30,
                targets: { '2020': 25, '2021': 20, '2022': 18, '2023': 15, '2024': 15 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'İmar ve Şehircilik Müdürlüğü evrak kayıtları',
                values: {
                  '2020-H1': { value: 28 },
                  '2020-H2': {
                    value: 24,
                    deviationReason: 'Hedef aşıldı: başvuru ön incelemesi e-imar sistemine taşındı.',
                  },
                  '2021-H1': { value: 22 },
                  '2021-H2': {
                    value: 21,
                    deviationReason:
                      'Yılın ikinci yarısında başvuru sayısı yaklaşık %30 arttı; kontrol mühendisi kadrosu yetersiz kaldı.',
                  },
                },
              },
              {
                code: 'PG1.3.2',
                name: 'Elektronik ortamda yapılan ruhsat başvurularının oranı',
                unit: '%',
                weight: 50,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 10,
                targets: { '2020': 30, '2021': 50, '2022': 70, '2023': 85, '2024': 95 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'e-Belediye başvuru kayıtları',
                values: {
                  '2020': {
                    value: 34,
                    deviationReason:
                      'Hedef aşıldı: salgın döneminde yüz yüze başvurular sınırlandığından elektronik başvuru yaygınlaştı.',
                  },
                  '2021': { value: 50, note: 'e-Belediye kayıtlarından alındı.' },
                },
              },
            ],
          },
        ],
      },
      {
        code: 'A2',
        title: 'Yeşil, temiz ve çevreye duyarlı bir kent oluşturmak',
        targets: [
          {
            code: 'H2.1',
            title: 'Yeşil alanları ve rekreasyon alanlarını artırmak',
            responsibleUnit: 'PARK',
            collaboratingUnits: ['IMAR', 'FEN'],
            risks: ['Kamulaştırma süreçlerinin uzaması', 'Kurak geçen mevsimlerde fidan kayıpları'],
            strategies: [
              'İmar planındaki park alanlarını öncelikli olarak hayata geçirmek',
              'Mahalle ölçeğinde cep parkları yapmak',
            ],
            costEstimate: {
              '2020': 6500000,
              '2021': 7200000,
              '2022': 7900000,
              '2023': 8600000,
              '2024': 9300000,
            },
            indicators: [
              {
                code: 'PG2.1.1',
                name: 'Kişi başına düşen aktif yeşil alan',
                unit: 'm²',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 6.2,
                targets: { '2020': 6.8, '2021': 7.4, '2022': 8, '2023': 8.6, '2024': 9.2 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Park envanteri, TÜİK adrese dayalı nüfus verisi',
                values: {
                  '2020-H1': { value: 6.3 },
                  '2020-H2': {
                    value: 6.7,
                    deviationReason: 'Millet bahçesi ihalesi 2021 yılına kaydı.',
                  },
                  '2021-H1': { value: 7 },
                  '2021-H2': { value: 7.4, note: 'Millet bahçesinin birinci etabı hizmete açıldı.' },
                },
              },
              {
                code: 'PG2.1.2',
                name: 'Dikilen ağaç sayısı',
                unit: 'adet',
                weight: 30,
                direction: 'artis',
                valueType: 'kumulatif',
                method: 'F1',
                baseline: 0,
                targets: { '2020': 3000, '2021': 6000, '2022': 9000, '2023': 12000, '2024': 15000 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Park ve Bahçeler Müdürlüğü dikim kayıtları',
                values: {
                  '2020-H1': { value: 1200 },
                  '2020-H2': {
                    value: 1400,
                    deviationReason:
                      'Kurak geçen sonbahar nedeniyle dikimin bir kısmı 2021 ilkbaharına ertelendi.',
                  },
                  '2021-H1': { value: 1800 },
                  '2021-H2': {
                    value: 1800,
                    deviationReason:
                      'Hedef aşıldı: Orman Bölge Müdürlüğünün fidan desteğiyle ek dikim yapıldı.',
                  },
                },
              },
              {
                code: 'PG2.1.3',
                name: 'Yapılan veya yenilenen çocuk oyun alanı sayısı',
                unit: 'adet',
                weight: 30,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 4,
                targets: { '2020': 5, '2021': 5, '2022': 6, '2023': 6, '2024': 6 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Park ve Bahçeler Müdürlüğü kabul tutanakları',
                values: {
                  '2020-H1': { value: 1 },
                  '2020-H2': {
                    value: 3,
                    deviationReason: 'Oyun grubu malzemesinin tedarikinde gecikme yaşandı.',
                  },
                  '2021-H1': { value: 2 },
                },
              },
            ],
          },
          {
            code: 'H2.2',
            title: 'Atık yönetimini ve temizlik hizmetlerini geliştirmek',
            responsibleUnit: 'TEMIZLIK',
            collaboratingUnits: ['CEVRE', 'ZABITA'],
            risks: ['Ambalaj atığı geri kazanım firmasıyla sözleşmenin sona ermesi'],
            strategies: [
              'Sıfır Atık uygulamasını kamu binaları, okullar ve işyerlerinde yaygınlaştırmak',
              'Merkez mahallelerde yer altı konteynerlerine geçmek',
            ],
            costEstimate: {
              '2020': 14000000,
              '2021': 15400000,
              '2022': 16800000,
              '2023': 18200000,
              '2024': 19600000,
            },
            indicators: [
              {
                code: 'PG2.2.1',
                name: 'Kaynağında ayrı toplanan ambalaj atığı miktarı',
                unit: 'ton',
                weight: 40,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 850,
                targets: { '2020': 950, '2021': 1100, '2022': 1250, '2023': 1400, '2024': 1550 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Lisanslı toplama-ayırma tesisi kantar fişleri',
                values: {
                  '2020-H1': { value: 420 },
                  '2020-H2': {
                    value: 480,
                    deviationReason:
                      'Salgın nedeniyle okul ve işyerlerindeki toplama noktaları uzun süre kapalı kaldı.',
                  },
                  '2021-H1': { value: 560 },
                  '2021-H2': {
                    value: 590,
                    deviationReason:
                      'Hedef aşıldı: mahallelere 120 yeni ambalaj atığı kumbarası yerleştirildi.',
                  },
                },
              },
              {
                code: 'PG2.2.2',
                name: 'Temizlik hizmetlerinden memnuniyet oranı',
                unit: '%',
                weight: 30,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 68,
                targets: { '2020': 70, '2021': 72, '2022': 75, '2023': 78, '2024': 80 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Yıllık vatandaş memnuniyet anketi',
                values: {
                  '2020': {
                    value: 71,
                    note: '1.200 kişiyle yüz yüze ve telefonla yapılan anket.',
                    deviationReason:
                      'Hedef aşıldı: salgın döneminde cadde ve sokak dezenfeksiyonu memnuniyeti artırdı.',
                  },
                  '2021': { value: 72, note: '1.150 kişiyle yapılan anket.' },
                },
              },
              {
                code: 'PG2.2.3',
                name: 'Yer altı çöp konteyneri sayısı',
                unit: 'adet',
                weight: 30,
                direction: 'artis',
                valueType: 'kumulatif',
                method: 'F1',
                baseline: 60,
                targets: { '2020': 90, '2021': 120, '2022': 150, '2023': 180, '2024': 210 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Temizlik İşleri Müdürlüğü konteyner envanteri',
                values: {
                  '2020-H1': { value: 10 },
                  '2020-H2': { value: 20 },
                  '2021-H1': { value: 15 },
                  '2021-H2': {
                    value: 10,
                    deviationReason:
                      'Konteyner alım ihalesi itiraz nedeniyle iptal edildi ve yeniden yapıldı.',
                  },
                },
              },
            ],
          },
        ],
      },
      {
        code: 'A3',
        title: 'Sosyal dayanışmayı ve kültürel yaşamı güçlendirmek',
        targets: [
          {
            code: 'H3.1',
            title: 'Dezavantajlı gruplara yönelik sosyal hizmetleri yaygınlaştırmak',
            responsibleUnit: 'SOSYAL',
            collaboratingUnits: ['KULTUR', 'BILGI'],
            risks: ['Ekonomik koşullara bağlı olarak yardım talebinin kaynakları aşması'],
            strategies: [
              'Yardım başvurularını hane ziyaretiyle doğrulamak',
              'Kamu kurumlarıyla veri paylaşımı yaparak mükerrer yardımı önlemek',
            ],
            costEstimate: {
              '2020': 5200000,
              '2021': 5700000,
              '2022': 6200000,
              '2023': 6700000,
              '2024': 7200000,
            },
            indicators: [
              {
                code: 'PG3.1.1',
                name: 'Evde bakım hizmeti verilen yaşlı ve engelli birey sayısı',
                unit: 'kişi',
                weight: 35,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 180,
                targets: { '2020': 220, '2021': 260, '2022': 300, '2023': 340, '2024': 380 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Sosyal Yardım İşleri Müdürlüğü hizmet kayıtları',
                values: {
                  '2020-H1': { value: 205 },
                  '2020-H2': {
                    value: 236,
                    deviationReason:
                      'Hedef aşıldı: salgın döneminde 65 yaş üstü vatandaşların başvuruları arttı.',
                  },
                  '2021-H1': { value: 248 },
                  '2021-H2': { value: 260 },
                },
              },
              {
                code: 'PG3.1.2',
                name: 'Sosyal yardım başvurularının ortalama sonuçlanma süresi',
                unit: 'gün',
                weight: 25,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 15,
                targets: { '2020': 12, '2021': 10, '2022': 8, '2023': 7, '2024': 7 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Sosyal yardım başvuru sistemi',
                values: {
                  '2020-H1': { value: 14 },
                  '2020-H2': { value: 12 },
                  '2021-H1': { value: 11 },
                  '2021-H2': {
                    value: 10.5,
                    deviationReason:
                      'Hane ziyaretlerini yapan sosyal inceleme personelinden ikisi yıl içinde ayrıldı.',
                  },
                },
              },
              {
                code: 'PG3.1.3',
                name: 'Ulaştırılan gıda kolisi sayısı',
                unit: 'adet',
                weight: 20,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 5200,
                targets: { '2020': 5500, '2021': 5800, '2022': 6100, '2023': 6400, '2024': 6700 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Sosyal market stok ve dağıtım kayıtları',
                values: {
                  '2020-H1': { value: 4100, note: 'Vefa Sosyal Destek Grubu ile birlikte dağıtıldı.' },
                  '2020-H2': {
                    value: 3900,
                    deviationReason:
                      'Hedef aşıldı: COVID-19 salgını nedeniyle yardım talepleri arttı; dağıtım Vefa Sosyal Destek Grubu ile birlikte yapıldı.',
                  },
                  '2021-H1': { value: 3300 },
                  '2021-H2': {
                    value: 2700,
                    deviationReason:
                      'Hedef aşıldı: salgının ekonomik etkisiyle talepler yüksek seyretmeye devam etti.',
                  },
                },
              },
              {
                code: 'PG3.1.4',
                name: 'Engelli bireylere sağlanan ücretsiz ulaşım hizmeti',
                unit: 'sefer',
                weight: 20,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 1200,
                targets: { '2020': 1300, '2021': 1400, '2022': 1500, '2023': 1600, '2024': 1700 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Engelli ulaşım aracı sefer kayıtları',
                values: {
                  '2020-H1': { value: 420 },
                  '2020-H2': {
                    value: 610,
                    deviationReason:
                      'Salgın kısıtlamaları nedeniyle hastane ve rehabilitasyon merkezi ziyaretleri azaldı.',
                  },
                  '2021-H1': { value: 650 },
                  '2021-H2': { value: 750 },
                },
              },
            ],
          },
          {
            code: 'H3.2',
            title: 'Kültür, sanat ve eğitim etkinliklerine katılımı artırmak',
            responsibleUnit: 'KULTUR',
            collaboratingUnits: ['BASIN', 'PARK'],
            risks: ['Salgın kısıtlamaları nedeniyle etkinliklerin iptal edilmesi'],
            strategies: [
              'Etkinlikleri mahallelere ve açık alanlara taşımak',
              'Çevrim içi etkinlik ve kurs imkânı sunmak',
            ],
            costEstimate: {
              '2020': 3400000,
              '2021': 3800000,
              '2022': 4200000,
              '2023': 4600000,
              '2024': 5000000,
            },
            indicators: [
              {
                code: 'PG3.2.1',
                name: 'Düzenlenen kültür-sanat etkinliği sayısı',
                unit: 'adet',
                weight: 40,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 60,
                targets: { '2020': 65, '2021': 70, '2022': 75, '2023': 80, '2024': 85 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Kültür ve Sosyal İşler Müdürlüğü etkinlik takvimi',
                values: {
                  '2020-H1': { value: 12, note: 'Mart-Haziran arasında salon etkinlikleri durduruldu.' },
                  '2020-H2': {
                    value: 18,
                    deviationReason:
                      'COVID-19 kısıtlamaları nedeniyle salon etkinlikleri iptal edildi; etkinliklerin bir kısmı çevrim içi yapıldı.',
                  },
                  '2021-H1': { value: 20 },
                  '2021-H2': {
                    value: 41,
                    deviationReason:
                      'Yılın ilk yarısında kısıtlamalar sürdüğünden etkinlikler ikinci yarıda yoğunlaştı; yıllık hedefe ulaşılamadı.',
                  },
                },
              },
              {
                code: 'PG3.2.2',
                name: 'Kültür-sanat etkinliklerine katılan kişi sayısı',
                unit: 'kişi',
                weight: 35,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 42000,
                targets: { '2020': 45000, '2021': 48000, '2022': 51000, '2023': 54000, '2024': 57000 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Bilet ve katılım sayımları',
                values: {
                  '2020': {
                    value: 14500,
                    deviationReason: 'Salgın nedeniyle etkinlik sayısı ve salon kapasiteleri sınırlandı.',
                  },
                  '2021': {
                    value: 31800,
                    deviationReason: 'Salon kapasite sınırlamaları yılın büyük bölümünde sürdü.',
                  },
                },
              },
              {
                code: 'PG3.2.3',
                name: 'Belediye kurs merkezlerine kayıtlı kursiyer sayısı',
                unit: 'kişi',
                weight: 25,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 900,
                targets: { '2020': 950, '2021': 1000, '2022': 1050, '2023': 1100, '2024': 1150 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Kurs merkezi kayıt sistemi',
                values: {
                  '2020-H1': { value: 610, note: 'Kurslar Mart ayında uzaktan eğitime geçti.' },
                  '2020-H2': {
                    value: 700,
                    deviationReason:
                      'Yüz yüze kurslara ara verildi; uzaktan eğitim kapasitesi sınırlı kaldı.',
                  },
                  '2021-H1': { value: 820 },
                  '2021-H2': { value: 1000 },
                },
              },
            ],
          },
        ],
      },
      {
        code: 'A4',
        title: 'Katılımcı, şeffaf ve etkin bir yönetim yapısı oluşturmak',
        targets: [
          {
            code: 'H4.1',
            title: 'E-belediye hizmetlerini yaygınlaştırmak',
            responsibleUnit: 'BILGI',
            collaboratingUnits: ['MALI', 'STRATEJI'],
            risks: [
              'Siber saldırılar ve veri kaybı',
              'Yazılım lisans maliyetlerinin döviz kuruna bağlı artışı',
            ],
            controls: ['Yedekleme ve felaket kurtarma planının yılda bir test edilmesi'],
            strategies: ['Sık kullanılan başvuruları e-Devlet ve e-Belediye üzerinden sunmak'],
            costEstimate: {
              '2020': 2300000,
              '2021': 2500000,
              '2022': 2700000,
              '2023': 2900000,
              '2024': 3100000,
            },
            indicators: [
              {
                code: 'PG4.1.1',
                name: 'E-belediye üzerinden sunulan hizmet sayısı',
                unit: 'adet',
                weight: 30,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 18,
                targets: { '2020': 22, '2021': 26, '2022': 30, '2023': 34, '2024': 38 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'e-Belediye hizmet kataloğu',
                values: {
                  '2020-H1': { value: 20 },
                  '2020-H2': { value: 22 },
                  '2021-H1': { value: 24 },
                  '2021-H2': {
                    value: 27,
                    deviationReason: 'Hedef aşıldı: e-imar modülü planlanandan önce devreye alındı.',
                  },
                },
              },
              {
                code: 'PG4.1.2',
                name: 'E-belediye işlemlerinin toplam işlemlere oranı',
                unit: '%',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 25,
                targets: { '2020': 30, '2021': 35, '2022': 40, '2023': 45, '2024': 50 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'e-Belediye ve vezne işlem kayıtları',
                values: {
                  '2020-H1': { value: 31 },
                  '2020-H2': {
                    value: 36,
                    deviationReason:
                      'Hedef aşıldı: salgın döneminde vezne yerine çevrim içi ödeme tercih edildi.',
                  },
                  '2021-H1': { value: 37 },
                  '2021-H2': {
                    value: 38,
                    deviationReason: 'Hedef aşıldı: çevrim içi ödeme alışkanlığı salgın sonrasında da sürdü.',
                  },
                },
              },
              {
                code: 'PG4.1.3',
                name: 'Bilgi sistemlerinde yaşanan plansız kesinti süresi',
                unit: 'saat',
                weight: 30,
                direction: 'azalis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 60,
                targets: { '2020': 50, '2021': 40, '2022': 35, '2023': 30, '2024': 25 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Sistem izleme yazılımı kesinti kayıtları',
                values: {
                  '2020-H1': { value: 22 },
                  '2020-H2': {
                    value: 20,
                    deviationReason:
                      'Hedef aşıldı: sunucu sanallaştırma projesi planlanandan önce tamamlandı.',
                  },
                  '2021-H1': { value: 18 },
                  '2021-H2': { value: 22 },
                },
              },
            ],
          },
          {
            code: 'H4.2',
            title: 'Mali yapıyı güçlendirmek ve öz gelirleri artırmak',
            responsibleUnit: 'MALI',
            collaboratingUnits: ['STRATEJI', 'BILGI'],
            risks: ['Ekonomik daralmanın vergi tahsilatını düşürmesi'],
            strategies: [
              'Emlak vergisi mükellef kayıtlarını sahada güncellemek',
              'Borç hatırlatmalarını SMS ve e-posta ile yapmak',
            ],
            costEstimate: {
              '2020': 1200000,
              '2021': 1300000,
              '2022': 1400000,
              '2023': 1500000,
              '2024': 1600000,
            },
            indicators: [
              {
                code: 'PG4.2.1',
                name: 'Emlak vergisi tahsilat oranı',
                unit: '%',
                weight: 40,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 72,
                targets: { '2020': 75, '2021': 78, '2022': 80, '2023': 82, '2024': 85 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Gelir yönetim sistemi tahakkuk-tahsilat raporu',
                values: {
                  '2020': {
                    value: 74,
                    note: 'Yıl sonu tahakkuka göre; mücbir sebep kapsamındaki mükelleflerin ertelenen borçları dahil.',
                    deviationReason:
                      'Salgın nedeniyle ilan edilen mücbir sebep hali ve ödeme ertelemeleri tahsilatı yavaşlattı.',
                  },
                  '2021': { value: 78 },
                },
              },
              {
                code: 'PG4.2.2',
                name: 'Bütçe gider gerçekleşme oranı',
                unit: '%',
                weight: 30,
                direction: 'artis',
                valueType: 'duzey',
                method: 'F2',
                baseline: 78,
                targets: { '2020': 80, '2021': 82, '2022': 85, '2023': 88, '2024': 90 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Kesin hesap cetvelleri',
                values: {
                  '2020': {
                    value: 76,
                    deviationReason: 'Salgın nedeniyle bazı yatırım ihaleleri ertelendi.',
                  },
                  '2021': {
                    value: 83,
                    deviationReason:
                      'Hedef aşıldı: 2020 yılında ertelenen yatırımların bir kısmı 2021 yılında gerçekleştirildi.',
                  },
                },
              },
              {
                code: 'PG4.2.3',
                name: 'Personel giderlerinin bütçe giderlerine oranı',
                unit: '%',
                weight: 30,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 31,
                targets: { '2020': 30, '2021': 29, '2022': 28, '2023': 27, '2024': 26 },
                monitoringMonths: 12,
                reportingMonths: 12,
                dataSource: 'Kesin hesap cetvelleri',
                values: {
                  '2020': { value: 30 },
                  '2021': {
                    value: 29.6,
                    deviationReason:
                      'Toplu sözleşme artışları personel giderlerini beklenenin üzerinde artırdı.',
                  },
                },
              },
            ],
          },
          {
            code: 'H4.3',
            title: 'Kent düzenine ilişkin şikâyetlere hızlı çözüm üretmek',
            responsibleUnit: 'ZABITA',
            collaboratingUnits: ['TEMIZLIK', 'IMAR', 'BILGI'],
            risks: ['Zabıta kadrosunun denetim yüküne göre yetersiz kalması'],
            strategies: [
              'Şikâyetleri mobil uygulama üzerinden ekiplere anında iletmek',
              'Pazar yerleri ve ana caddelerde düzenli denetim yapmak',
            ],
            costEstimate: {
              '2020': 2600000,
              '2021': 2800000,
              '2022': 3000000,
              '2023': 3200000,
              '2024': 3400000,
            },
            indicators: [
              {
                code: 'PG4.3.1',
                name: 'Zabıta şikâyetlerinin ortalama sonuçlanma süresi',
                unit: 'saat',
                weight: 50,
                direction: 'azalis',
                valueType: 'duzey',
                method: 'F1',
                baseline: 48,
                targets: { '2020': 36, '2021': 30, '2022': 24, '2023': 24, '2024': 24 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Zabıta şikâyet takip sistemi',
                values: {
                  '2020-H1': { value: 40 },
                  '2020-H2': { value: 36 },
                  '2021-H1': { value: 31 },
                  '2021-H2': {
                    value: 28,
                    deviationReason:
                      'Hedef aşıldı: şikâyetler mobil uygulama üzerinden ekiplere anında iletilmeye başlandı.',
                  },
                },
              },
              {
                code: 'PG4.3.2',
                name: 'Yapılan işyeri denetimi sayısı',
                unit: 'adet',
                weight: 30,
                direction: 'artis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 2400,
                targets: { '2020': 2500, '2021': 2600, '2022': 2700, '2023': 2800, '2024': 2900 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Zabıta denetim tutanakları',
                values: {
                  '2020-H1': { value: 1650, note: 'Salgın tedbirleri kapsamındaki denetimler dahil.' },
                  '2020-H2': {
                    value: 1480,
                    deviationReason:
                      'Hedef aşıldı: salgın tedbirleri kapsamında işyerleri ek olarak denetlendi.',
                  },
                  '2021-H1': { value: 1320 },
                  '2021-H2': { value: 1280 },
                },
              },
              {
                code: 'PG4.3.3',
                name: 'Kaldırım işgali ve seyyar satıcı şikâyeti sayısı',
                unit: 'adet',
                weight: 20,
                direction: 'azalis',
                valueType: 'donemsel',
                method: 'F2',
                baseline: 420,
                targets: { '2020': 400, '2021': 380, '2022': 360, '2023': 340, '2024': 320 },
                monitoringMonths: 6,
                reportingMonths: 6,
                dataSource: 'Beyaz Masa ve zabıta şikâyet kayıtları',
                values: {
                  '2020-H1': { value: 150 },
                  '2020-H2': {
                    value: 160,
                    deviationReason:
                      'Salgın döneminde sokağa çıkma kısıtlamaları nedeniyle şikâyet sayısı azaldı.',
                  },
                  '2021-H1': { value: 190 },
                  '2021-H2': {
                    value: 205,
                    deviationReason: 'Kısıtlamaların kalkmasıyla cadde ve pazar yerlerinde işgaller arttı.',
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
