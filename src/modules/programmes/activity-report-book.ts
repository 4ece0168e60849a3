/**
 * The activity report (faaliyet raporu) as a Word document: the outline of planning-cycle.md 5,
 * its performance part written from the report's records — III B 1 Faaliyet ve Proje Bilgileri
 * (the year's programme activities with their costs), 2 Performans Sonuçları Tablosu (with the
 * targets' realisation rates as a bar chart drawn here as a PNG), 3 Performans Sonuçlarının
 * Değerlendirilmesi, 4 Performans Bilgi Sisteminin Değerlendirilmesi — and the other chapters as
 * headed places the institution fills in. A4, Turkish, page numbers in the footer. Pure: the
 * caller gives the records and packs the result with `Packer`.
 */
import { AlignmentType, Document, ImageRun, Paragraph } from 'docx';
import {
  EVALUATION_CRITERIA,
  EVALUATION_PROMPTS,
  type ActivityReportPerformanceResponse,
  type EvaluationResponse,
} from '../../contracts/activity-report.js';
import type { ProgrammeResponse } from '../../contracts/programme.js';
import {
  a4Section,
  amount,
  bookDate,
  DOCUMENT_STYLES,
  fieldTable,
  heading,
  MISSING,
  number,
  paragraph,
  spacer,
  table,
  text,
  AIM_FILL,
} from '../reports/docx-parts.js';

import { bandColour, drawBarChart, encodePng } from './bar-chart-png.js';
import { approvedMeasures, basisLine, coverageText } from './activity-report-table.js';
import { performanceFootnote } from './activity-report-workbook.js';

export interface ActivityReportBookInput {
  institution: string;
  planTitle: string;
  performance: ActivityReportPerformanceResponse;
  evaluation: EvaluationResponse;
  /** The year's performance programme, or null when the year has none. */
  programme: ProgrammeResponse | null;
  /** The day the document is made (YYYY-MM-DD, Europe/Istanbul). */
  madeOn: string;
}

/** What a chapter the institution writes itself says until it does. */
export const PLACEHOLDER = 'Bu bölüm kurum tarafından doldurulacaktır.';

/** The chart's size in the document (pixels at 96 per inch): 16 cm wide. */
const CHART = { width: 600, height: 300 } as const;

function placeholder(): Paragraph {
  return paragraph(PLACEHOLDER, { italics: true });
}

function rate(value: number | null): string {
  return value === null ? 'veri yok' : number(Math.round(value * 10) / 10);
}

/** The targets' HG as a bar chart (one bar per target, in table order, coloured by the plan's bands). */
export function targetRateChart(performance: ActivityReportPerformanceResponse): Buffer {
  return encodePng(
    drawBarChart(
      performance.targets.map((target) => ({
        value: target.rate,
        colour: bandColour(target.rate, performance.thresholds),
      })),
      CHART.width,
      CHART.height,
    ),
  );
}

function cover(input: ActivityReportBookInput): Paragraph[] {
  const year = input.performance.year;
  const line = (value: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [text(value, { size, bold })],
    });
  return [
    line(input.institution.toLocaleUpperCase('tr-TR'), 36, true),
    line(`${year} Yılı Faaliyet Raporu`, 32, true),
    line(input.planTitle, 24),
    line(`Hazırlandığı tarih: ${bookDate(input.madeOn)}`, 20),
  ];
}

function activities(input: ActivityReportBookInput): Array<Paragraph | ReturnType<typeof table>> {
  const { programme } = input;
  const year = input.performance.year;
  const parts: Array<Paragraph | ReturnType<typeof table>> = [heading('1. Faaliyet ve Proje Bilgileri', 3)];
  if (!programme || programme.targets.every((target) => target.activities.length === 0)) {
    parts.push(paragraph(`${year} yılı performans programında faaliyet ya da proje yok.`));
  } else {
    parts.push(
      paragraph(
        `${year} yılı performans programındaki faaliyet ve projeler ile kaynak ihtiyaçları (TL, performans programında kabul edildiği gibi):`,
      ),
    );
    const rows = programme.targets.flatMap((target) =>
      target.activities.map((activity) => ({
        cells: [
          target.code,
          activity.code,
          activity.name,
          activity.unitName ?? activity.unit ?? MISSING,
          amount(activity.amounts.budget),
          amount(activity.amounts.offBudget),
          amount(activity.amounts.total),
        ],
      })),
    );
    const sum = (pick: (amounts: { budget: number; offBudget: number; total: number }) => number): number =>
      Math.round(
        programme.targets.reduce(
          (total, target) =>
            total + target.activities.reduce((part, activity) => part + pick(activity.amounts) * 100, 0),
          0,
        ),
      ) / 100;
    rows.push({
      cells: [
        'Toplam',
        '',
        '',
        '',
        amount(sum((a) => a.budget)),
        amount(sum((a) => a.offBudget)),
        amount(sum((a) => a.total)),
      ],
    });
    parts.push(
      table(
        ['PH', 'Kod', 'Faaliyet / Proje', 'Sorumlu Birim', 'Bütçe', 'Bütçe Dışı', 'Toplam'],
        rows.map((row, index) => (index === rows.length - 1 ? { ...row, bold: true, fill: AIM_FILL } : row)),
        { widths: [1, 1, 4, 3, 2, 2, 2], numeric: [4, 5, 6] },
      ),
    );
  }
  parts.push(
    spacer(),
    paragraph('Faaliyetlerin İlerlemesi ve Harcamaları', { bold: true }),
    paragraph(
      'Faaliyetlerin dönem içindeki ilerleme yüzdeleri ve harcamaları birimlerin faaliyet raporlarıyla birlikte bu başlık altına eklenecektir.',
      { italics: true },
    ),
  );
  return parts;
}

function results(input: ActivityReportBookInput): Array<Paragraph | ReturnType<typeof table>> {
  const { performance } = input;
  const year = performance.year;
  const parts: Array<Paragraph | ReturnType<typeof table>> = [
    heading('2. Performans Sonuçları Tablosu', 3),
    paragraph(basisLine(performance)),
    paragraph(
      `Planın ${year} yılı gerçekleşme oranı: ${rate(performance.rate)} (${coverageText(performance.coverage)}). ` +
        `Hedeften sapan ${performance.deviations} göstergeden ${performance.deviationsWithoutReason} tanesinin sapma nedeni girilmemiştir.`,
    ),
  ];
  for (const target of performance.targets) {
    parts.push(
      spacer(),
      fieldTable([
        ['Amaç', `${target.aim.code} ${target.aim.title}`],
        ['Hedef', `${target.code} ${target.title}`],
        ['Performans Hedefi', target.programmeTarget ?? MISSING],
        ['Sorumlu Birim', target.responsibleUnit?.name ?? MISSING],
        ['Hedef Gerçekleşme Oranı (%)', `${rate(target.rate)} (${coverageText(target.coverage)})`],
        ['Alınan/Alınacak Önlemler', approvedMeasures(target.measure) ?? MISSING],
      ]),
      table(
        [
          'Kod',
          'Gösterge',
          'Ölçü Birimi',
          'Etki (%)',
          'A',
          'B',
          'C',
          'GO (%)',
          'Sapma',
          'Sapma Nedeni',
          'Veri Kaynağı',
        ],
        target.indicators.map((indicator) => ({
          cells: [
            indicator.code,
            indicator.name,
            indicator.unit ?? MISSING,
            number(indicator.weight),
            number(indicator.baseline),
            number(indicator.target),
            indicator.actual === null ? 'veri yok' : number(indicator.actual),
            indicator.rate === null ? 'veri yok' : rate(indicator.rate),
            number(indicator.deviation),
            indicator.deviation === null || indicator.deviation === 0
              ? MISSING
              : (indicator.deviationReason ?? 'sapma nedeni girilmedi'),
            indicator.dataSource ?? MISSING,
          ],
        })),
        { widths: [2, 5, 2, 2, 2, 2, 2, 2, 2, 5, 3], numeric: [3, 4, 5, 6, 7, 8] },
      ),
    );
  }
  parts.push(
    spacer(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: targetRateChart(performance),
          transformation: { width: CHART.width, height: CHART.height },
          altText: {
            name: 'hedef-gerceklesme-oranlari',
            title: 'Hedef gerçekleşme oranları',
            description: performance.targets
              .map((target) => `${target.code} ${rate(target.rate)}`)
              .join(', '),
          },
        }),
      ],
    }),
    paragraph(
      `Şekil 1. Hedeflerin ${year} gerçekleşme oranları (%), soldan sağa: ` +
        performance.targets.map((target) => `${target.code} ${rate(target.rate)}`).join('; ') +
        '. Çizgiler 25, 50, 75 ve 100’dedir; verisi olmayan hedefin çubuğu yoktur.',
      { italics: true },
    ),
    ...performanceFootnote(year).map((line) => paragraph(line, { italics: true })),
  );
  return parts;
}

function evaluationPart(input: ActivityReportBookInput): Array<Paragraph | ReturnType<typeof table>> {
  const { evaluation, performance } = input;
  const parts: Array<Paragraph | ReturnType<typeof table>> = [
    heading('3. Performans Sonuçlarının Değerlendirilmesi', 3),
    paragraph('Göstergeler dört ölçütle değerlendirilir; yol gösteren sorular:'),
    ...EVALUATION_CRITERIA.map((key) =>
      paragraph(`${EVALUATION_PROMPTS[key].title.tr}: ${EVALUATION_PROMPTS[key].questions.tr}`, {
        italics: true,
      }),
    ),
  ];
  for (const target of evaluation.targets) {
    const row = performance.targets.find((item) => item.code === target.code);
    parts.push(
      paragraph(`${target.code} ${target.title}`, { bold: true }),
      paragraph(
        target.deviations.length === 0
          ? 'Sapma nedeni: hedeften sapan gösterge yok.'
          : `Sapma nedeni: ${target.deviations
              .map(
                (item) =>
                  `${item.indicator} (${number(item.deviation)}): ${item.reason ?? 'sapma nedeni girilmedi'}`,
              )
              .join('; ')}`,
      ),
      paragraph(`Alınan/Alınacak önlemler: ${approvedMeasures(row?.measure ?? null) ?? MISSING}`),
    );
    for (const indicator of evaluation.indicators.filter((item) => item.target === target.code)) {
      parts.push(
        fieldTable([
          ['Gösterge', `${indicator.indicator} ${indicator.name}`],
          ...EVALUATION_CRITERIA.map((key): [string, string] => [
            EVALUATION_PROMPTS[key].optional
              ? `${EVALUATION_PROMPTS[key].title.tr} (isteğe bağlı)`
              : EVALUATION_PROMPTS[key].title.tr,
            indicator[key] ?? MISSING,
          ]),
        ]),
        spacer(),
      );
    }
  }
  return parts;
}

/** The activity report as a docx Document; `Packer.toBuffer` turns it into the .docx bytes. */
export function buildActivityReport(input: ActivityReportBookInput): Document {
  const { performance, evaluation } = input;
  return new Document({
    creator: 'Pusula',
    title: `${input.institution} ${performance.year} Yılı Faaliyet Raporu`,
    description: 'Faaliyet raporu',
    styles: DOCUMENT_STYLES,
    sections: [
      a4Section(`${performance.year} Yılı Faaliyet Raporu — `, [
        ...cover(input),
        heading('Üst Yönetici Sunuşu', 1, true),
        placeholder(),
        heading('I. Genel Bilgiler', 1, true),
        paragraph(
          'A. Misyon ve Vizyon · B. Yetki, Görev ve Sorumluluklar · C. İdareye İlişkin Bilgiler · D. Diğer Hususlar',
        ),
        placeholder(),
        heading('II. Amaç ve Hedefler', 1, true),
        ...[...new Map(performance.targets.map((target) => [target.aim.code, target.aim])).values()].flatMap(
          (aim) => [
            paragraph(`${aim.code} ${aim.title}`, { bold: true }),
            ...performance.targets
              .filter((target) => target.aim.code === aim.code)
              .map((target) => paragraph(`${target.code} ${target.title}`)),
          ],
        ),
        heading('III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler', 1, true),
        heading('A. Mali Bilgiler', 2),
        placeholder(),
        heading('B. Performans Bilgileri', 2),
        ...activities(input),
        ...results(input),
        ...evaluationPart(input),
        heading('4. Performans Bilgi Sisteminin Değerlendirilmesi', 3),
        evaluation.informationSystem ? paragraph(evaluation.informationSystem) : placeholder(),
        heading('IV. Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi', 1, true),
        paragraph('A. Üstünlükler · B. Zayıflıklar · C. Değerlendirme'),
        placeholder(),
        heading('V. Öneri ve Tedbirler', 1, true),
        placeholder(),
        heading('Ekler', 1, true),
        paragraph('İç Kontrol Güvence Beyanı'),
        placeholder(),
      ]),
    ],
  });
}
