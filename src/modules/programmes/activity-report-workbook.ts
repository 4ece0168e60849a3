/**
 * The activity report's performance workbook (GET …/activity-reports/:year/performance.xlsx): the
 * Performans Sonuçları Tablosu (planning-cycle.md 5), the targets' evaluation (deviations with
 * their reasons and the measures) and the indicators' evaluation by the four criteria and Etki.
 * Every figure is the performance table's (GET progress of the year on approved values); a
 * missing C reads "veri yok", never 0. Title block, Turkish headers, frozen header rows, A4
 * landscape, Turkish number formats; text is written as text (formula injection). Pure: exceljs.
 */
import type ExcelJS from 'exceljs';
import {
  EVALUATION_CRITERIA,
  EVALUATION_PROMPTS,
  type ActivityReportPerformanceResponse,
  type EvaluationResponse,
} from '../../contracts/activity-report.js';
import { NO_DATA_TEXT, numberFormatOf, rateContent, type CellContent } from '../reports/workbook-format.js';
import { approvedMeasures, basisLine, coverageText } from './activity-report-table.js';
import { addTableSheet } from './titled-sheet.js';

export interface ActivityReportWorkbookInput {
  institution: string;
  planTitle: string;
  performance: ActivityReportPerformanceResponse;
  evaluation: EvaluationResponse;
}

/** The columns of the Performans Sonuçları Tablosu, in order. */
export function performanceHeaders(year: number): string[] {
  return [
    'Amaç',
    'Hedef',
    'Performans Hedefi',
    'Gösterge Kodu',
    'Gösterge',
    'Ölçü Birimi',
    'Hedefe Etkisi (%)',
    'A (Başlangıç)',
    `B (${year} Hedefi)`,
    `C (${year} Gerçekleşme)`,
    'Gerçekleşme Oranı (%)',
    'Sapma (±)',
    'Sapma Nedeni',
    'Alınan/Alınacak Önlem',
    'Sorumlu Birim',
    'Veri Kaynağı',
  ];
}

const figure = (value: number | null, missing = '—'): CellContent =>
  value === null ? missing : { number: value, format: numberFormatOf(value) };

/** The method under the table: where the figures come from and what the empty cells mean. */
export function performanceFootnote(year: number): string[] {
  return [
    `Rakamlar ${year} yıl sonu değerlendirmesinin onaylı değerlerinden ilerleme hesabıyla üretilmiştir (ekrandaki gerçekleşme oranlarıyla aynı). ` +
      'Gerçekleşme oranı F1 yönteminde (C − A) / (B − A) × 100, F2 yönteminde C / B × 100’dür; oran ham hâliyle gösterilir.',
    'Sapma = C − B. Hedeften yukarı ya da aşağı her sapmanın nedeni yazılır; “veri yok” değer girilmediği anlamına gelir ve 0 sayılmaz. ' +
      'Önlemler birimin yazıp planlamacının onayladığı metinlerdir; onaylanmamış önlem “—” görünür.',
  ];
}

export function addActivityReportSheets(
  workbook: ExcelJS.Workbook,
  input: ActivityReportWorkbookInput,
): void {
  const { performance, evaluation } = input;
  const year = performance.year;
  const title = (report: string): string[] => [
    input.institution,
    input.planTitle,
    `${year} Yılı Faaliyet Raporu — ${report}`,
    basisLine(performance),
  ];

  const { sheet: results, headerRow: header } = addTableSheet(
    workbook,
    `Performans Sonuçları ${year}`,
    { widths: [26, 30, 11, 11, 34, 11, 10, 12, 12, 12, 12, 12, 36, 36, 22, 22] },
    title('Performans Sonuçları Tablosu'),
    performanceHeaders(year),
  );
  for (const target of performance.targets) {
    const measures = approvedMeasures(target.measure);
    for (const indicator of target.indicators) {
      const row = results.row([
        `${target.aim.code} ${target.aim.title}`,
        `${target.code} ${target.title}`,
        target.programmeTarget ?? '—',
        indicator.code,
        indicator.name,
        indicator.unit ?? '—',
        figure(indicator.weight),
        figure(indicator.baseline),
        figure(indicator.target),
        figure(indicator.actual, NO_DATA_TEXT),
        rateContent(indicator.rate),
        figure(indicator.deviation),
        indicator.deviation === 0 || indicator.deviation === null
          ? '—'
          : (indicator.deviationReason ?? 'sapma nedeni girilmedi'),
        measures ?? '—',
        target.responsibleUnit?.name ?? '—',
        indicator.dataSource ?? '—',
      ]);
      results.fitHeight(row, [indicator.deviationReason ?? '', measures ?? ''].join('\n'), 36);
    }
    const total = results.row(
      [
        `${target.code} hedef gerçekleşme oranı (HG) — ${coverageText(target.coverage)}`,
        ...Array<CellContent>(9).fill(null),
        rateContent(target.rate),
      ],
      'total',
      { fill: true },
    );
    results.merge(total, 1, 10);
    results.commit();
  }
  results.rateColours(11, header + 1, results.rowNumber - 1, performance.thresholds);
  results.skip();
  results.footnote(performanceFootnote(year));
  results.finish();

  const { sheet: targets, headerRow: targetHeader } = addTableSheet(
    workbook,
    `Hedef Değerlendirmesi ${year}`,
    { widths: [10, 40, 24, 12, 60, 50] },
    title('Performans Sonuçlarının Değerlendirilmesi: Hedefler'),
    ['Hedef Kodu', 'Hedef', 'Sorumlu Birim', 'HG (%)', 'Sapmalar ve Nedenleri', 'Alınan/Alınacak Önlemler'],
  );
  for (const target of performance.targets) {
    const facts = evaluation.targets.find((item) => item.code === target.code);
    const deviations = (facts?.deviations ?? [])
      .map((item) => `${item.indicator}: ${item.reason ?? 'sapma nedeni girilmedi'}`)
      .join('\n');
    const measures = approvedMeasures(target.measure);
    const row = targets.row([
      target.code,
      target.title,
      target.responsibleUnit?.name ?? '—',
      rateContent(target.rate),
      deviations || 'sapma yok',
      measures ?? '—',
    ]);
    targets.fitHeight(row, `${deviations}\n${measures ?? ''}`, 50);
  }
  targets.rateColours(4, targetHeader + 1, targets.rowNumber - 1, performance.thresholds);
  targets.skip();
  const information = targets.row(['Performans Bilgi Sisteminin Değerlendirilmesi'], 'label');
  targets.merge(information, 1, 2);
  const text = targets.row([evaluation.informationSystem ?? '—']);
  targets.merge(text, 1);
  targets.fitHeight(text, evaluation.informationSystem ?? '', 150);
  targets.finish();

  const { sheet: indicators } = addTableSheet(
    workbook,
    `Gösterge Değerlendirmesi ${year}`,
    { widths: [12, 34, 10, 34, 34, 34, 34, 30], frozenColumns: 2 },
    title('Performans Sonuçlarının Değerlendirilmesi: Göstergeler'),
    [
      'Gösterge Kodu',
      'Gösterge',
      'Hedef',
      ...EVALUATION_CRITERIA.map((key) =>
        EVALUATION_PROMPTS[key].optional
          ? `${EVALUATION_PROMPTS[key].title.tr} (isteğe bağlı)`
          : EVALUATION_PROMPTS[key].title.tr,
      ),
    ],
  );
  for (const item of evaluation.indicators) {
    const texts = EVALUATION_CRITERIA.map((key) => item[key]);
    const row = indicators.row([
      item.indicator,
      item.name,
      item.target,
      ...texts.map((value) => value ?? '—'),
    ]);
    const longest = texts.reduce<string>(
      (kept, value) => ((value ?? '').length > kept.length ? (value ?? '') : kept),
      '',
    );
    indicators.fitHeight(row, longest, 34);
  }
  indicators.skip();
  indicators.footnote(
    EVALUATION_CRITERIA.map(
      (key) => `${EVALUATION_PROMPTS[key].title.tr}: ${EVALUATION_PROMPTS[key].questions.tr}`,
    ),
  );
  indicators.finish();
}
