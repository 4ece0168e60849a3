/**
 * The performance cards of a programme-budget PP (planning-cycle.md 3) as one workbook: a sheet
 * per sub-programme with its programme and sub-programme, each goal with the plan targets it
 * serves, its indicators over the six columns, its activities' costs by funding type and economic
 * code over the six cost columns with their totals, and the justification forms. Every figure
 * comes from the card GET …/budget answers (its totals summed by programme-budget-rules.ts); text
 * is written as text (formula injection). Pure: exceljs only.
 */
import type ExcelJS from 'exceljs';
import {
  budgetCostColumnTitle,
  budgetIndicatorColumnTitle,
  FUNDING_TYPE_TITLES,
} from '../../contracts/labels.js';
import {
  BUDGET_COST_COLUMNS,
  BUDGET_INDICATOR_COLUMNS,
  ECONOMIC_CODES,
  FUNDING_TYPES,
  type BudgetCostTotals,
  type ProgrammeBudgetResponse,
} from '../../contracts/programme.js';
import { ECONOMIC_CODE_TITLES } from '../../common/messages/programme-texts.js';
import { NO_DATA_TEXT, numberFormatOf, type CellContent } from '../reports/workbook-format.js';
import { TL_FORMAT } from './programme-workbook.js';
import { addTitledSheet } from './titled-sheet.js';

export const BUDGET_CARD_FOOTNOTE = [
  'Maliyetler TL’dir; toplamlar kuruş üzerinden hesaplanır. Boş bırakılan bir maliyet sütunu toplama 0 TL olarak girer; göstergelerde boş bir sütun "veri yok" yazılır ve hiçbir zaman sıfır sayılmaz.',
  'Yıl sonu tahmini, içinde bulunulan yılın sonu için yapılan tahmindir; gerçekleşme değildir. Teklif yılının (t) maliyetleri bütçe teklifindeki kaynak ihtiyacıyla karşılaştırılır (PP_RESOURCE_IDENTITY).',
];

export interface BudgetWorkbookInput {
  institution: string;
  planTitle: string;
  card: ProgrammeBudgetResponse;
}

const tl = (amount: number): CellContent => ({ number: amount, format: TL_FORMAT });
const figure = (value: number | null): CellContent =>
  value === null ? NO_DATA_TEXT : { number: value, format: numberFormatOf(value) };
const totalsCells = (totals: BudgetCostTotals, part: 'budget' | 'offBudget' | 'total'): CellContent[] =>
  BUDGET_COST_COLUMNS.map((column) => tl(totals[column][part]));

/** Column layout: code, name, unit / line, then the six columns. */
const WIDTHS = [12, 48, 28, 16, 16, 18, 16, 16, 16];

export function addBudgetCardSheets(workbook: ExcelJS.Workbook, input: BudgetWorkbookInput): void {
  const { card } = input;
  const year = card.year;
  const title = [
    input.institution,
    input.planTitle,
    `${year} Yılı Performans Programı — Alt Program Performans Kartı`,
  ];
  if (!card.programmes.some((programme) => programme.subProgrammes.length > 0)) {
    const sheet = addTitledSheet(workbook, 'Performans Kartı', { widths: WIDTHS }, title);
    sheet.row(['Programda henüz alt program yok.']);
    sheet.finish();
  }
  for (const programme of card.programmes) {
    for (const sub of programme.subProgrammes) {
      const sheet = addTitledSheet(workbook, `${sub.code} ${sub.name}`, { widths: WIDTHS }, title);
      sheet.row(['Program', programme.code, programme.name], 'label', { fill: true });
      sheet.row(['Alt Program', sub.code, sub.name], 'label', { fill: true });
      sheet.skip();
      for (const goal of sub.goals) {
        sheet.row(['Alt Program Hedefi', goal.code, goal.title], 'target', { fill: true });
        sheet.row(
          ['Plan hedefleri', goal.targets.map((target) => `${target.code} ${target.title}`).join('; ')],
          'label',
          { fill: true },
        );
        sheet.header([
          'Kod',
          'Performans göstergesi',
          'Ölçü birimi',
          ...BUDGET_INDICATOR_COLUMNS.map((column) => budgetIndicatorColumnTitle(column, year, 'tr')),
        ]);
        for (const indicator of goal.indicators)
          sheet.row([
            indicator.code,
            indicator.name,
            indicator.unit ?? NO_DATA_TEXT,
            ...BUDGET_INDICATOR_COLUMNS.map((column) => figure(indicator.figures[column])),
          ]);
        sheet.header([
          'Kod',
          'Faaliyet / ekonomik kod',
          'Sorumlu birim / finansman',
          ...BUDGET_COST_COLUMNS.map((column) => `${budgetCostColumnTitle(column, year, 'tr')} (TL)`),
        ]);
        for (const activity of goal.activities) {
          sheet.row(
            [activity.code, activity.name, activity.unitName ?? activity.unit ?? NO_DATA_TEXT],
            'label',
            {
              fill: true,
            },
          );
          for (const funding of FUNDING_TYPES)
            for (const code of ECONOMIC_CODES) {
              const amounts = activity.costs[funding]?.[code];
              if (amounts === undefined) continue;
              sheet.row([
                null,
                `${code} ${ECONOMIC_CODE_TITLES.tr[code]}`,
                FUNDING_TYPE_TITLES.tr[funding],
                ...BUDGET_COST_COLUMNS.map((column) => {
                  const amount = amounts[column];
                  return amount === undefined ? null : tl(amount);
                }),
              ]);
            }
          sheet.row(
            [null, `${activity.code} Toplam`, null, ...totalsCells(activity.totals, 'total')],
            'total',
          );
        }
        sheet.row([null, `${goal.code} Bütçe İçi`, null, ...totalsCells(goal.totals, 'budget')], 'total');
        sheet.row([null, `${goal.code} Bütçe Dışı`, null, ...totalsCells(goal.totals, 'offBudget')], 'total');
        sheet.row([null, `${goal.code} Toplam`, null, ...totalsCells(goal.totals, 'total')], 'total');
        sheet.skip();
        sheet.commit();
      }
      sheet.row([null, 'Alt Program Bütçe İçi', null, ...totalsCells(sub.totals, 'budget')], 'total');
      sheet.row([null, 'Alt Program Bütçe Dışı', null, ...totalsCells(sub.totals, 'offBudget')], 'total');
      sheet.row([null, 'Alt Program Genel Toplam', null, ...totalsCells(sub.totals, 'total')], 'total');
      sheet.skip();
      const activities = sub.goals.flatMap((goal) => goal.activities);
      if (activities.length > 0) {
        const row = sheet.row(['Faaliyet Gerekçe Formları'], 'header', { fill: true });
        sheet.merge(row, 1);
      }
      for (const activity of activities) {
        sheet.row([activity.code, activity.name], 'label', { fill: true });
        const form: Array<[string, string | null]> = [
          ['Yasal dayanak', activity.justification.legalBasis],
          ['Gerekçe', activity.justification.rationale],
          ['Maliyet unsurları', activity.justification.costElements],
          ['Bütçe tertipleri', activity.justification.budgetLines],
        ];
        for (const [label, text] of form) {
          const row = sheet.row([null, label, text ?? NO_DATA_TEXT]);
          sheet.merge(row, 3);
          sheet.fitHeight(row, text ?? '', sheet.widthOf(3));
        }
      }
      sheet.skip();
      sheet.footnote(BUDGET_CARD_FOOTNOTE);
      sheet.finish();
    }
  }
}
