/**
 * The classic performance programme's tables 1–5 (planning-cycle.md 3) as one workbook: a sheet
 * per table, each with the title block, Turkish headers, frozen header rows, A4 landscape, TL in
 * Turkish number formats and the footnote of the method. Every figure comes from the tables
 * computed by programme-tables.ts; text is written as text (formula injection). Pure: exceljs only.
 */
import type ExcelJS from 'exceljs';
import {
  ECONOMIC_CODES,
  OFF_BUDGET_SOURCES,
  type ProgrammeFigure,
  type ProgrammeTablesResponse,
  type ShareLine,
} from '../../contracts/programme.js';
import { ECONOMIC_CODE_TITLES, OFF_BUDGET_TITLES } from '../../common/messages/programme-texts.js';
import type { CellContent } from '../reports/workbook-format.js';
import { addTableSheet, addTitledSheet } from './titled-sheet.js';

/** TL with kuruş: 1.020.000,75. */
export const TL_FORMAT = '#,##0.00';
/** A share of the grand total in percent, one decimal: 54,2. */
export const SHARE_FORMAT = '#,##0.0';

const FIGURE_SOURCE: Record<NonNullable<ProgrammeFigure['source']>, string> = {
  actual: 'gerçekleşme',
  plan: 'plan hedefi',
  entered: 'girilen',
};

export const PROGRAMME_FOOTNOTE = [
  'Kaynak ihtiyacı = faaliyet ve proje maliyetleri + genel yönetim giderleri + diğer idarelere transfer edilecek kaynaklar; Tablo 3 ve Tablo 4 aynı toplamı verir ve bütçe teklifindeki kaynak ihtiyacına eşit olmalıdır.',
  'Tutarlar TL’dir; toplamlar kuruş üzerinden hesaplanır. Göstergelerde t-2 ve t-1 yıllarının değeri Pusula’daki onaylı değerlerden hesaplanan yıl sonu gerçekleşmesidir (yoksa girilen değer); t yılı değeri planın yıllık hedefidir.',
];

export interface ProgrammeWorkbookInput {
  institution: string;
  planTitle: string;
  year: number;
  tables: ProgrammeTablesResponse;
  /** Unit names by code, for Tablo 5. */
  unitNames: ReadonlyMap<string, string>;
}

const tl = (amount: number): CellContent => ({ number: amount, format: TL_FORMAT });
const share = (value: number | null): CellContent =>
  value === null ? '—' : { number: Math.round(value * 1000) / 10, format: SHARE_FORMAT };
const shareCells = (line: ShareLine): CellContent[] => [
  tl(line.budget),
  share(line.shares.budget),
  tl(line.offBudget),
  share(line.shares.offBudget),
  tl(line.total),
  share(line.shares.total),
];

export function addProgrammeSheets(workbook: ExcelJS.Workbook, input: ProgrammeWorkbookInput): void {
  const { tables, year } = input;
  const title = (table: string): string[] => [
    input.institution,
    input.planTitle,
    `${year} Yılı Performans Programı — ${table}`,
  ];

  // Tablo 1: each PH with its indicators (t-2, t-1, t) and its activities' resource need.
  const t1 = addTitledSheet(
    workbook,
    'Tablo 1 Performans Hedefi',
    { widths: [12, 56, 16, 16, 16, 40] },
    title('Tablo 1 İdare Performans Hedefi Tablosu'),
  );
  for (const target of tables.performance.targets) {
    const part = tables.indicators.find((item) => item.code === target.code);
    const indicators = part?.indicators ?? [];
    t1.row(['Amaç', target.aimCode], 'label', { fill: true });
    t1.row(['Hedef', `${target.targetCode} ${target.title}`.trim()], 'label', { fill: true });
    t1.row(['Performans Hedefi', `${target.code} ${target.title}`], 'target', { fill: true });
    t1.row(['Açıklamalar', part?.explanation ?? ''], 'label', { fill: true });
    t1.header(['Kod', 'Performans göstergesi', String(year - 2), String(year - 1), String(year), 'Açıklama']);
    for (const indicator of indicators) {
      t1.row([
        indicator.code,
        `${indicator.name}${indicator.unit ? ` (${indicator.unit})` : ''}`,
        ...indicator.figures.map((figure) => (figure.value === null ? 'veri yok' : figure.value)),
        [
          indicator.explanation,
          indicator.figures
            .filter((figure) => figure.source !== null)
            .map((figure) => `${figure.year}: ${FIGURE_SOURCE[figure.source ?? 'entered']}`)
            .join(', '),
        ]
          .filter(Boolean)
          .join(' — '),
      ]);
    }
    t1.header(['Kod', 'Faaliyetler', 'Bütçe (TL)', 'Bütçe Dışı (TL)', 'Toplam (TL)', '']);
    for (const activity of target.activities) {
      t1.row([activity.code, activity.name, tl(activity.budget), tl(activity.offBudget), tl(activity.total)]);
    }
    t1.row(
      [null, 'Genel Toplam', tl(target.total.budget), tl(target.total.offBudget), tl(target.total.total)],
      'total',
    );
    t1.skip();
    t1.commit();
  }
  t1.footnote(PROGRAMME_FOOTNOTE);
  t1.finish();

  // Tablo 2: every activity's costs by economic code and off-budget source.
  const economic = ECONOMIC_CODES.map((code) => `${code} ${ECONOMIC_CODE_TITLES.tr[code]}`);
  const offBudget = OFF_BUDGET_SOURCES.map((source) => OFF_BUDGET_TITLES.tr[source]);
  const { sheet: t2 } = addTableSheet(
    workbook,
    'Tablo 2 Faaliyet Maliyetleri',
    {
      widths: [10, 10, 40, 28, ...economic.map(() => 15), 16, ...offBudget.map(() => 15), 16, 18],
      frozenColumns: 3,
    },
    title('Tablo 2 Faaliyet Maliyetleri Tablosu'),
    [
      'Performans hedefi',
      'Faaliyet',
      'Faaliyet adı',
      'Sorumlu harcama birimi',
      ...economic,
      'Toplam Bütçe',
      ...offBudget,
      'Toplam Bütçe Dışı',
      'Toplam Kaynak İhtiyacı',
    ],
  );
  for (const activity of tables.activityCosts) {
    t2.row([
      activity.target,
      activity.activity,
      activity.name,
      unitLabel(activity.responsibleUnit, input.unitNames),
      ...activity.budget.map((line) => tl(line.amount)),
      tl(activity.budgetTotal),
      ...activity.offBudget.map((line) => tl(line.amount)),
      tl(activity.offBudgetTotal),
      tl(activity.total),
    ]);
  }
  t2.skip();
  t2.footnote(PROGRAMME_FOOTNOTE);
  t2.finish();

  // Tablo 3: PHs and their activities, general administration, transfers, grand total, with shares.
  const { sheet: t3 } = addTableSheet(
    workbook,
    'Tablo 3 Performans Tablosu',
    { widths: [10, 56, 18, 9, 18, 9, 18, 9], frozenColumns: 2 },
    title('Tablo 3 İdare Performans Tablosu'),
    ['Kod', 'Performans hedefi / faaliyet', 'Bütçe (TL)', '%', 'Bütçe Dışı (TL)', '%', 'Toplam (TL)', '%'],
  );
  for (const target of tables.performance.targets) {
    t3.row([target.code, target.title, ...shareCells(target.total)], 'target');
    for (const activity of target.activities) t3.row([activity.code, activity.name, ...shareCells(activity)]);
  }
  const performance = tables.performance;
  t3.row([null, 'Performans hedefleri toplamı', ...shareCells(performance.activitiesTotal)], 'total');
  t3.row([null, 'Genel Yönetim Giderleri', ...shareCells(performance.generalAdministration)], 'total');
  t3.row(
    [null, 'Diğer İdarelere Transfer Edilecek Kaynaklar', ...shareCells(performance.transfers)],
    'total',
  );
  t3.row([null, 'Genel Toplam', ...shareCells(performance.grandTotal)], 'total');
  t3.skip();
  t3.footnote(PROGRAMME_FOOTNOTE);
  t3.finish();

  // Tablo 4: the resource need by economic code, beside the budget proposal.
  const { sheet: t4 } = addTableSheet(
    workbook,
    'Tablo 4 Kaynak İhtiyacı',
    { widths: [8, 36, 18, 18, 18, 18, 18, 16], frozenColumns: 2 },
    title('Tablo 4 İdarenin Toplam Kaynak İhtiyacı'),
    [
      'Kod',
      'Ekonomik kod / kaynak',
      'Faaliyet Toplamı',
      'Genel Yönetim Giderleri',
      'Diğer İdarelere Transfer',
      'Genel Toplam',
      'Bütçe teklifi',
      'Fark',
    ],
  );
  const resources = tables.resources;
  const proposal = new Map<string, number>();
  for (const line of tables.identityBreaks) proposal.set(line.line, line.proposal);
  const columns = (line: {
    activities: number;
    generalAdministration: number;
    transfers: number;
    total: number;
  }) => [tl(line.activities), tl(line.generalAdministration), tl(line.transfers), tl(line.total)];
  for (const line of resources.budget) {
    const proposed = proposal.get(line.code) ?? line.total;
    t4.row([
      line.code,
      ECONOMIC_CODE_TITLES.tr[line.code],
      ...columns(line),
      tl(proposed),
      tl(round2(proposed - line.total)),
    ]);
  }
  const proposedTotal = proposal.get('total') ?? resources.budgetTotal.total;
  t4.row(
    [
      null,
      'Toplam Bütçe',
      ...columns(resources.budgetTotal),
      tl(proposedTotal),
      tl(round2(proposedTotal - resources.budgetTotal.total)),
    ],
    'total',
  );
  for (const line of resources.offBudget) {
    t4.row([null, OFF_BUDGET_TITLES.tr[line.source], ...columns(line)]);
  }
  t4.row([null, 'Toplam Bütçe Dışı', ...columns(resources.offBudgetTotal)], 'total');
  t4.row([null, 'Genel Toplam', ...columns(resources.total)], 'total');
  t4.skip();
  t4.footnote(PROGRAMME_FOOTNOTE);
  t4.finish();

  // Tablo 5: PHs, their activities and the responsible units.
  const { sheet: t5 } = addTableSheet(
    workbook,
    'Tablo 5 Sorumlu Birimler',
    { widths: [10, 48, 10, 48, 36] },
    title('Tablo 5 Performans Hedefleri, Faaliyetler ve Sorumlu Birimler'),
    ['Performans hedefi', 'Performans hedefinin adı', 'Faaliyet', 'Faaliyet adı', 'Sorumlu harcama birimi'],
  );
  for (const target of tables.responsibilities.targets) {
    if (target.activities.length === 0) t5.row([target.code, target.title]);
    for (const activity of target.activities) {
      t5.row([
        target.code,
        target.title,
        activity.code,
        activity.name,
        unitLabel(activity.responsibleUnit, input.unitNames),
      ]);
    }
  }
  t5.skip();
  t5.footnote([`Sorumlu harcama birimi seçilmemiş faaliyetler "birim yok" olarak gösterilir.`]);
  t5.finish();
}

function unitLabel(code: string | null, names: ReadonlyMap<string, string>): string {
  if (code === null) return 'birim yok';
  return names.get(code) ?? code;
}

function round2(amount: number): number {
  return Math.round(amount * 100) / 100;
}
