/**
 * The city council's exports (issue 15): the working-group register and a recommendation's
 * journey as Excel workbooks (Turkish headers; text that reads like a formula stays text, as in
 * every report: workbook-format.ts), and a meeting's minutes (toplantı tutanağı) as a .docx
 * document. Pure: they take the API's answers and give the documents.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { trDate } from '../../contracts/labels.js';
import type {
  GroupResponse,
  MeetingResponse,
  RecommendationResponse,
} from '../../contracts/working-groups.js';
import { DECISION_LABELS, GROUP_STATE_LABELS, STAGE_LABELS } from '../../common/messages/council-texts.js';
import { addSheet, renderWorkbook } from '../reports/workbook-format.js';

const date = (value: string | null): string => (value === null ? '' : trDate(value));

export const REGISTER_HEADERS = [
  'Çalışma grubu',
  'Durum',
  'Önerilme tarihi',
  'Karar tarihi',
  'Karar no',
  'Başkan',
  'Yöneticiler',
  'Üye sayısı',
  'Toplantı sayısı',
  'Son toplantı',
  'Kapanış tarihi',
  'Kapanış gerekçesi',
  'Uyarılar',
];

/** The working-group register (çalışma grupları sicili): one row per group. */
export function registerWorkbook(council: string, groups: readonly GroupResponse[]): Promise<Buffer> {
  return renderWorkbook((workbook) => {
    const sheet = addSheet(workbook, 'Çalışma Grupları', {
      widths: [36, 12, 14, 14, 12, 24, 48, 10, 10, 14, 14, 30, 10],
      frozenRows: 3,
      printTitleRows: [3, 3],
    });
    sheet.row([`${council} — Çalışma Grupları Sicili`], 'title');
    sheet.row([]);
    sheet.row(REGISTER_HEADERS, 'header');
    for (const group of groups) {
      sheet.row([
        group.name,
        GROUP_STATE_LABELS.tr[group.state],
        date(group.proposedOn),
        date(group.decisionDate),
        group.decisionNumber ?? '',
        group.chair?.name ?? '',
        group.managers.map((manager) => manager.name).join(', '),
        group.members.length,
        group.meetings.length,
        date(group.meetings.at(-1)?.date ?? null),
        date(group.closedOn),
        group.closeReason ?? '',
        group.issues.length,
      ]);
    }
    sheet.commit();
  });
}

export const JOURNEY_HEADERS = ['Sıra', 'Aşama', 'Tarih', 'Karar', 'Not'];

/** A recommendation's journey: its text, then one row per step from the working group to the municipal council. */
export function journeyWorkbook(council: string, recommendation: RecommendationResponse): Promise<Buffer> {
  return renderWorkbook((workbook) => {
    const sheet = addSheet(workbook, 'Önerinin Yolculuğu', {
      widths: [8, 22, 14, 22, 60],
      frozenRows: 7,
      printTitleRows: [7, 7],
    });
    sheet.row([`${council} — ${recommendation.title}`], 'title');
    sheet.row(['Çalışma grubu', recommendation.groupName], 'label');
    sheet.row(['Öneri', recommendation.text], 'body');
    sheet.row(['Bağlı plan kodu', recommendation.planCode ?? '']);
    sheet.row(['Durum', recommendation.closed ? 'sonuçlandı' : 'sürüyor']);
    sheet.row([]);
    sheet.row(JOURNEY_HEADERS, 'header');
    recommendation.steps.forEach((step, index) => {
      sheet.row([
        index + 1,
        STAGE_LABELS.tr[step.stage],
        date(step.date),
        DECISION_LABELS.tr[step.decision],
        step.note ?? '',
      ]);
    });
    if (recommendation.reply !== null) {
      sheet.row([]);
      sheet.row([
        'Planlamacının cevabı',
        date(recommendation.reply.date),
        recommendation.reply.by,
        '',
        recommendation.reply.text,
      ]);
    }
    sheet.commit();
  });
}

const paragraph = (text: string, bold = false): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold })], spacing: { after: 120 } });

/** A meeting's minutes (toplantı tutanağı): who met where on which agenda, who attended, what was decided. */
export function minutesDocument(council: string, group: GroupResponse, meeting: MeetingResponse): Document {
  return new Document({
    creator: 'Pusula',
    title: `${group.name} — Toplantı Tutanağı ${date(meeting.date)}`,
    sections: [
      {
        children: [
          new Paragraph({ text: council, heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER }),
          new Paragraph({
            text: group.name,
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({
            text: 'TOPLANTI TUTANAĞI',
            heading: HeadingLevel.HEADING_2,
            alignment: AlignmentType.CENTER,
          }),
          paragraph(`Tarih: ${date(meeting.date)}`),
          paragraph(`Yer: ${meeting.place}`),
          paragraph('Gündem', true),
          ...meeting.agenda.split('\n').map((line) => paragraph(line)),
          paragraph(`Katılanlar (${meeting.attendance.length})`, true),
          ...meeting.attendance.map((person, index) => paragraph(`${index + 1}. ${person.name}`)),
          paragraph('Kararlar', true),
          ...(meeting.decisions.length === 0
            ? [paragraph('Karar alınmadı.')]
            : meeting.decisions.map((decision, index) => paragraph(`${index + 1}. ${decision}`))),
        ],
      },
    ],
  });
}
