/**
 * Demo plan: Marmara Belediyeler Birliği, 2008-2012.
 *
 * Mission, vision and the seven strategic aims are verbatim from seed 001 (the union's own
 * presentation). The four "2008 yılı hedeflerimiz" targets (H1.1, H1.2, H4.1, H6.1) carry the
 * seed's numbered activities verbatim; their indicators are made from the quantified activities
 * (12 training programmes, at least 5 handbooks, 276 of 416 municipalities as members…).
 * H2.1, H3.1, H5.1 and H7.1 are demo targets so that every aim has one. Costs, baselines,
 * later-year targets, 2008 values and the Birlik Meclisi decision are demo figures.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import { heading, planDocument, planTables } from './plan-tables.js';

const { activity, aim, indicator, target } = planTables(2008);
// An indicator row: [code, unit, weight, direction, value type, method, baseline, yearly targets, months].

export const MARMARA_BIRLIGI_PLAN: PlanDocument = planDocument(
  { name: 'Marmara Belediyeler Birliği', kind: 'birlik' },
  [
    ['GENSEK', 'Genel Sekreterlik'],
    ['PLANPROJE', 'Plan ve Proje Birimi', 'GENSEK'],
    ['EGITIM', 'Eğitim Hizmetleri Birimi', 'GENSEK'],
    ['DISILISKI', 'AB ve Dış İlişkiler Birimi', 'GENSEK'],
    ['BASIN', 'Basın ve Halkla İlişkiler Birimi', 'GENSEK'],
    ['HUKUK', 'Hukuki Danışmanlık Birimi', 'GENSEK'],
    ['MALI', 'Mali İşler Birimi', 'GENSEK'],
    ['IDARI', 'İdari İşler Birimi', 'GENSEK'],
  ],
  {
    ...heading('2008-2012 Stratejik Planı', 2008, 2012, 'yururlukte'),
    mission:
      'Birliğin misyonu; Marmara Bölgesinin sürdürülebilir gelişimi için üye belediyeler arasında işbirliğini geliştirmek, bilgi ve deneyim alışverişini sağlamak; yerel yönetimlerde ve Birliğin üyesi olan belediyelerde, demokratik, katılımcı, saydam, hesap verebilir, insan hak ve özgürlüklerini esas alan bir yerel yönetim anlayışının yerleşmesi ve yaygınlaşması için çaba göstermektir.',
    vision:
      'Birliğin vizyonu; üye belediyelerin, ortak sorunlarının ortaklaşa çözümünde ilk akla gelen yerel yönetim kuruluşu olmaktır.',
    submittedToCouncil: '2007-11-05',
    councilDecision: { date: '2007-11-15', number: '2007/24' },
    settings: { clampTargetRates: true, aimAggregation: 'mean' },
    aims: [
      aim(
        'A1',
        'Marmara Bölgesi’nin sürdürülebilir ve dengeli gelişmesi için, üye belediyeler arasında işbirliğini ve bilgi alışverişini sağlamak.',
        [
          target('H1.1', 'GENSEK', 'Birliğin kurumsal kapasitesini güçlendirmek', {
            collaboratingUnits: ['MALI', 'IDARI', 'PLANPROJE', 'EGITIM'],
            risks: [
              'Üye belediyelerin aidat ödemelerini geciktirmesi',
              'Nitelikli personelin kamu kurumlarına geçmesi',
              'Birlik binasının bulunduğu yamaçta heyelan riski',
            ],
            controls: [
              'Aidat borçları için üç ayda bir hatırlatma yazısı ve İller Bankası mahsup talebi',
              'Zemin etüdü sonuçlarına göre önceliklendirilmiş iyileştirme programı',
            ],
            activities: [
              activity(
                'F01',
                'MALI',
                'Birlik alacaklarının tahsili için gereken yasal zorunlulukları yerine getirmek ve üyelerin bu konuya hassasiyetlerini sağlamak.',
                15000,
              ),
              activity(
                'F02',
                'GENSEK',
                'Özellikle proje hazırlama ve üye belediyelere gereken desteği verebilecek, nitelikli personel istihdamını tamamlamak. Bu kapsamda, 1 tane “şehir plancısı” istihdam etmek.',
                48000,
              ),
              activity(
                'F03',
                'GENSEK',
                '“Plan ve Proje Birimi”, “Eğitim Hizmetleri Birimi” ile “AB ve Dış İlişkiler Birimi”ne işlerlik kazandırmak.',
                60000,
              ),
              activity(
                'F04',
                'GENSEK',
                'Birliğin kurumsallaşması için gerekli olan yönergeleri ve çalışma yönetmeliğini tamamlamak.',
                8000,
              ),
              activity(
                'F05',
                'PLANPROJE',
                'Birliğin Stratejik Planı’nı revize etmek ve 2009 Yılı Performans Programı’nı hazırlamak.',
                20000,
              ),
              activity('F06', 'PLANPROJE', 'Performans Yönetim Sistemi’ni kurmak.', 25000),
              activity(
                'F07',
                'GENSEK',
                'Birlik faaliyetlerinin daha kaliteli bir şekilde yürütülmesi için ISO Belgelendirme çalışmasını gerçekleştirmek.',
                18000,
              ),
              activity(
                'F08',
                'EGITIM',
                'Birlik personeline başta yabancı dil ve insan ilişkileri olmak üzere, mesleki ve teknik eğitimler vermek. İlgili personelin en az 1 yabancı dili iyi derecede öğrenmesini sağlamak.',
                35000,
              ),
              activity(
                'F09',
                'GENSEK',
                'Marmara Bölgesinde 416 Belediye’nin 276’sı Birliğimize üye olmakla birlikte, üye olmayan veya üyelikten istifa eden diğer 140 Belediyenin Birliğimize üye olmaları için gerekli çalışmaları sürdürmek.',
                12000,
              ),
              activity(
                'F10',
                'GENSEK',
                'Marmara Bölgesi’ndeki “Su ve Kanalizasyon İdareleri”nin Birliğe üye olmaları için gerekli girişimleri sürdürmek.',
                5000,
              ),
              activity(
                'F11',
                'IDARI',
                'İletişim, entegrasyon ve teknolojik donanımı tamamlamak. Bu kapsamda, ihtiyaç duyulan bilgisayar, yazıcı ve fotokopi cihazlarını temin etmek. Internet altyapısını kablosuz hale getirmek. Eğitim salonlarına düz ekran televizyonlar, sunu perdesi ve projeksiyon cihazı temin etmek.',
                85000,
              ),
              activity(
                'F12',
                'IDARI',
                'Birliğin bahçesinin ve otoparkının genişletilmesi ve çevre düzenlemesinin tamamlanmasını sağlamak.',
                120000,
              ),
              activity(
                'F13',
                'IDARI',
                'Birlik Binası’nın denize kaymasını engellemek amacı ile bahçenin deniz tarafında gerekli teknik önlemleri almak.',
                350000,
              ),
            ],
            costEstimate: [801000, 450000, 420000, 440000, 460000],
            findings: [
              'Marmara Bölgesindeki 416 belediyenin 140’ı Birliğe üye değil veya üyelikten istifa etmiş.',
            ],
            needs: ['Proje hazırlayabilecek nitelikli personel (şehir plancısı) istihdamı'],
            indicators: [
              indicator(['PG1.1.1', 'adet', 30, 'artis', 'duzey', 'F1', 276, [290, 305, 320, 335, 350], 6], {
                name: 'Birliğe üye belediye sayısı',
                dataSource: 'Birlik üye kayıtları',
                values: [279, 286],
                notes: { '2008-H1': 'Marmara Bölgesindeki 416 belediyeden üye olanlar.' },
                deviationReasons: {
                  '2008-H2':
                    '2009 mahalli idareler seçimleri öncesinde bazı belediye meclisleri üyelik kararını yeni döneme bıraktı.',
                },
              }),
              indicator(['PG1.1.2', '%', 20, 'artis', 'duzey', 'F1', 62, [70, 75, 80, 85, 90], 6], {
                name: 'Birlik alacaklarının tahsilat oranı',
                dataSource: 'Mali İşler Birimi tahakkuk ve tahsilat kayıtları',
                values: [66, 71],
                deviationReasons: {
                  '2008-H2':
                    'Hedef aşıldı: İller Bankası payları üzerinden mahsup uygulaması tahsilatı hızlandırdı.',
                },
              }),
              indicator(['PG1.1.3', 'adet', 15, 'artis', 'kumulatif', 'F1', 2, [6, 8, 9, 10, 10], [6, 12]], {
                name: 'Yürürlüğe konulan yönerge ve yönetmelik sayısı',
                dataSource: 'Birlik Meclisi ve Encümen kararları',
                values: [2, 2],
                notes: { '2008-H2': 'Çalışma yönetmeliği Birlik Meclisince kabul edildi.' },
              }),
              indicator(['PG1.1.4', '%', 15, 'artis', 'duzey', 'F1', 0, [100, 100, 100, 100, 100], 6], {
                name: 'ISO 9001 belgelendirme çalışmasının tamamlanma oranı',
                dataSource: 'Kalite yönetim sistemi proje planı',
                values: [40, 80],
                deviationReasons: {
                  '2008-H2':
                    'Belgelendirme denetimi, belgelendirme kuruluşunun takvimi nedeniyle 2009 Ocak ayına ertelendi.',
                },
              }),
              indicator(['PG1.1.5', '%', 20, 'artis', 'duzey', 'F1', 25, [50, 60, 70, 80, 90], 6], {
                name: 'En az bir yabancı dili iyi derecede bilen uzman personel oranı',
                dataSource: 'Personel kayıtları, dil sınavı sonuç belgeleri',
                values: [35, 45],
                deviationReasons: {
                  '2008-H2': 'Dil kursu Eylül ayında başladığından iki uzmanın sınavı 2009 yılına kaldı.',
                },
              }),
            ],
          }),
          target('H1.2', 'BASIN', 'Birlik ve Belediyeler arasındaki iletişim ve işbirliğini geliştirmek', {
            collaboratingUnits: ['GENSEK', 'DISILISKI', 'PLANPROJE'],
            risks: [
              'Yerel seçim takviminin ziyaret ve toplantı programını sıkıştırması',
              'Yayın maliyetlerinin artması',
            ],
            activities: [
              activity(
                'F01',
                'GENSEK',
                'İşbirliği ve deneyim paylaşmak amacıyla; üye belediyelerin (276 belediye) tamamına yönelik “gündemli ziyaretler” gerçekleştirmek, ihtiyaç ve sorunlarını tespit etmek ve çözüm geliştirilmesine katkı yapmak.',
                45000,
              ),
              activity(
                'F02',
                'GENSEK',
                'Üye olmayan belediyelerin (140 belediye) Birliğe üye olmalarını sağlamak amacıyla, gündemli ziyaretler gerçekleştirerek, yakınlaşmayı artırmak ve Birliğe üye olmalarını sağlamak.',
                25000,
              ),
              activity(
                'F03',
                'PLANPROJE',
                '“Örnek Belediyecilik Projeleri Yarışması”nı kurumsallaştırarak devam ettirmek.',
                40000,
              ),
              activity(
                'F04',
                'GENSEK',
                'Meclis İhtisas Komisyonları’nın yılda 4 defa düzenli olarak toplanması ve aktif bir şekilde çalışmasını sağlamak.',
                16000,
              ),
              activity(
                'F05',
                'DISILISKI',
                'Üye belediyelerin projelerine hibe fonların sağlanmasına yönelik destekleyici çalışmalar yapmak.',
                20000,
              ),
              activity(
                'F06',
                'BASIN',
                'Üye belediyeler ve diğer belediyeler ile her türlü bilgi akışını ve etkileşimi sağlamak amacıyla Birliğe ait İnternet Sitesini interaktif hale getirmek.',
                30000,
              ),
              activity(
                'F07',
                'GENSEK',
                'Bölge sınırları içindeki illerde sırasıyla aylık encümen toplantıları ve bilgilendirme çalışmaları yapmak.',
                36000,
              ),
              activity(
                'F08',
                'BASIN',
                '2008 yılı sonunda, “Uluslararası Marmara Sempozyumu”nu düzenlemek ve ilgili diğer bilimsel etkinliklere (konferans, sempozyum, panel vb.) katılmak.',
                150000,
                40000,
              ),
              activity(
                'F09',
                'BASIN',
                'Bölgesel, ulusal veya uluslararası nitelikte en az 2 adet fuara katılmak ve üye belediyelerin katılımını teşvik edici çalışmalar yapmak.',
                60000,
              ),
              activity(
                'F10',
                'BASIN',
                'Belediyecilik üzerine, en az 5 adet pratik el kitabı yayımlamak.',
                50000,
              ),
              activity(
                'F11',
                'BASIN',
                'Belediyecilik üzerine, en az 2 adet bilimsel-akademik kitabı yayımlamak.',
                30000,
              ),
              activity(
                'F12',
                'BASIN',
                'Belediyecilik üzerine pratik bilgiler içeren bilgilendirme broşürleri yayımlamak.',
                12000,
              ),
            ],
            costEstimate: [514000, 560000, 600000, 640000, 680000],
            indicators: [
              indicator(
                ['PG1.2.1', 'adet', 25, 'artis', 'donemsel', 'F2', 85, [276, 290, 305, 320, 335], 6],
                {
                  name: 'Gündemli ziyaret yapılan üye belediye sayısı',
                  dataSource: 'Ziyaret raporları',
                  values: [120, 131],
                  deviationReasons: {
                    '2008-H2':
                      'Yerel seçim öncesi yoğun gündem nedeniyle 25 üye belediyenin ziyareti 2009 yılına ertelendi.',
                  },
                },
              ),
              indicator(['PG1.2.2', 'adet', 20, 'artis', 'donemsel', 'F2', 1, [5, 5, 6, 6, 6], 6], {
                name: 'Yayımlanan pratik el kitabı sayısı',
                dataSource: 'Yayın kayıtları',
                values: [2, 3],
              }),
              indicator(['PG1.2.3', 'adet', 10, 'artis', 'donemsel', 'F2', 0, [2, 2, 2, 3, 3], 6], {
                name: 'Yayımlanan bilimsel-akademik kitap sayısı',
                dataSource: 'Yayın kayıtları',
                values: [0, 1],
                deviationReasons: {
                  '2008-H2': 'İkinci kitabın hakem değerlendirmesi tamamlanamadı; baskı 2009 yılına kaldı.',
                },
              }),
              indicator(['PG1.2.4', 'adet', 10, 'artis', 'donemsel', 'F2', 1, [2, 2, 3, 3, 3], 6], {
                name: 'Katılım sağlanan bölgesel, ulusal ve uluslararası fuar sayısı',
                dataSource: 'Basın ve Halkla İlişkiler Birimi etkinlik kayıtları',
                values: [1, 2],
                deviationReasons: {
                  '2008-H2':
                    'Hedef aşıldı: gelen davet üzerine bir uluslararası kent fuarına ek olarak katılım sağlandı.',
                },
              }),
              indicator(['PG1.2.5', 'adet', 15, 'artis', 'donemsel', 'F2', 1, [4, 4, 4, 4, 4], 6], {
                name: 'Meclis ihtisas komisyonlarının toplantı sayısı',
                dataSource: 'Komisyon toplantı tutanakları',
                values: [2, 2],
              }),
              indicator(['PG1.2.6', 'adet', 20, 'artis', 'donemsel', 'F2', 6, [12, 12, 12, 12, 12], 6], {
                name: 'İllerde sırasıyla yapılan encümen toplantısı sayısı',
                dataSource: 'Encümen karar defteri',
                values: [6, 5],
                deviationReasons: {
                  '2008-H2':
                    'Aralık ayı encümen toplantısı Uluslararası Marmara Sempozyumu programı nedeniyle yapılamadı.',
                },
              }),
            ],
          }),
        ],
      ),
      aim(
        'A2',
        'Marmara bölgesinin doğal ve kültürel değerlerinin korunması için, üye belediyelerin faaliyetlerini desteklemek, teşvik etmek.',
        [
          target(
            'H2.1',
            'PLANPROJE',
            'Üye belediyelerin doğal ve kültürel değerleri koruma projelerini desteklemek',
            {
              collaboratingUnits: ['DISILISKI', 'EGITIM'],
              risks: ['Üye belediyelerin proje eş finansmanını sağlayamaması'],
              strategies: [
                'Kıyı kirliliği, atıksu ve tarihi çevre konularında üye belediyelere teknik destek vermek',
                'İyi uygulamaları çalıştaylarla paylaşmak',
              ],
              costEstimate: [90000, 110000, 120000, 130000, 140000],
              indicators: [
                indicator(['PG2.1.1', 'adet', 40, 'artis', 'kumulatif', 'F1', 0, [4, 10, 16, 22, 28], 6], {
                  name: 'Teknik destek verilen çevre ve kültürel miras projesi sayısı',
                  dataSource: 'Plan ve Proje Birimi proje takip listesi',
                  values: [1, 2],
                  deviationReasons: {
                    '2008-H2':
                      'Projelerden biri, belediyenin kamulaştırma süreci tamamlanamadığından başlatılamadı.',
                  },
                }),
                indicator(['PG2.1.2', 'adet', 25, 'artis', 'donemsel', 'F2', 0, [2, 2, 2, 2, 2], 6], {
                  name: 'Marmara Denizi ve kıyı kirliliği konulu düzenlenen çalıştay sayısı',
                  dataSource: 'Çalıştay sonuç raporları',
                  values: [1, 1],
                }),
                indicator(['PG2.1.3', '%', 35, 'artis', 'duzey', 'F1', 38, [42, 48, 55, 62, 70], 12], {
                  name: 'Atıksu arıtma tesisi bulunan üye belediye oranı',
                  dataSource: 'Üye belediye anketi, TÜİK belediye atıksu istatistikleri',
                  values: [41],
                  deviationReasons: {
                    '2008':
                      'İki üye belediyenin arıtma tesisi yatırımı finansman sorunu nedeniyle 2009 yılına sarktı.',
                  },
                }),
              ],
            },
          ),
        ],
      ),
      aim(
        'A3',
        'Demokratik, katılımcı, saydam, hesap verebilir, insan hak ve özgürlüklerini esas alan bir yerel yönetim anlayışının yerleşmesi ve yaygınlaşması için çaba göstermek.',
        [
          target(
            'H3.1',
            'EGITIM',
            'Üye belediyelerde katılımcı ve saydam yönetim uygulamalarını yaygınlaştırmak',
            {
              collaboratingUnits: ['BASIN', 'PLANPROJE'],
              strategies: [
                'Kent konseyi kurmak isteyen üye belediyelere rehberlik etmek',
                '5018 sayılı Kanun kapsamında stratejik plan ve performans programı hazırlayan üye belediyelere teknik destek vermek',
              ],
              costEstimate: [60000, 70000, 75000, 80000, 85000],
              indicators: [
                indicator(['PG3.1.1', 'adet', 40, 'artis', 'kumulatif', 'F1', 12, [25, 40, 55, 70, 85], 6], {
                  name: 'Kent konseyi kurulması ve işletilmesi için destek verilen üye belediye sayısı',
                  dataSource: 'Eğitim Hizmetleri Birimi destek kayıtları',
                  values: [6, 9],
                  deviationReasons: {
                    '2008-H2': 'Hedef aşıldı: 2009 seçimleri öncesinde kent konseyi kurma talepleri arttı.',
                  },
                }),
                indicator(['PG3.1.2', 'adet', 30, 'artis', 'donemsel', 'F2', 14, [18, 22, 25, 28, 30], 12], {
                  name: 'Stratejik plan ve performans programı hazırlığında teknik destek verilen üye belediye sayısı',
                  dataSource: 'Teknik destek protokolleri',
                  values: [18],
                  notes: {
                    '2008': '5018 sayılı Kanun kapsamında planı zorunlu olan belediyelere öncelik verildi.',
                  },
                }),
                indicator(['PG3.1.3', 'adet', 30, 'artis', 'donemsel', 'F2', 2, [4, 4, 5, 5, 6], 6], {
                  name: 'Saydamlık ve hesap verebilirlik konulu düzenlenen seminer sayısı',
                  dataSource: 'Seminer katılım listeleri',
                  values: [2, 1],
                  deviationReasons: {
                    '2008-H2':
                      'Kasım ayında planlanan seminer, katılımcı belediyelerin bütçe görüşmeleri nedeniyle 2009 yılına ertelendi.',
                  },
                }),
              ],
            },
          ),
        ],
      ),
      aim(
        'A4',
        'Şehirciliğin ve belediyeciliğin temel alanlarında, üye belediyelerin seçilmiş temsilcilerine ve personeline sürekli eğitim hizmeti vermek.',
        [
          target('H4.1', 'EGITIM', 'Üye belediyelerin kurumsal yapısına katkı sağlamak', {
            collaboratingUnits: ['DISILISKI', 'HUKUK', 'BASIN'],
            risks: ['Döviz kurundaki artışın yurt dışı programların maliyetini yükseltmesi'],
            activities: [
              activity(
                'F01',
                'EGITIM',
                'Her ay 1 tane olmak üzere, 2008 yılında toplam 12 tane Yurt İçi Eğitim Programı organize etmek.',
                120000,
              ),
              activity(
                'F02',
                'DISILISKI',
                'Her ay 1 tane olmak üzere, 2008 yılında toplam 12 tane Yurt Dışı Teknik İnceleme ve Temas Programı organize etmek.',
                330000,
                240000,
              ),
              activity(
                'F03',
                'EGITIM',
                'Yerel Yönetimler Akademisi Eğitim Programı’nı 2 kur halinde organize etmek.',
                80000,
              ),
              activity(
                'F04',
                'EGITIM',
                '“Birlikte Yerel Yönetim” başlığı altında, aylık bilimsel sohbet toplantıları organize edilecektir (6 kez).',
                18000,
              ),
              activity(
                'F05',
                'EGITIM',
                'Birlik merkezinde, bir Sürekli Eğitim Merkezi kurulacak ve yerel yönetimler konusunda “daimi” nitelikte eğitim etkinlikleri organize edilecektir.',
                75000,
              ),
              activity(
                'F06',
                'HUKUK',
                'Birlik merkezinde, özellikle küçük belediyelerin ihtiyaçlarını karşılamaya yönelik bir “hukuki danışmanlık” birimi oluşturulacaktır.',
                40000,
              ),
              activity(
                'F07',
                'DISILISKI',
                'Birliğin AB ve dış ilişkiler alanında aktif bir şekilde çalışması, özellikle AB ve uluslararası mali destekli projelerin geliştirilmesi, üye belediyelere dış ilişkiler ve proje konusunda destek verilmesi için bir çalışmalar yapılacak, Birlik bünyesinde oluşturulacak AB Ofisi ile, üye belediyelere yönelik “proje danışmanlığı” hizmeti verilecektir.',
                65000,
              ),
              activity(
                'F08',
                'BASIN',
                'Birliğimizce yayınlanan Birlik Dergisi’nin yayın aralığı kısaltılarak 2 ayda 1 kez yayınlanması sağlanacaktır.',
                54000,
              ),
              activity(
                'F09',
                'EGITIM',
                'Birlik Kütüphanesi’ni kurarak, halkın ve uzmanların kullanımına sunmak. Elektronik Kütüphane hizmeti vermek.',
                45000,
              ),
            ],
            costEstimate: [827000, 880000, 940000, 1000000, 1060000],
            indicators: [
              indicator(['PG4.1.1', 'adet', 20, 'artis', 'donemsel', 'F2', 7, [12, 12, 12, 12, 12], 6], {
                name: 'Düzenlenen yurt içi eğitim programı sayısı',
                dataSource: 'Eğitim programı katılım listeleri',
                values: [6, 6],
              }),
              indicator(['PG4.1.2', 'adet', 15, 'artis', 'donemsel', 'F2', 5, [12, 12, 12, 12, 12], 6], {
                name: 'Düzenlenen yurt dışı teknik inceleme ve temas programı sayısı',
                dataSource: 'Program raporları',
                values: [5, 5],
                deviationReasons: {
                  '2008-H2':
                    'Küresel mali kriz nedeniyle katılımcı belediyelerin talebi azaldı; iki program iptal edildi.',
                },
              }),
              indicator(['PG4.1.3', 'adet', 15, 'artis', 'donemsel', 'F2', 1, [2, 2, 2, 2, 2], 6], {
                name: 'Yerel Yönetimler Akademisi kur sayısı',
                dataSource: 'Akademi kayıtları',
                values: [1, 1],
              }),
              indicator(['PG4.1.4', 'adet', 10, 'artis', 'donemsel', 'F2', 0, [6, 6, 8, 8, 10], 6], {
                name: '“Birlikte Yerel Yönetim” bilimsel sohbet toplantısı sayısı',
                dataSource: 'Etkinlik duyuruları ve katılım listeleri',
                values: [3, 3],
              }),
              indicator(
                ['PG4.1.5', 'kişi', 25, 'artis', 'donemsel', 'F2', 1450, [2000, 2200, 2400, 2600, 2800], 6],
                {
                  name: 'Eğitim programlarına katılan seçilmiş temsilci ve personel sayısı',
                  dataSource: 'Eğitim programı katılım listeleri',
                  values: [1010, 1135],
                  deviationReasons: {
                    '2008-H2': 'Hedef aşıldı: Yerel Yönetimler Akademisi ikinci kuruna yoğun başvuru oldu.',
                  },
                },
              ),
              indicator(['PG4.1.6', 'adet', 15, 'artis', 'donemsel', 'F2', 4, [6, 6, 6, 6, 6], 6], {
                name: 'Birlik Dergisinin yıllık sayı adedi',
                dataSource: 'Yayın kayıtları',
                values: [3, 3],
                notes: { '2008-H2': 'Dergi Ocak 2008 sayısından itibaren iki ayda bir yayımlanıyor.' },
              }),
            ],
          }),
        ],
      ),
      aim(
        'A5',
        'Üye belediyelerin yurttaşlara daha kaliteli hizmet vermelerini sağlamak için, hizmet kapasitelerini geliştirici çalışma yapmak, danışmanlık hizmeti sunmak.',
        [
          target(
            'H5.1',
            'HUKUK',
            'Üye belediyelere hukuki danışmanlık ve proje danışmanlığı hizmeti sunmak',
            {
              collaboratingUnits: ['DISILISKI', 'PLANPROJE'],
              risks: ['Danışmanlık talebinin birim kapasitesini aşması'],
              strategies: [
                'Küçük belediyelerin taleplerine öncelik vermek',
                'Sık sorulan konularda örnek görüş arşivi oluşturmak',
              ],
              costEstimate: [70000, 85000, 90000, 95000, 100000],
              indicators: [
                indicator(
                  ['PG5.1.1', 'adet', 40, 'artis', 'donemsel', 'F2', 0, [120, 150, 180, 200, 220], 6],
                  {
                    name: 'Yanıtlanan hukuki danışmanlık talebi sayısı',
                    dataSource: 'Hukuki Danışmanlık Birimi talep kayıtları',
                    values: [38, 71],
                    notes: { '2008-H1': 'Birim Mart 2008’de faaliyete geçti.' },
                    deviationReasons: {
                      '2008-H2':
                        'Hukuki danışmanlık birimi Mart ayında faaliyete geçtiğinden ilk yarıda talep sınırlı kaldı.',
                    },
                  },
                ),
                indicator(['PG5.1.2', 'gün', 30, 'azalis', 'duzey', 'F1', 15, [10, 8, 7, 6, 5], 6], {
                  name: 'Hukuki görüş taleplerinin ortalama yanıt süresi',
                  dataSource: 'Hukuki Danışmanlık Birimi talep kayıtları',
                  values: [12, 9],
                  deviationReasons: {
                    '2008-H2': 'Hedef aşıldı: sık sorulan konular için örnek görüş arşivi oluşturuldu.',
                  },
                }),
                indicator(['PG5.1.3', '%', 30, 'artis', 'duzey', 'F1', 72, [75, 78, 80, 82, 85], 12], {
                  name: 'Danışmanlık hizmetinden memnun olan üye belediye oranı',
                  dataSource: 'Yıl sonu üye belediye memnuniyet anketi',
                  values: [74],
                  notes: { '2008': 'Ankete 184 üye belediye yanıt verdi.' },
                  deviationReasons: {
                    '2008':
                      'Danışmanlık birimi yılın ilk çeyreğinde personel eksikliği yaşadı; yanıt süreleri uzadı.',
                  },
                }),
              ],
            },
          ),
        ],
      ),
      aim(
        'A6',
        'Üyelerini çeşitli platformlarda temsil etmek, onların sesi olmak, hak ve çıkarlarını savunmak.',
        [
          target('H6.1', 'GENSEK', 'Mevzuat çalışmalarına destek vermek', {
            collaboratingUnits: ['HUKUK', 'BASIN'],
            risks: ['Mevzuat taslaklarının görüş için kısa süre tanınarak gönderilmesi'],
            activities: [
              activity(
                'F01',
                'GENSEK',
                'Merkezi idare tarafından hazırlanan mahalli idarelere yönelik mevzuat çalışmalarına destek vermek, katkı sağlamak ve üye belediyelerin çıkarları doğrultusunda gerekli girişimlerde bulunmak.',
                30000,
              ),
            ],
            costEstimate: [30000, 35000, 40000, 45000, 50000],
            indicators: [
              indicator(['PG6.1.1', 'adet', 40, 'artis', 'donemsel', 'F2', 6, [8, 8, 10, 10, 12], 6], {
                name: 'Görüş ve öneri sunulan mevzuat taslağı sayısı',
                dataSource: 'Genel Sekreterlik yazışma kayıtları',
                values: [5, 4],
                deviationReasons: {
                  '2008-H2':
                    'Hedef aşıldı: yılın ikinci yarısında mahalli idarelere ilişkin ek taslaklar için görüş istendi.',
                },
              }),
              indicator(['PG6.1.2', 'adet', 30, 'artis', 'donemsel', 'F2', 40, [60, 70, 80, 90, 100], 12], {
                name: 'Mevzuat çalışmalarında görüşü alınan üye belediye sayısı',
                dataSource: 'Görüş toplama anketleri',
                values: [52],
                deviationReasons: {
                  '2008':
                    'Görüş toplama dönemi bütçe hazırlık dönemine denk geldiğinden yanıt oranı düşük kaldı.',
                },
              }),
              indicator(['PG6.1.3', 'adet', 30, 'artis', 'donemsel', 'F2', 18, [20, 22, 24, 26, 28], 6], {
                name: 'Birliğin ulusal ve uluslararası platformlarda temsil edildiği toplantı sayısı',
                dataSource: 'Görevlendirme kayıtları',
                values: [11, 9],
              }),
            ],
          }),
        ],
      ),
      aim(
        'A7',
        'Avrupa Birliği’ne katılım müzakerelerinde, üyelerin AB müktesebatına uyum sağlamalarını temin edici çalışmalara katılmak ve katkıda bulunmak.',
        [
          target(
            'H7.1',
            'DISILISKI',
            'Üye belediyelerin AB müktesebatına uyumunu ve AB mali destekli projelerini desteklemek',
            {
              collaboratingUnits: ['PLANPROJE', 'EGITIM'],
              risks: ['Hibe programı çağrılarının ertelenmesi'],
              strategies: [
                'Çevre ve yerel yönetim fasıllarındaki uyum yükümlülükleri hakkında üye belediyeleri bilgilendirmek',
                'AB Ofisi aracılığıyla proje danışmanlığı vermek',
              ],
              costEstimate: [95000, 110000, 120000, 130000, 140000],
              indicators: [
                indicator(['PG7.1.1', 'adet', 50, 'artis', 'donemsel', 'F2', 5, [10, 12, 14, 16, 18], 6], {
                  name: 'AB ve uluslararası mali destek programlarına başvurusu desteklenen üye belediye projesi sayısı',
                  dataSource: 'AB Ofisi proje takip listesi',
                  values: [3, 4],
                  deviationReasons: {
                    '2008-H2':
                      'Çağrı takvimleri ertelendiğinden iki hibe programına başvuru 2009 yılına kaldı.',
                  },
                }),
                indicator(['PG7.1.2', 'adet', 25, 'artis', 'donemsel', 'F2', 2, [4, 4, 6, 6, 6], 6], {
                  name: 'AB müktesebatına uyum konulu düzenlenen bilgilendirme toplantısı sayısı',
                  dataSource: 'Toplantı katılım listeleri',
                  values: [2, 2],
                }),
                indicator(
                  ['PG7.1.3', 'adet', 25, 'artis', 'kumulatif', 'F1', 3, [5, 7, 9, 11, 13], [6, 12]],
                  {
                    name: 'Kurulan uluslararası belediye ortaklığı ve ağ üyeliği sayısı',
                    dataSource: 'Ortaklık protokolleri',
                    values: [1, 1],
                  },
                ),
              ],
            },
          ),
        ],
      ),
    ],
  },
);
