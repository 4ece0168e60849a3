import type { EvaluationTexts } from '../../contracts/activity-report.js';

/**
 * The Marmara Belediyeler Birliği's 2008 activity report (issue 14), written from its "2008 yılı
 * hedeflerimiz" (seed 001) and the deviations its 2008 values show: the measures each responsible
 * unit took or plans per target, the yearly evaluation of the four yearly targets' indicators,
 * and how the performance information was gathered. Loaded as the units and the planner would
 * write it: measures submitted and approved, the evaluation written.
 */
export interface DemoActivityReport {
  year: number;
  measures: Record<string, string>;
  /** Per target: the criteria's texts every indicator of it shares, then each indicator's own. */
  evaluation: Record<
    string,
    { shared: Partial<EvaluationTexts>; indicators: Record<string, Partial<EvaluationTexts>> }
  >;
  informationSystem: string;
}

export const MARMARA_ACTIVITY_REPORT: DemoActivityReport = {
  year: 2008,
  measures: {
    'H1.1':
      'Birlik alacaklarının tahsili için üye belediyelere yazılı hatırlatma yapıldı, yasal takip başlatıldı. Şehir plancısı kadrosu için ilan yenilendi; ' +
      'iki uzmanın yabancı dil sınavı 2009 yılının ilk yarısına planlandı. Plan ve Proje Birimi ile Eğitim Hizmetleri Birimi için görev tanımları tamamlanacak.',
    'H1.2':
      'Birlik bülteninin dağıtım listesi 416 belediyeyi kapsayacak şekilde güncellendi. Hakem değerlendirmesi tamamlanamayan ikinci kitap 2009 yılının ilk çeyreğinde basılacak; ' +
      'belediye başkanları toplantısı iki dönemde yapılacak.',
    'H2.1':
      'Çevre ve kültür varlıkları çalışmalarında üye belediyelerle ortak proje başvuruları 2009 programına alındı.',
    'H3.1':
      'Kent konseyi kurma talepleri için danışmanlık takvimi hazırlandı; stratejik planı zorunlu olan belediyelere öncelik verildi.',
    'H4.1':
      'Eğitim programları salon ve eğitmen planlamasıyla yıl başında ilan edilecek; en az 5 el kitabının hazırlanması için yazar ve hakem havuzu oluşturuldu. ' +
      'Yerel Yönetimler Akademisi ikinci kuruna yoğun başvuru nedeniyle kontenjan artırıldı.',
    'H5.1':
      'Danışmanlık taleplerine yanıt süresini kısaltmak için başvurular tek bir kayıtta izlenmeye başlandı.',
    'H6.1':
      'Mevzuat taslaklarına görüş hazırlamak için üye belediyelerin hukuk müşavirleriyle çalışma grubu kuruldu; görüşler Birlik Meclisi takvimine bağlandı.',
  },
  evaluation: {
    'H1.1': {
      shared: {
        relevance:
          'Birliğin kurumsal kapasitesi üyelere destek vermenin ön koşulu olmaya devam ediyor; tespitler değişmedi, hedef korunmalı.',
        efficiency:
          'Personel alımındaki gecikme öngörülmeyen bir maliyet doğurmadı; maliyet tablosunda değişiklik gerekmiyor.',
        sustainability:
          'Alacakların tahsil edilememesi hedefin sürdürülmesini tehdit eden başlıca risk olarak sürüyor.',
      },
      indicators: {
        'PG1.1.1': {
          effectiveness: 'Üye sayısı artsa da 2008 hedefine ulaşılamadı; üyelik kampanyası sürdürülmeli.',
        },
        'PG1.1.3': {
          effectiveness: 'Uzman sayısı dil sınavının ertelenmesi nedeniyle hedefin altında kaldı.',
        },
      },
    },
    'H1.2': {
      shared: {
        relevance:
          'Belediyelerle iletişim ihtiyacı artıyor; bülten ve toplantılar hedefin dayanağı olmaya devam ediyor.',
        effectiveness:
          'Bülten ve toplantı hedeflerinin çoğuna ulaşıldı; yayın hedefi baskı gecikmesiyle 2009 yılına kaldı.',
        efficiency: 'Basım maliyetleri öngörülen sınırlar içinde kaldı.',
        sustainability: 'Hakem süreçlerinin uzaması yayın hedefleri için risk; takvim erkene çekilmeli.',
      },
      indicators: {},
    },
    'H4.1': {
      shared: {
        relevance:
          'Üye belediyelerin eğitim ihtiyacı 2009 yerel seçimleri öncesinde arttı; hedef değişmeden sürmeli.',
        effectiveness:
          '12 eğitim programı ve el kitapları hedefinin önemli kısmı gerçekleşti; katılımcı sayısı hedefi aşıldı.',
        efficiency: 'Eğitimlerin üye belediyelerin salonlarında yapılması maliyeti düşürdü.',
        sustainability: 'Eğitmen bulma güçlüğü sürüyor; eğitmen havuzu genişletilmeli.',
        impact:
          'Eğitim alan belediye personelinin proje hazırlama kapasitesinin arttığı üye belediyelerden gelen geri bildirimlerle görüldü.',
      },
      indicators: {},
    },
    'H6.1': {
      shared: {
        relevance: 'Yerel yönetim mevzuatındaki değişiklikler sürdüğü için hedef ilgisini koruyor.',
        effectiveness:
          'Mevzuat görüşlerinin sayısı hedefe ulaştı; görüşlerin kanun yapım sürecine etkisi ayrıca izlenmeli.',
        efficiency: 'Çalışmalar Birlik personeliyle yürütüldü; ek maliyet doğmadı.',
        sustainability:
          'Hukuk müşavirlerinin katılımına bağlı olması bir risk; çalışma grubu kalıcı hâle getirilmeli.',
      },
      indicators: {},
    },
  },
  informationSystem:
    'Performans verileri birimlerce altı ayda bir Pusula’ya girildi, Genel Sekreterlikçe onaylandı. Veri kaynakları (üyelik kayıtları, ' +
    'eğitim katılım listeleri, yayın ve toplantı tutanakları) her gösterge için belirtildi. Yıllık ölçülen göstergelerin verisi yıl sonunda ' +
    'toplandığından altı aylık izlemede bu göstergeler değerlendirme dışında kaldı; 2009 yılında veri toplama takvimi birimlere önceden duyurulacak.',
};
