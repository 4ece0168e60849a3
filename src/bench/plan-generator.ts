/**
 * Synthetic plan documents for benchmarks and load tests ("pusula.plan/v1").
 *
 * Pure and deterministic: every random choice comes from a small seeded PRNG (mulberry32), so
 * the same call always returns the same document. The documents obey the hard rules of
 * domain.md section 5 that the import enforces: 5 consecutive years, codes under their parents,
 * one responsible unit per target (never also a collaborator), a baseline and five yearly
 * targets per indicator, integer weights summing to exactly 100 per target, values keyed by
 * the entry periods of the indicator's monitoring frequency, yearly targets moving in the
 * indicator's direction, and a deviation reason wherever a year-end actual C differs from B.
 */
import type {
  AimDoc,
  Direction,
  IndicatorDoc,
  Method,
  PlanDocument,
  ResourceDoc,
  TargetDoc,
  UnitDoc,
  ValueDoc,
  ValueType,
  YearAmounts,
} from '../contracts/plan-document.js';

const START_YEAR = 2025;
const END_YEAR = 2029;
const PLAN_YEARS = [2025, 2026, 2027, 2028, 2029];

// ---------------------------------------------------------------------------------------------
// Seeded PRNG

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and fully reproducible. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)],
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Integer weights that sum to exactly 100: random shares, rounded by largest remainder, each
 * at least 1.
 */
export function integerWeights(count: number, rng: Rng): number[] {
  if (!Number.isInteger(count) || count < 1 || count > 100)
    throw new RangeError(`weights for ${count} indicators`);
  const raw = Array.from({ length: count }, () => rng.int(4, 20));
  const total = raw.reduce((sum, value) => sum + value, 0);
  const spare = 100 - count; // everyone gets 1 first, the rest is shared out
  const exact = raw.map((value) => (value / total) * spare);
  const weights = exact.map((value) => 1 + Math.floor(value));
  let left = 100 - weights.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % count, left -= 1) weights[order[k].index] += 1;
  return weights;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface IndicatorTemplate {
  name: string;
  unit: string;
  valueType: ValueType;
  direction: Direction;
  /** Baseline range (integers). */
  baseline: [number, number];
  /** Yearly change of the target (integers): level step, flow step or planned yearly addition. */
  step: [number, number];
  dataSource: string;
}

const t = (
  name: string,
  unit: string,
  valueType: ValueType,
  direction: Direction,
  baseline: [number, number],
  step: [number, number],
  dataSource: string,
): IndicatorTemplate => ({ name, unit, valueType, direction, baseline, step, dataSource });

const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  t('Hizmetten memnuniyet oranı', '%', 'duzey', 'artis', [55, 78], [1, 3], 'Yıllık memnuniyet anketi'),
  t('Toplu taşıma kullanım oranı', '%', 'duzey', 'artis', [18, 40], [1, 3], 'Akıllı kart verileri'),
  t('Engelli erişimine uygun durak oranı', '%', 'duzey', 'artis', [30, 60], [2, 6], 'Durak envanteri'),
  t(
    'E-belediye üzerinden yapılan işlemlerin oranı',
    '%',
    'duzey',
    'artis',
    [25, 55],
    [2, 6],
    'e-Belediye kayıtları',
  ),
  t('Afet farkındalık eğitimi almış hane oranı', '%', 'duzey', 'artis', [10, 35], [2, 5], 'Eğitim kayıtları'),
  t('Kişi başına düşen aktif yeşil alan', 'm²', 'duzey', 'artis', [6, 12], [1, 1], 'Park envanteri'),
  t(
    'Evde bakım hizmeti verilen kişi sayısı',
    'kişi',
    'duzey',
    'artis',
    [800, 2400],
    [60, 180],
    'Hizmet kayıtları',
  ),
  t(
    'Faal kreş ve gündüz bakımevi kapasitesi',
    'çocuk',
    'duzey',
    'artis',
    [400, 1500],
    [40, 120],
    'Kreş kayıtları',
  ),
  t(
    'Şikâyetlerin ortalama sonuçlanma süresi',
    'gün',
    'duzey',
    'azalis',
    [12, 30],
    [1, 2],
    'Çözüm merkezi kayıtları',
  ),
  t(
    'İtfaiyenin olay yerine ortalama ulaşma süresi',
    'saniye',
    'duzey',
    'azalis',
    [420, 720],
    [10, 30],
    'İtfaiye olay kayıtları',
  ),
  t(
    'PM10 yıllık ortalama değeri',
    'µg/m³',
    'duzey',
    'azalis',
    [38, 70],
    [1, 3],
    'Hava kalitesi ölçüm istasyonları',
  ),
  t(
    'Yapı ruhsatı ortalama sonuçlanma süresi',
    'gün',
    'duzey',
    'azalis',
    [20, 45],
    [1, 3],
    'e-İmar kayıtları',
  ),
  t(
    'Ortalama toplu taşıma bekleme süresi',
    'dakika',
    'duzey',
    'azalis',
    [12, 25],
    [1, 2],
    'Araç takip sistemi',
  ),
  t(
    'Mikrobiyolojik olarak uygun içme suyu numunesi oranı',
    '%',
    'duzey',
    'koruma',
    [100, 100],
    [0, 0],
    'Laboratuvar raporları',
  ),
  t(
    'Yasal sürede yanıtlanan bilgi edinme başvurusu oranı',
    '%',
    'duzey',
    'koruma',
    [100, 100],
    [0, 0],
    'CİMER ve bilgi edinme kayıtları',
  ),
  t(
    'Acil çağrılara yanıt verilme oranı',
    '%',
    'duzey',
    'koruma',
    [100, 100],
    [0, 0],
    'Çağrı merkezi kayıtları',
  ),
  t(
    'Yapılan bisiklet yolu uzunluğu',
    'km',
    'kumulatif',
    'artis',
    [20, 90],
    [8, 20],
    'Ulaşım yatırım kayıtları',
  ),
  t('Dikilen ağaç sayısı', 'adet', 'kumulatif', 'artis', [0, 0], [8000, 20000], 'Dikim kayıtları'),
  t(
    'Dönüşümü tamamlanan riskli yapı sayısı',
    'adet',
    'kumulatif',
    'artis',
    [150, 900],
    [80, 250],
    'Kentsel dönüşüm kayıtları',
  ),
  t('Akıllı kavşak sayısı', 'adet', 'kumulatif', 'artis', [20, 80], [8, 20], 'Trafik yönetim merkezi'),
  t(
    'Yenilenen yağmur suyu hattı uzunluğu',
    'km',
    'kumulatif',
    'artis',
    [0, 0],
    [15, 40],
    'Altyapı yatırım kayıtları',
  ),
  t(
    'Güneş enerjisi santrali kurulu gücü',
    'kW',
    'kumulatif',
    'artis',
    [500, 4000],
    [300, 1200],
    'Enerji yönetim birimi',
  ),
  t(
    'Elektrikli araç şarj istasyonu sayısı',
    'adet',
    'kumulatif',
    'artis',
    [10, 60],
    [10, 30],
    'Şarj istasyonu envanteri',
  ),
  t('Yapılan spor tesisi sayısı', 'adet', 'kumulatif', 'artis', [40, 120], [3, 8], 'Tesis envanteri'),
  t(
    'Düzenlenen kültür-sanat etkinliği sayısı',
    'adet',
    'donemsel',
    'artis',
    [250, 600],
    [10, 40],
    'Etkinlik takvimi',
  ),
  t(
    'Spor okullarına katılan öğrenci sayısı',
    'kişi',
    'donemsel',
    'artis',
    [6000, 15000],
    [300, 900],
    'Spor okulu kayıtları',
  ),
  t('Verilen afet eğitimi sayısı', 'adet', 'donemsel', 'artis', [120, 400], [10, 30], 'Eğitim kayıtları'),
  t(
    'Üreticilere dağıtılan fide sayısı',
    'adet',
    'donemsel',
    'artis',
    [200000, 800000],
    [20000, 60000],
    'Tarımsal destek kayıtları',
  ),
  t(
    'Serilen sıcak asfalt miktarı',
    'ton',
    'donemsel',
    'artis',
    [250000, 600000],
    [10000, 30000],
    'Hakediş kayıtları',
  ),
  t(
    'Yapılan işyeri denetimi sayısı',
    'adet',
    'donemsel',
    'artis',
    [15000, 40000],
    [800, 2000],
    'Zabıta denetim tutanakları',
  ),
  t(
    'Geri kazanılan ambalaj atığı miktarı',
    'ton',
    'donemsel',
    'artis',
    [9000, 25000],
    [800, 2500],
    'Kantar kayıtları',
  ),
  t('Personel başına eğitim süresi', 'saat', 'donemsel', 'artis', [8, 20], [1, 3], 'Eğitim yönetim sistemi'),
  t(
    'Kavşaklarda meydana gelen trafik kazası sayısı',
    'adet',
    'donemsel',
    'azalis',
    [900, 2200],
    [30, 90],
    'Emniyet trafik verileri',
  ),
  t(
    'Düzenli depolamaya giden evsel atık miktarı',
    'ton',
    'donemsel',
    'azalis',
    [400000, 900000],
    [10000, 30000],
    'Kantar kayıtları',
  ),
  t(
    'Tespit edilen kaçak yapı sayısı',
    'adet',
    'donemsel',
    'azalis',
    [300, 900],
    [20, 50],
    'Zabıta ve imar tutanakları',
  ),
  t(
    'Bilgi sistemlerinde plansız kesinti süresi',
    'saat',
    'donemsel',
    'azalis',
    [60, 160],
    [5, 15],
    'Sistem izleme kayıtları',
  ),
];

const REASONS_BEHIND = [
  'İhale süreci uzadı.',
  'Yüklenici firmanın iş programındaki gecikme nedeniyle işler yıl sonuna yetişmedi.',
  'Ödenek yetersizliği nedeniyle yatırımın bir bölümü sonraki yıla aktarıldı.',
  'Kamulaştırma süreci tamamlanamadı.',
  'Olumsuz hava koşulları nedeniyle saha çalışmaları durdu.',
  'Malzeme tedarikinde gecikme yaşandı.',
  'Personel eksikliği nedeniyle planlanan kapasiteye ulaşılamadı.',
  'İlgili kurumlardan alınması gereken izinler gecikti.',
];

const REASONS_AHEAD = [
  'Hedef aşıldı: ek ödenek tahsis edildi.',
  'Hedef aşıldı: dış kaynaklı hibe ile ek çalışma yapıldı.',
  'Hedef aşıldı: vatandaş talebi beklenenin üzerinde gerçekleşti.',
  'Hedef aşıldı: süreçlerin dijitalleştirilmesiyle kapasite arttı.',
  'Hedef aşıldı: önceki yıldan devreden işler tamamlandı.',
];

const NOTES = [
  'Veriler birim kayıtlarından derlendi.',
  'Dönem sonu itibarıyla geçici veridir.',
  'Saha ölçümleriyle doğrulandı.',
];

const RISKS = [
  'İhale süreçlerinin uzaması',
  'İnşaat maliyetlerindeki artış',
  'Kamulaştırma gecikmeleri',
  'Nitelikli personel eksikliği',
  'Kurumlar arası koordinasyon eksikliği',
  'Afet ve olağanüstü durumlar',
];

const STRATEGIES = [
  'İlgili kamu kurumlarıyla protokoller yaparak iş birliği sağlanacak.',
  'Yatırımlar ihtiyaç analizine göre önceliklendirilecek.',
  'Dış kaynaklı hibe ve kredi imkânları kullanılacak.',
  'Hizmet süreçleri dijital ortama taşınacak.',
  'Vatandaş geri bildirimleri düzenli olarak değerlendirilecek.',
];

interface Theme {
  aim: string;
  units: string[];
  targets: [string, string, string, string, string];
}

const METROPOLITAN_UNITS: UnitDoc[] = [
  { code: 'ULASIM', name: 'Ulaşım Dairesi Başkanlığı' },
  { code: 'RAYLI', name: 'Raylı Sistemler Dairesi Başkanlığı' },
  { code: 'FEN', name: 'Fen İşleri Dairesi Başkanlığı' },
  { code: 'CEVRE', name: 'Çevre Koruma ve Kontrol Dairesi Başkanlığı' },
  { code: 'ATIK', name: 'Atık Yönetimi Dairesi Başkanlığı' },
  { code: 'PARK', name: 'Park ve Bahçeler Dairesi Başkanlığı' },
  { code: 'DEPREM', name: 'Deprem Risk Yönetimi ve Kentsel İyileştirme Dairesi Başkanlığı' },
  { code: 'ITFAIYE', name: 'İtfaiye Dairesi Başkanlığı' },
  { code: 'IMAR', name: 'İmar ve Şehircilik Dairesi Başkanlığı' },
  { code: 'EMLAK', name: 'Emlak ve İstimlak Dairesi Başkanlığı' },
  { code: 'SOSYAL', name: 'Sosyal Hizmetler Dairesi Başkanlığı' },
  { code: 'SAGLIK', name: 'Sağlık İşleri Dairesi Başkanlığı' },
  { code: 'KULTUR', name: 'Kültür ve Sosyal İşler Dairesi Başkanlığı' },
  { code: 'SPOR', name: 'Gençlik ve Spor Hizmetleri Dairesi Başkanlığı' },
  { code: 'TARIM', name: 'Tarımsal Hizmetler Dairesi Başkanlığı' },
  { code: 'ZABITA', name: 'Zabıta Dairesi Başkanlığı' },
  { code: 'BILGI', name: 'Bilgi İşlem Dairesi Başkanlığı' },
  { code: 'STRATEJI', name: 'Strateji Geliştirme Dairesi Başkanlığı' },
  { code: 'MALI', name: 'Mali Hizmetler Dairesi Başkanlığı' },
  { code: 'IK', name: 'İnsan Kaynakları ve Eğitim Dairesi Başkanlığı' },
  { code: 'DESTEK', name: 'Destek Hizmetleri Dairesi Başkanlığı' },
];

const METROPOLITAN_THEMES: Theme[] = [
  {
    aim: 'Erişilebilir, güvenli ve sürdürülebilir bir ulaşım sistemi kurmak',
    units: ['ULASIM', 'RAYLI'],
    targets: [
      'Toplu taşımanın payını artırmak',
      'Raylı sistem ağını genişletmek',
      'Trafik güvenliğini artırmak',
      'Bisiklet ve yaya ulaşımını yaygınlaştırmak',
      'Akıllı ulaşım sistemlerini geliştirmek',
    ],
  },
  {
    aim: 'Kentsel altyapıyı güçlendirmek',
    units: ['FEN'],
    targets: [
      'Yol ağının standardını yükseltmek',
      'Yağmur suyu altyapısını yenilemek',
      'Köprülü kavşak ve alt geçitleri tamamlamak',
      'Kırsal mahallelerin yol erişimini iyileştirmek',
      'Altyapı kazılarını koordinasyonla azaltmak',
    ],
  },
  {
    aim: 'Çevreyi korumak ve iklim değişikliğine uyum sağlamak',
    units: ['CEVRE', 'ATIK'],
    targets: [
      'Hava kalitesini iyileştirmek',
      'Sıfır atık uygulamalarını yaygınlaştırmak',
      'Yenilenebilir enerji kullanımını artırmak',
      'Düzenli depolanan atık miktarını azaltmak',
      'İklim eylem planını uygulamak',
    ],
  },
  {
    aim: 'Yeşil alanları ve rekreasyon olanaklarını artırmak',
    units: ['PARK'],
    targets: [
      'Kişi başına yeşil alanı artırmak',
      'Kent ormanları ve ağaçlandırma alanları oluşturmak',
      'Kıyı ve dere yataklarını rekreasyona açmak',
      'Parkların erişilebilirliğini artırmak',
      'Yeşil alan bakım kalitesini yükseltmek',
    ],
  },
  {
    aim: 'Afetlere dirençli bir kent oluşturmak',
    units: ['DEPREM', 'ITFAIYE'],
    targets: [
      'Riskli yapı stokunu dönüştürmek',
      'Afet toplanma alanlarını hazır hale getirmek',
      'İtfaiye müdahale süresini kısaltmak',
      'Toplumun afet farkındalığını artırmak',
      'Kritik altyapının afet dayanımını artırmak',
    ],
  },
  {
    aim: 'Planlı ve kimlikli bir kentleşme sağlamak',
    units: ['IMAR', 'EMLAK'],
    targets: [
      'Üst ölçekli planları tamamlamak',
      'İmar hizmetlerini hızlandırmak',
      'Kaçak yapılaşmayı önlemek',
      'Tarihi kent dokusunu korumak',
      'Kamulaştırma süreçlerini hızlandırmak',
    ],
  },
  {
    aim: 'Sosyal hizmetlerde kapsayıcılığı artırmak',
    units: ['SOSYAL', 'SAGLIK'],
    targets: [
      'Yaşlı ve engelli bireylere evde bakım hizmetini yaygınlaştırmak',
      'Kreş ve gündüz bakımevi kapasitesini artırmak',
      'Sosyal yardımlarda hakkaniyeti sağlamak',
      'Koruyucu sağlık hizmetlerini yaygınlaştırmak',
      'Kadın ve çocuklara yönelik destek hizmetlerini geliştirmek',
    ],
  },
  {
    aim: 'Kültür ve sanat yaşamını zenginleştirmek',
    units: ['KULTUR'],
    targets: [
      'Kültür-sanat etkinliklerini mahallelere yaymak',
      'Kent müzelerini ve kütüphaneleri geliştirmek',
      'Somut olmayan kültürel mirası yaşatmak',
      'Kültür turizmini desteklemek',
      'Kültür merkezlerinin kullanımını artırmak',
    ],
  },
  {
    aim: 'Gençlerin ve sporun gelişimini desteklemek',
    units: ['SPOR'],
    targets: [
      'Spor tesislerini yaygınlaştırmak',
      'Spor okullarına katılımı artırmak',
      'Gençlik merkezlerinin hizmetlerini geliştirmek',
      'Amatör spor kulüplerini desteklemek',
      'Engelli sporunu yaygınlaştırmak',
    ],
  },
  {
    aim: 'Kırsal kalkınmayı ve yerel ekonomiyi desteklemek',
    units: ['TARIM', 'ZABITA'],
    targets: [
      'Üreticilere tarımsal destek sağlamak',
      'Yerel ürünlerin pazara erişimini kolaylaştırmak',
      'Semt pazarlarında denetimi etkinleştirmek',
      'Kırsal mahallelerde sulama altyapısını geliştirmek',
      'Kooperatifleşmeyi teşvik etmek',
    ],
  },
  {
    aim: 'Dijital dönüşümle hizmet kalitesini yükseltmek',
    units: ['BILGI'],
    targets: [
      'E-belediye hizmetlerini yaygınlaştırmak',
      'Akıllı şehir uygulamalarını hayata geçirmek',
      'Bilgi güvenliğini güçlendirmek',
      'Açık veri portalını geliştirmek',
      'Kurumsal veri yönetimini iyileştirmek',
    ],
  },
  {
    aim: 'Katılımcı, şeffaf ve mali açıdan güçlü bir yönetim oluşturmak',
    units: ['MALI', 'STRATEJI', 'IK', 'DESTEK'],
    targets: [
      'Öz gelirleri artırmak',
      'Stratejik yönetim ve izleme sistemini güçlendirmek',
      'Personelin yetkinliklerini geliştirmek',
      'Vatandaş katılımını artırmak',
      'Kaynak kullanımında verimliliği artırmak',
    ],
  },
];

const MEMBER_UNITS: UnitDoc[] = [
  { code: 'FEN', name: 'Fen İşleri Müdürlüğü' },
  { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
  { code: 'TEMIZLIK', name: 'Temizlik İşleri Müdürlüğü' },
  { code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
  { code: 'IMAR', name: 'İmar ve Şehircilik Müdürlüğü' },
  { code: 'SOSYAL', name: 'Sosyal Yardım İşleri Müdürlüğü' },
  { code: 'KULTUR', name: 'Kültür ve Sosyal İşler Müdürlüğü' },
  { code: 'BILGI', name: 'Bilgi İşlem Müdürlüğü' },
  { code: 'STRATEJI', name: 'Strateji Geliştirme Müdürlüğü' },
  { code: 'MALI', name: 'Mali Hizmetler Müdürlüğü' },
];

const MEMBER_THEMES: Theme[] = [
  {
    aim: 'Kentsel altyapıyı ve imar hizmetlerini geliştirmek',
    units: ['FEN', 'IMAR'],
    targets: [
      'Yol ve kaldırımları yenilemek',
      'İmar hizmetlerini hızlandırmak',
      'Yağmur suyu hatlarını genişletmek',
      'Kaçak yapılaşmayı önlemek',
      'Kırsal yolları iyileştirmek',
    ],
  },
  {
    aim: 'Temiz ve yeşil bir kent oluşturmak',
    units: ['PARK', 'TEMIZLIK'],
    targets: [
      'Yeşil alanları artırmak',
      'Atık toplama hizmetini iyileştirmek',
      'Sıfır atık uygulamalarını yaygınlaştırmak',
      'Parkların bakımını iyileştirmek',
      'Ağaçlandırma yapmak',
    ],
  },
  {
    aim: 'Sosyal dayanışmayı güçlendirmek',
    units: ['SOSYAL'],
    targets: [
      'Evde bakım hizmetini yaygınlaştırmak',
      'Sosyal yardımları hızlandırmak',
      'Engelli bireylere destek sağlamak',
      'Kadın ve çocuklara yönelik hizmetleri geliştirmek',
      'Yaşlılara yönelik hizmetleri geliştirmek',
    ],
  },
  {
    aim: 'Kültür, sanat ve spor olanaklarını artırmak',
    units: ['KULTUR'],
    targets: [
      'Kültür-sanat etkinliklerini artırmak',
      'Spor faaliyetlerine katılımı artırmak',
      'Kurs merkezlerini yaygınlaştırmak',
      'Kültürel mirası korumak',
      'Gençlik hizmetlerini geliştirmek',
    ],
  },
  {
    aim: 'Etkin, şeffaf ve katılımcı bir yönetim oluşturmak',
    units: ['MALI', 'STRATEJI', 'BILGI', 'ZABITA'],
    targets: [
      'Öz gelirleri artırmak',
      'E-belediye hizmetlerini yaygınlaştırmak',
      'İzleme ve değerlendirme sistemini güçlendirmek',
      'Kent düzenini sağlamak',
      'Vatandaş memnuniyetini artırmak',
    ],
  },
];

const MEMBER_TOWNS = [
  'Gölyaka',
  'Sapanca',
  'Gemlik',
  'Orhangazi',
  'Kartepe',
  'Gölcük',
  'Karamürsel',
  'Derince',
  'Körfez',
  'Çayırova',
  'Dilovası',
  'Darıca',
  'Çiftlikköy',
  'Altınova',
  'Termal',
  'Armutlu',
  'Çınarcık',
  'Yenişehir',
  'İnegöl',
  'Mudanya',
  'Bandırma',
  'Erdek',
  'Gönen',
  'Biga',
  'Çan',
  'Lapseki',
  'Gelibolu',
  'Keşan',
  'Uzunköprü',
  'Havsa',
  'Lüleburgaz',
  'Babaeski',
  'Vize',
  'Saray',
  'Çorlu',
  'Çerkezköy',
  'Ergene',
  'Malkara',
  'Hayrabolu',
  'Şarköy',
  'Pamukova',
  'Geyve',
  'Akyazı',
  'Hendek',
  'Karasu',
  'Kocaali',
  'Ferizli',
  'Söğütlü',
  'Osmaneli',
  'Bozüyük',
];

const CORE_VALUES = [
  {
    title: 'Şeffaflık ve Hesap Verebilirlik',
    description: 'Kararlarımızı ve sonuçlarını kamuoyuyla açıkça paylaşırız.',
  },
  { title: 'Katılımcılık', description: 'Hizmetleri hemşehrilerimizle birlikte planlarız.' },
  { title: 'Erişilebilirlik', description: 'Hizmetlerimizi herkesin kolayca ulaşabileceği biçimde sunarız.' },
  { title: 'Sürdürülebilirlik', description: 'Kaynakları gelecek kuşakları gözeterek kullanırız.' },
  { title: 'Verimlilik', description: 'Kamu kaynaklarını etkin ve verimli kullanırız.' },
];

// ---------------------------------------------------------------------------------------------
// Indicators and values

interface YearOutcome {
  entries: Record<string, ValueDoc>;
}

function clampPercent(unit: string, value: number): number {
  return unit === '%' ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
}

/** Yearly targets moving the template's way from the baseline (never past 0, or 100 for %). */
function yearlyTargets(template: IndicatorTemplate, baseline: number, step: number): Record<string, number> {
  const targets: Record<string, number> = {};
  PLAN_YEARS.forEach((year, index) => {
    const move = step * (index + 1);
    const value =
      template.direction === 'koruma'
        ? baseline
        : template.direction === 'artis' || template.valueType === 'kumulatif'
          ? baseline + move
          : baseline - move;
    targets[String(year)] = clampPercent(template.unit, value);
  });
  return targets;
}

/** An actual near B: exactly B about a third of the time, otherwise off by up to ~¾ of a year's step. */
function actualNear(target: number, template: IndicatorTemplate, step: number, rng: Rng): number {
  if (template.direction === 'koruma') return rng.chance(0.75) ? target : target - rng.int(1, 2);
  if (rng.chance(0.35)) return target;
  const spread = Math.max(1, Math.round(step * 0.75));
  const offset = rng.int(1, spread) * (rng.chance(0.6) ? -1 : 1);
  return clampPercent(template.unit, target + offset);
}

function isAhead(direction: Direction, actual: number, target: number): boolean {
  return direction === 'azalis' ? actual < target : actual > target;
}

function buildIndicator(
  code: string,
  template: IndicatorTemplate,
  weight: number,
  valueYears: readonly number[],
  rng: Rng,
): IndicatorDoc {
  const baseline = rng.int(template.baseline[0], template.baseline[1]);
  let step = rng.int(template.step[0], template.step[1]);
  if (template.direction === 'azalis') step = Math.min(step, Math.floor(baseline / (PLAN_YEARS.length + 1)));
  const targets = yearlyTargets(template, baseline, step);
  const monitoringMonths: 6 | 12 = rng.chance(0.2) ? 12 : 6;
  const method: Method =
    template.valueType === 'donemsel'
      ? 'F2'
      : template.direction !== 'koruma' && rng.chance(0.15)
        ? 'F2'
        : 'F1';

  const values: Record<string, ValueDoc> = {};
  let level = baseline; // duzey: last year-end level; kumulatif: A + Σ entries so far
  for (const year of valueYears) {
    const target = targets[String(year)];
    const { entries } = buildYear(template, level, target, step, year, monitoringMonths, rng);
    Object.assign(values, entries);
    const periods = Object.keys(entries);
    if (template.valueType === 'duzey') level = entries[periods[periods.length - 1]].value;
    if (template.valueType === 'kumulatif')
      level += periods.reduce((sum, period) => sum + entries[period].value, 0);
  }

  return {
    code,
    name: template.name,
    unit: template.unit,
    weight,
    direction: template.direction,
    valueType: template.valueType,
    method,
    baseline,
    targets,
    monitoringMonths,
    reportingMonths: monitoringMonths,
    dataSource: template.dataSource,
    values,
  };
}

/**
 * The entries of one year and, when the year-end actual C differs from B, the deviation
 * reason on the year-end entry.
 */
function buildYear(
  template: IndicatorTemplate,
  level: number,
  target: number,
  step: number,
  year: number,
  months: 6 | 12,
  rng: Rng,
): YearOutcome {
  let actual: number; // C at year end
  let parts: number[]; // the year's entries in time order
  switch (template.valueType) {
    case 'duzey': {
      actual = actualNear(target, template, step, rng);
      const midYear = Math.round(level + (actual - level) * (0.3 + rng.next() * 0.4));
      parts = months === 12 ? [actual] : [clampPercent(template.unit, midYear), actual];
      break;
    }
    case 'donemsel': {
      actual = actualNear(target, template, step, rng);
      const first = Math.round(actual * (0.4 + rng.next() * 0.15));
      parts = months === 12 ? [actual] : [first, actual - first];
      break;
    }
    case 'kumulatif': {
      // C = A + Σ entries cannot fall: a year that starts above its target stays above it.
      actual = Math.max(level, actualNear(target, template, step, rng));
      const added = actual - level;
      const first = Math.round(added * (0.3 + rng.next() * 0.3));
      parts = months === 12 ? [added] : [first, added - first];
      break;
    }
  }
  const periods = months === 12 ? [String(year)] : [`${year}-H1`, `${year}-H2`];
  const entries: Record<string, ValueDoc> = {};
  periods.forEach((period, index) => {
    const entry: ValueDoc = { value: parts[index] };
    if (index < periods.length - 1 && rng.chance(0.1)) entry.note = rng.pick(NOTES);
    entries[period] = entry;
  });
  if (actual !== target) {
    const reasons = isAhead(template.direction, actual, target) ? REASONS_AHEAD : REASONS_BEHIND;
    entries[periods[periods.length - 1]].deviationReason = rng.pick(reasons);
  }
  return { entries };
}

// ---------------------------------------------------------------------------------------------
// Targets, aims, costing

interface Layout {
  /** Indicators per target, aim by aim. */
  perTarget: number[][];
}

function buildAims(
  layout: Layout,
  themes: Theme[],
  units: UnitDoc[],
  valueYears: readonly number[],
  costScale: number,
  rng: Rng,
): AimDoc[] {
  const unitCodes = units.map((unit) => unit.code);
  return layout.perTarget.map((targetsOfAim, a) => {
    const theme = themes[a % themes.length];
    const aimNumber = a + 1;
    const targets: TargetDoc[] = targetsOfAim.map((indicatorCount, ti) => {
      const targetCode = `H${aimNumber}.${ti + 1}`;
      const responsibleUnit = theme.units[ti % theme.units.length];
      const collaboratingUnits = rng
        .shuffle(unitCodes.filter((code) => code !== responsibleUnit))
        .slice(0, rng.int(1, 3));
      const weights = integerWeights(indicatorCount, rng);
      const templates = pickTemplates(indicatorCount, rng);
      const indicators = templates.map((template, i) =>
        buildIndicator(`PG${aimNumber}.${ti + 1}.${i + 1}`, template, weights[i], valueYears, rng),
      );
      const firstYearCost = rng.int(4, 60) * costScale;
      const costEstimate: YearAmounts = {};
      PLAN_YEARS.forEach((year, index) => {
        costEstimate[String(year)] = Math.round((firstYearCost * 1.1 ** index) / 1000) * 1000;
      });
      return {
        code: targetCode,
        title: theme.targets[ti % theme.targets.length],
        responsibleUnit,
        collaboratingUnits,
        risks: [rng.pick(RISKS)],
        strategies: [rng.pick(STRATEGIES)],
        costEstimate,
        indicators,
      };
    });
    return { code: `A${aimNumber}`, title: theme.aim, targets };
  });
}

/** `count` distinct templates (cycling through the catalogue when more are needed). */
function pickTemplates(count: number, rng: Rng): IndicatorTemplate[] {
  const picked: IndicatorTemplate[] = [];
  while (picked.length < count) picked.push(...rng.shuffle(INDICATOR_TEMPLATES));
  return picked.slice(0, count);
}

/** General administration and resources that balance the target costs exactly, year by year. */
function balancedCosting(aims: AimDoc[]): { generalAdministration: YearAmounts; resources: ResourceDoc[] } {
  const generalAdministration: YearAmounts = {};
  const budget: YearAmounts = {};
  const loans: YearAmounts = {};
  const grants: YearAmounts = {};
  const companies: YearAmounts = {};
  for (const year of PLAN_YEARS.map(String)) {
    const targetSum = aims
      .flatMap((aim) => aim.targets)
      .reduce((sum, target) => sum + (target.costEstimate?.[year] ?? 0), 0);
    generalAdministration[year] = Math.round((targetSum * 0.35) / 1000) * 1000;
    const need = targetSum + generalAdministration[year];
    loans[year] = Math.round((need * 0.12) / 1000) * 1000;
    grants[year] = Math.round((need * 0.03) / 1000) * 1000;
    companies[year] = Math.round((need * 0.02) / 1000) * 1000;
    budget[year] = need - loans[year] - grants[year] - companies[year];
  }
  return {
    generalAdministration,
    resources: [
      {
        source: 'Belediye bütçesi (öz gelirler ve genel bütçe vergi gelirleri payı)',
        kind: 'butce',
        amounts: budget,
      },
      { source: 'İller Bankası ve dış finansman kredileri', kind: 'butce', amounts: loans },
      { source: 'Kalkınma ajansı ve uluslararası hibeler', kind: 'butce-disi', amounts: grants },
      { source: 'Belediye şirketlerinin katkısı', kind: 'butce-disi', amounts: companies },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Public builders

/**
 * A metropolitan municipality's 2025-2029 plan: 12 aims × 5 targets, 400 indicators (40
 * targets with 7, 20 with 6), 21 units, and values for every entry period 2025-H1 … 2029-H2
 * (or 2025 … 2029 for the yearly-monitored indicators).
 */
export function buildMetropolitanPlan(): PlanDocument {
  return metropolitanShaped(12);
}

/**
 * The metropolitan plan grown to `aimCount` aims of the same shape (5 targets of 6-7 indicators
 * each, every value of five years), about 27 KiB of JSON per aim: 264 aims make a 7 MiB document,
 * the size of the import that stalled the server in issue 9. For measuring large bodies only: no
 * real plan comes near it.
 */
export function buildLargePlan(aimCount: number): PlanDocument {
  if (!Number.isInteger(aimCount) || aimCount < 1)
    throw new RangeError(`aim count must be a positive integer: ${aimCount}`);
  return metropolitanShaped(aimCount);
}

function metropolitanShaped(aimCount: number): PlanDocument {
  const rng = createRng(20250101);
  const perTarget = Array.from({ length: aimCount }, (_, a) =>
    Array.from({ length: 5 }, (_, ti) => ((a * 5 + ti) % 3 === 2 ? 6 : 7)),
  );
  const aims = buildAims({ perTarget }, METROPOLITAN_THEMES, METROPOLITAN_UNITS, PLAN_YEARS, 1_000_000, rng);
  return {
    format: 'pusula.plan/v1',
    institution: {
      name: 'Örnek Büyükşehir Belediyesi',
      kind: 'buyuksehir',
      population: 1_512_000,
      electionDate: '2024-03-31',
    },
    units: METROPOLITAN_UNITS.map((unit) => ({ ...unit })),
    plan: {
      title: '2025-2029 Stratejik Planı',
      startYear: START_YEAR,
      endYear: END_YEAR,
      status: 'yururlukte',
      mission:
        'Kentimizde yaşayan herkese ulaşım, altyapı, çevre ve sosyal hizmetleri adil, katılımcı ve sürdürülebilir biçimde sunmak.',
      vision: 'Afetlere dirençli, yeşil, erişilebilir ve yaşam kalitesi yüksek bir kent olmak.',
      values: CORE_VALUES.map((value) => ({ ...value })),
      submittedToCouncil: '2024-09-02',
      councilDecision: { date: '2024-09-11', number: '2024/412' },
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      costing: balancedCosting(aims),
      aims,
    },
  };
}

/**
 * The 2025-2029 plan of one member municipality of a union: by default 5 aims × 3 targets ×
 * 10 indicators, with values for 2025-H1 and 2025-H2 (or 2025 for yearly indicators). The
 * institution name is unique per index; the same index always gives the same document.
 */
export function buildMemberPlan(index: number, indicatorCount = 150): PlanDocument {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`member index must be a non-negative integer: ${index}`);
  if (!Number.isInteger(indicatorCount) || indicatorCount < 1) {
    throw new RangeError(`indicator count must be a positive integer: ${indicatorCount}`);
  }
  const rng = createRng(0x5eed0000 + index * 7919);
  const targetCount = Math.min(15, indicatorCount);
  const aimCount = Math.min(5, targetCount);
  const perTarget: number[][] = Array.from({ length: aimCount }, () => []);
  const targetsPerAim = spread(targetCount, aimCount);
  const indicatorsPerTarget = spread(indicatorCount, targetCount);
  let cursor = 0;
  targetsPerAim.forEach((count, a) => {
    for (let k = 0; k < count; k += 1) perTarget[a].push(indicatorsPerTarget[cursor++]);
  });
  const aims = buildAims({ perTarget }, MEMBER_THEMES, MEMBER_UNITS, [START_YEAR], 100_000, rng);
  const town = MEMBER_TOWNS[index % MEMBER_TOWNS.length];
  const round = Math.floor(index / MEMBER_TOWNS.length);
  return {
    format: 'pusula.plan/v1',
    institution: {
      name: round === 0 ? `${town} Belediyesi` : `${town} Belediyesi (${round + 1})`,
      kind: 'belediye',
      population: rng.int(50, 250) * 1000,
      electionDate: '2024-03-31',
    },
    units: MEMBER_UNITS.map((unit) => ({ ...unit })),
    plan: {
      title: '2025-2029 Stratejik Planı',
      startYear: START_YEAR,
      endYear: END_YEAR,
      status: 'yururlukte',
      mission: 'Belde halkına temel belediye hizmetlerini katılımcı, şeffaf ve verimli biçimde sunmak.',
      vision: 'Yaşanabilir, temiz ve huzurlu bir ilçe olmak.',
      values: CORE_VALUES.slice(0, 3).map((value) => ({ ...value })),
      submittedToCouncil: '2024-09-02',
      councilDecision: { date: '2024-09-06', number: `2024/${60 + (index % 90)}` },
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      costing: balancedCosting(aims),
      aims,
    },
  };
}

/** `total` split into `parts` near-equal integers, larger ones first. */
function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}
