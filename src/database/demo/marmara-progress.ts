/**
 * Demo monitoring of the Marmara Belediyeler Birliği's 2008 programme (issue 14 points 5 and 8):
 * each activity's progress at 30 June (2008-H1) and at the year end (2008), and the units'
 * 2008 activity reports. Both the percent and the spending are as of the period's end (the year
 * end's figures are the whole year's). Where seed 001 quantifies an activity, its percent is the
 * share of that quantity done: 12 domestic training programmes, 6 by 30 June = 50 %; 5 handbooks,
 * 3 published in the year = 60 %. The rest are demo figures, in line with the 2008 values and the
 * deviation reasons of the plan (plans/marmara-birligi.json) and the activity report's measures
 * (marmara-activity-report.ts). Spending is the activity's budget cost by economic code times a
 * share below its percent (never above the cost); an activity below 100 % at the year end says
 * why in its note.
 */
import type { EconomicCode } from '../../contracts/programme.js';
import { MARMARA_PROGRAMME, type DemoProgrammeActivity } from './marmara-programme.js';

export interface DemoProgress {
  /** Percent done by 30 June and by the year end. */
  h1: number;
  yearEnd: number;
  /** Share of the budget cost spent per 1 % done (≤ 1, so spending stays within the cost). */
  spendRate: number;
  note?: { h1?: string; yearEnd?: string };
}

/** A row of BY_NAME: the percent done by 30 June and by the year end, the spend rate, the notes. */
function progress(
  part: string,
  h1: number,
  yearEnd: number,
  spendRate: number,
  note?: DemoProgress['note'],
): [string, DemoProgress] {
  return [part, note ? { h1, yearEnd, spendRate, note } : { h1, yearEnd, spendRate }];
}

/** Activities by a distinctive part of their name (lower case), in the programme's order. */
export const BY_NAME: Array<[string, DemoProgress]> = [
  progress('birlik alacaklarının tahsili', 40, 85, 0.9, {
    yearEnd: 'Üç üye belediye hakkında yasal takip 2009 yılına devretti.',
  }),
  progress('şehir plancısı', 0, 50, 1, {
    h1: 'Şehir plancısı kadrosu için ilan yapıldı, başvuru gelmedi.',
    yearEnd: 'Proje uzmanı işe başladı; şehir plancısı ilanı yenilendi, istihdam 2009 yılına kaldı.',
  }),
  progress('işlerlik kazandırmak', 30, 80, 0.95, {
    yearEnd: 'Birimlerin görev tanımları 2009 yılının ilk yarısında tamamlanacak.',
  }),
  progress('yönergeleri ve çalışma yönetmeliğini', 25, 100, 0.9, {
    yearEnd: 'Çalışma yönetmeliği Birlik Meclisince kabul edildi.',
  }),
  progress('stratejik planı’nı revize', 20, 100, 0.95, {
    yearEnd: '2009 Yılı Performans Programı Birlik Meclisine sunuldu.',
  }),
  progress('performans yönetim sistemi', 30, 90, 0.95, {
    yearEnd: 'Birimlerin veri girişi eğitimi Ocak 2009’a kaldı.',
  }),
  progress('belgelendirme çalışmasını', 40, 80, 0.9, {
    yearEnd: 'Belgelendirme denetimi, belgelendirme kuruluşunun takvimi nedeniyle 2009 Ocak ayına ertelendi.',
  }),
  progress('yabancı dil', 20, 60, 0.95, {
    yearEnd: 'Dil kursu Eylül ayında başladığından iki uzmanın sınavı 2009 yılına kaldı.',
  }),
  progress('diğer 140 belediyenin', 45, 100, 0.9, {
    yearEnd: '10 belediye Birliğe katıldı (276’dan 286’ya).',
  }),
  progress('su ve kanalizasyon', 30, 70, 0.8, { yearEnd: 'İki idare ile görüşmeler 2009 yılında sürecek.' }),
  progress('teknolojik donanımı', 60, 100, 0.97),
  progress('bahçesinin ve otoparkının', 30, 100, 0.98),
  progress('denize kaymasını', 20, 90, 0.98, {
    yearEnd: 'İstinat duvarı tamamlandı; drenaj işleri Ocak 2009 sonunda bitecek.',
  }),
  // Hedef 2: 276 members visited, 230 by the year end (83 %).
  progress('(276 belediye)', 43, 83, 1, {
    h1: '120 üye belediye ziyaret edildi.',
    yearEnd:
      '276 üye belediyeden 230’u ziyaret edildi; kalan 46 ziyaret seçim dönemi nedeniyle 2009 yılına kaldı.',
  }),
  progress('(140 belediye)', 30, 70, 1, { yearEnd: '140 belediyeden 98’i ziyaret edildi, 10’u üye oldu.' }),
  progress('projeleri yarışması', 40, 100, 0.95),
  // 4 meetings a year: 2 by 30 June.
  progress('yılda 4 defa', 50, 100, 0.9, {
    h1: 'Komisyonlar iki kez toplandı.',
    yearEnd: 'Komisyonlar dört kez toplandı.',
  }),
  progress('hibe fonların', 50, 100, 0.9),
  progress('interaktif hale', 40, 100, 0.95),
  progress('aylık encümen toplantıları', 50, 100, 0.9, {
    yearEnd: '12 encümen toplantısı bölge illerinde yapıldı.',
  }),
  progress('marmara sempozyumu', 15, 100, 0.97, {
    h1: 'Sempozyumun hazırlıkları sürüyor.',
    yearEnd: 'Sempozyum Aralık ayında yapıldı.',
  }),
  // At least 2 fairs: 1 by 30 June.
  progress('2 adet fuara', 50, 100, 0.95, { yearEnd: 'İki fuara katılındı.' }),
  // At least 5 handbooks: 2 by 30 June, 3 in the year (60 %).
  progress('5 adet pratik el kitabı', 40, 60, 0.95, {
    h1: '2 el kitabı yayımlandı.',
    yearEnd: '5 el kitabından 3’ü yayımlandı; yazar bulunamayan 2 kitap 2009 programına alındı.',
  }),
  // At least 2 academic books: none by 30 June, 1 in the year (50 %).
  progress('2 adet bilimsel-akademik', 0, 50, 1, {
    yearEnd: 'İkinci kitabın hakem değerlendirmesi tamamlanamadı; 2009 yılının ilk çeyreğinde basılacak.',
  }),
  progress('bilgilendirme broşürleri', 50, 100, 0.9),
  // Hedef 3: 12 domestic programmes, one a month: 6 by 30 June.
  progress('12 tane yurt içi', 50, 100, 0.95, {
    h1: '6 yurt içi eğitim programı yapıldı.',
    yearEnd: '12 yurt içi eğitim programı yapıldı.',
  }),
  // 12 study tours abroad: 5 by 30 June, 11 in the year (92 %).
  progress('12 tane yurt dışı', 42, 92, 1, {
    h1: '5 yurt dışı program yapıldı.',
    yearEnd: '12 programdan 11’i yapıldı; Aralık programı katılım yetersizliğinden iptal edildi.',
  }),
  // 2 courses of the Academy: 1 by 30 June.
  progress('2 kur halinde', 50, 100, 0.95, {
    yearEnd: 'İki kur tamamlandı; ikinci kura yoğun başvuru nedeniyle kontenjan artırıldı.',
  }),
  // 6 talks: 3 by 30 June.
  progress('(6 kez)', 50, 100, 0.9, {
    h1: '3 sohbet toplantısı yapıldı.',
    yearEnd: '6 sohbet toplantısı yapıldı.',
  }),
  progress('sürekli eğitim merkezi', 20, 75, 0.9, {
    yearEnd: 'Merkezin eğitim salonu tamamlandı; eğitmen havuzu 2009 yılında kurulacak.',
  }),
  progress('hukuki danışmanlık', 30, 100, 0.9),
  progress('ab ofisi', 40, 100, 0.95),
  // Every 2 months: 6 issues, 3 by 30 June.
  progress('2 ayda 1 kez', 50, 100, 0.95, { yearEnd: 'Dergi 6 sayı yayımlandı.' }),
  progress('kütüphane', 25, 70, 0.9, {
    yearEnd: 'Kütüphane açıldı; elektronik kütüphane 2009 yılında hizmete girecek.',
  }),
  progress('mevzuat çalışmalarına destek', 50, 100, 0.9),
];

/** Continuing work the seed gives no quantity for: half by 30 June, done by the year end. */
const CONTINUING: DemoProgress = { h1: 50, yearEnd: 100, spendRate: 0.9 };

export function progressOf(activity: { name: string }): DemoProgress {
  const name = activity.name.toLocaleLowerCase('tr');
  return BY_NAME.find(([part]) => name.includes(part))?.[1] ?? CONTINUING;
}

/** Spending by economic code at `percent` done: each code's budget cost × percent × rate, in whole TL (0 at 0 %: nothing spent, reported as such, not left out). */
export function spendingAt(
  activity: Pick<DemoProgrammeActivity, 'budget'>,
  percent: number,
  rate: number,
): Partial<Record<EconomicCode, number>> {
  const spending: Partial<Record<EconomicCode, number>> = {};
  for (const [code, cost] of Object.entries(activity.budget) as Array<[EconomicCode, number]>)
    spending[code] = Math.floor((cost * percent * rate) / 100);
  return spending;
}

export interface DemoProgressEntry {
  /** The activity's name (its code is the programme's F… numbering, read at seeding). */
  name: string;
  period: string;
  percent: number;
  note: string | null;
  spending: Partial<Record<EconomicCode, number>>;
}

/** The programme year's two assessment periods: 30 June (YYYY-H1) and the year end (YYYY). */
const PERIODS = [
  { suffix: '-H1', at: 'h1' },
  { suffix: '', at: 'yearEnd' },
] as const;

export const MARMARA_PROGRESS: DemoProgressEntry[] = MARMARA_PROGRAMME.activities.flatMap((activity) => {
  const progress = progressOf(activity);
  return PERIODS.map(({ suffix, at }) => ({
    name: activity.name,
    period: `${MARMARA_PROGRAMME.year}${suffix}`,
    percent: progress[at],
    note: progress.note?.[at] ?? null,
    spending: spendingAt(activity, progress[at], progress.spendRate),
  }));
});

/** The units' 2008 activity reports: problems (sorunlar) and proposals (öneriler). */
export const MARMARA_UNIT_REPORTS: Record<string, { problems: string; proposals: string }> = {
  GENSEK: {
    problems:
      'Şehir plancısı kadrosuna nitelikli başvuru gelmedi; ISO belgelendirme denetimi belgelendirme kuruluşunun takvimi nedeniyle 2009 yılına kaldı. Seçim dönemi yaklaştıkça üye olmayan belediyelerle görüşmeler yavaşladı.',
    proposals:
      'Kadro ilanı meslek odası aracılığıyla duyurulmalı; ISO denetimi Ocak 2009 için kesinleştirildi. Üyelik görüşmeleri seçim sonrasına planlanmalı.',
  },
  PLANPROJE: {
    problems:
      'Performans verilerinin birimlerden toplanması çoğunlukla yazışmayla yapıldı; veriler dönem sonunda geç ulaştı.',
    proposals:
      'Veri girişi birimlerin kendisine bırakılmalı ve dönem sonundan önce hatırlatma yapılmalı; birim sorumlularına kısa bir eğitim verilmeli.',
  },
  EGITIM: {
    problems:
      'Yabancı dil kursu Eylül ayında başlayabildi. Sürekli Eğitim Merkezi için eğitmen bulmakta güçlük çekildi.',
    proposals:
      'Eğitim takvimi yıl başında üye belediyelere duyurulmalı; üniversitelerle eğitmen protokolü yapılmalı.',
  },
  DISILISKI: {
    problems:
      'AB mali destekli proje çağrılarının kısa süreleri üye belediyelerin başvuru hazırlamasını zorlaştırdı. Aralık ayındaki yurt dışı teknik inceleme programı katılım yetersizliğinden iptal edildi.',
    proposals:
      'Yaklaşan çağrılar için üye belediyelere üç ayda bir bilgilendirme toplantısı yapılmalı; yurt dışı programlara katılım en az iki ay önce kesinleştirilmeli.',
  },
  BASIN: {
    problems:
      'Beş el kitabından ikisi için yazar bulunamadı; ikinci akademik kitabın hakem değerlendirmesi yıl içinde tamamlanamadı.',
    proposals:
      'Yazar ve hakem havuzu oluşturulmalı, yayın takvimi hakem süreleri dikkate alınarak yapılmalı.',
  },
  HUKUK: {
    problems: 'Mevzuat taslakları Birliğe çoğu zaman görüş süresinin sonunda ulaştı.',
    proposals:
      'Üye belediyelerin hukuk müşavirleriyle kurulan çalışma grubu düzenli toplanmalı; bakanlıklarla taslakların erken paylaşılması için görüşülmeli.',
  },
  MALI: {
    problems:
      'Bazı üye belediyelerin Birlik payları yıl sonuna kadar ödenmedi; üç belediye hakkında yasal takip başladı.',
    proposals: 'İller Bankası payları üzerinden mahsup uygulaması bütün borçlu üyelere yaygınlaştırılmalı.',
  },
  IDARI: {
    problems:
      'Bina güçlendirme işinde drenaj işleri kış koşulları nedeniyle Ocak 2009’a kaldı; donanım alımları zamanında tamamlandı.',
    proposals:
      'Deniz tarafındaki önlemlerin etkisi 2009 yılında iki kez ölçülmeli; bakım için ödenek ayrılmalı.',
  },
};
