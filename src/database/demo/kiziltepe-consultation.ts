/**
 * Demo: the public consultation of Kızıltepe's draft plan. The announcement of seed 004 promises
 * "Stratejik planımızı halkımıza da danışacağız"; this is that consultation, held in August 2019
 * before the council's deadline (30 September 2019) and closed since. The comments are demo texts
 * written for this project: some published with the municipality's answers and linked to the
 * finding, need or target they led to, one hidden (an unfounded accusation) and one still waiting
 * for moderation.
 */
import type { CommentStatus, ConsultationScope } from '../../contracts/consultations.js';

export interface DemoComment {
  text: string;
  authorName: string | null;
  authorEmail: string | null;
  subjectCode: string | null;
  status: CommentStatus;
  hiddenReason?: string;
  answer?: string;
  /** Istanbul time, as the comment came in. */
  at: string;
  answeredAt?: string;
  finding?: string;
  target?: string;
}

export const KIZILTEPE_CONSULTATION: {
  title: string;
  description: string;
  scope: ConsultationScope;
  opensOn: string;
  closesOn: string;
  openedAt: string;
  comments: DemoComment[];
} = {
  title: '2020-2024 Stratejik Planı taslağı halkımızın görüşüne açıldı',
  description:
    'Stratejik planımızı halkımıza danışıyoruz. Taslak plandaki amaç ve hedefler hakkındaki görüş ve önerilerinizi 31 Ağustos 2019 tarihine kadar iletebilirsiniz.',
  scope: 'plan',
  opensOn: '2019-08-01',
  closesOn: '2019-08-31',
  openedAt: '2019-07-31T09:00:00+03:00',
  comments: [
    {
      text: 'Tepebaşı Mahallesi’nde çocukların oynayabileceği tek bir park yok. Yeni parklar yapılırken bizim mahalleye de öncelik verilmesini istiyoruz.',
      authorName: 'Ayşe Kaya',
      authorEmail: 'ayse.kaya@example.com',
      subjectCode: 'H1.1',
      status: 'published',
      answer:
        'Görüşünüz için teşekkür ederiz. Mahalle parkları faaliyetinde Tepebaşı Mahallesi’ni öncelikli mahalleler arasına aldık; parkların yerleri mahalle toplantılarında birlikte belirlenecek.',
      at: '2019-08-02T10:15:00+03:00',
      answeredAt: '2019-08-12T14:30:00+03:00',
      finding: 'İ1',
      target: 'H1.1',
    },
    {
      text: 'Plan toplantılarının duyurusu yalnızca belediyenin internet sitesinde yapılıyor. Duyurular muhtarlıklara da asılsın, kırsal mahallelerde de toplantı yapılsın.',
      authorName: null,
      authorEmail: null,
      subjectCode: 'A2',
      status: 'published',
      answer:
        'Önerinizi plana aldık: mahalle danışma toplantılarının duyuruları muhtarlıklara da asılacak ve toplantılar kırsal mahallelerde de yapılacak.',
      at: '2019-08-05T19:40:00+03:00',
      answeredAt: '2019-08-13T11:00:00+03:00',
      target: 'H2.1',
    },
    {
      text: 'Yaz aylarında çöp konteynerleri haftada iki kez boşaltılıyor, sıcakta koku dayanılmaz oluyor. Toplama sıklığı artırılmalı.',
      authorName: 'Mehmet Demir',
      authorEmail: null,
      subjectCode: 'H1.2',
      status: 'published',
      at: '2019-08-09T08:20:00+03:00',
      target: 'H1.2',
    },
    {
      text: 'Halk görüşünü yalnızca toplantıda değil, internetten de verebilmeli. Gençler ve çalışanlar akşam toplantılarına gelemiyor.',
      authorName: 'Rojda Aslan',
      authorEmail: 'rojda@example.com',
      subjectCode: null,
      status: 'published',
      answer:
        'Bu görüş durum analizimize “halkın görüşlerini toplayan dijital bir kanal” ihtiyacı (İ3) olarak girdi; bu ihtiyacı karşılayacak hedef üzerinde çalışıyoruz.',
      at: '2019-08-14T21:05:00+03:00',
      answeredAt: '2019-08-20T10:00:00+03:00',
      finding: 'İ3',
    },
    {
      text: 'Belediyede çalışanların hepsi torpille girmiş, bu plan da kâğıt üzerinde kalacak.',
      authorName: null,
      authorEmail: null,
      subjectCode: null,
      status: 'hidden',
      hiddenReason: 'Kişilere yönelik kanıtsız suçlama; plana ilişkin bir öneri içermiyor.',
      at: '2019-08-16T23:50:00+03:00',
    },
    {
      text: 'Kültür merkezi yapılacaksa ulaşımı kolay bir yere yapılsın; köylerden gelen gençler için servis de düşünülsün.',
      authorName: 'Ferhat Yıldız',
      authorEmail: null,
      subjectCode: 'H2.2',
      status: 'pending',
      at: '2019-08-30T17:25:00+03:00',
    },
  ],
};
