/**
 * The consultation report (issue 13 point 8): every comment with its status, the reason a hidden
 * one was hidden, the institution's answer and where it led, then the counts by subject and by
 * day. Turkish headers; text is written as text (workbook-format's setText keeps = + - @ from
 * reading as a formula). Pure.
 */
import type ExcelJS from 'exceljs';
import type {
  CommentResponse,
  CommentStatus,
  ConsultationResponse,
  ConsultationResults,
  ConsultationScope,
} from '../../contracts/consultations.js';
import { TIME_ZONE } from '../../common/clock.js';
import { addSheet, fitWidth } from '../reports/workbook-format.js';

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Moderasyon bekliyor',
  published: 'Yayımlandı',
  hidden: 'Gizlendi',
};

export const SCOPE_LABELS: Record<ConsultationScope, string> = {
  plan: 'Planın tamamı',
  'mission-vision': 'Misyon ve vizyon',
  aims: 'Amaçlar',
  'aim-targets': 'Bir amacın hedefleri',
};

export const COMMENT_HEADERS = [
  'Sıra',
  'Tarih',
  'Konu (amaç/hedef)',
  'Görüş',
  'Ad',
  'E-posta',
  'Durum',
  'Gizleme gerekçesi',
  'Kurumun yanıtı',
  'Yanıt tarihi',
  'Tespit/ihtiyaç',
  'Hedef',
];

export interface ConsultationReportInput {
  institution: string;
  plan: string;
  consultation: ConsultationResponse;
  comments: readonly CommentResponse[];
  results: ConsultationResults;
}

const DATE_TIME = new Intl.DateTimeFormat('tr-TR', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as Istanbul's clock showed it: 06.12.2026 14:05. */
export function istanbulDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** YYYY-MM-DD as the Turkish write it: 23.11.2026. */
export function turkishDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

export function addConsultationSheets(workbook: ExcelJS.Workbook, input: ConsultationReportInput): void {
  const { consultation, comments, results } = input;
  const title = [
    input.institution,
    input.plan,
    `Görüş raporu: ${consultation.title}`,
    `${SCOPE_LABELS[consultation.scope]}${consultation.aimCode ? ` (${consultation.aimCode})` : ''} · ` +
      `${turkishDate(consultation.opensOn)} – ${turkishDate(consultation.closesOn)}`,
  ];
  const widths = [
    6,
    17,
    12,
    fitWidth(
      comments.map((comment) => comment.text),
      30,
      80,
    ),
    20,
    26,
    20,
    30,
    50,
    17,
    14,
    12,
  ];
  const sheet = addSheet(workbook, 'Görüşler', {
    widths,
    frozenRows: title.length + 2,
    printTitleRows: [title.length + 2, title.length + 2],
  });
  sheet.titleBlock(title);
  sheet.skip();
  sheet.header(COMMENT_HEADERS);
  comments.forEach((comment, index) => {
    const row = sheet.row([
      index + 1,
      istanbulDateTime(comment.createdAt),
      comment.subjectCode ?? 'Genel',
      comment.text,
      comment.authorName,
      comment.authorEmail,
      COMMENT_STATUS_LABELS[comment.status],
      comment.hiddenReason,
      comment.answer,
      comment.answeredAt === null ? null : istanbulDateTime(comment.answeredAt),
      comment.linkedFinding,
      comment.linkedTarget,
    ]);
    sheet.fitHeight(
      row,
      comment.answer && comment.answer.length > comment.text.length ? comment.answer : comment.text,
      50,
    );
  });
  if (comments.length === 0) sheet.merge(sheet.row(['Bu görüşe açılmaya henüz görüş gelmedi']), 1);
  sheet.finish();

  const summary = addSheet(workbook, 'Özet', { widths: [24, 12], frozenRows: 1, printTitleRows: [1, 1] });
  summary.header(['Konu (amaç/hedef)', 'Görüş sayısı']);
  for (const row of results.bySubject) summary.row([row.subjectCode ?? 'Genel', row.count]);
  summary.row(['Toplam', results.total], 'total');
  summary.skip();
  summary.header(['Gün', 'Görüş sayısı']);
  for (const row of results.byDay) summary.row([turkishDate(row.day), row.count]);
  summary.finish();
}
