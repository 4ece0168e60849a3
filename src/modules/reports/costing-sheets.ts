/**
 * Report 5 of domain.md 7: the costing tables of domain.md 2.2 — the estimated cost table (aims
 * and targets from their cards' cost estimates, general administration, total resource need)
 * and the resource table (bütçe, bütçe dışı), with the per-year check that they balance
 * (COST_BALANCE). A missing amount stays empty and is named; it never counts as 0. Pure.
 */
import type ExcelJS from 'exceljs';
import type { PlanDocument, YearAmounts } from '../../contracts/plan-document.js';
import { columnLetter } from '../../workbooks/workbook-upload.js';
import { sumExact } from '../progress/actual-value.js';
import { planYearList, titleLines } from './target-cards-workbook.js';
import { addSheet, fitWidth, type CellContent } from './workbook-format.js';

const RESOURCE_KINDS = { butce: 'Bütçe', 'butce-disi': 'Bütçe dışı' } as const;

/** Amounts of the years given: the exact sum of those present, null when none is. */
export function sumByYear(amounts: Array<YearAmounts | undefined>, years: number[]): Array<number | null> {
  return years.map((year) => {
    const present = amounts.flatMap((item) => {
      const value = item?.[String(year)];
      return value === undefined ? [] : [value];
    });
    return present.length === 0 ? null : sumExact(present);
  });
}

/** Per-year values followed by their total (null when the year values are all missing). */
function withTotal(values: Array<number | null>): CellContent[] {
  const present = values.filter((value): value is number => value !== null);
  return [...values, present.length === 0 ? null : sumExact(present)];
}

export function addCostingSheets(workbook: ExcelJS.Workbook, document: PlanDocument): void {
  const { plan } = document;
  const years = planYearList(plan);
  const targets = plan.aims.flatMap((aim) => aim.targets);
  const generalAdministration = plan.costing?.generalAdministration;
  const need = sumByYear([...targets.map((target) => target.costEstimate), generalAdministration], years);

  const costs = addSheet(workbook, 'Maliyet tablosu', {
    widths: [
      fitWidth(
        targets.map((target) => target.code),
        10,
        14,
      ),
      fitWidth(
        plan.aims.flatMap((aim) => [aim.title, ...aim.targets.map((target) => target.title)]),
        36,
        60,
      ),
      ...years.map(() => 16),
      18,
    ],
    frozenRows: 4,
    frozenColumns: 2,
    printTitleRows: [4, 4],
  });
  costs.titleBlock(titleLines(document, 'Tahmini Maliyet Tablosu (TL)'));
  costs.header(['Kod', 'Amaç / hedef', ...years.map(String), 'Toplam']);
  for (const aim of plan.aims) {
    costs.row(
      [
        aim.code,
        aim.title,
        ...withTotal(
          sumByYear(
            aim.targets.map((target) => target.costEstimate),
            years,
          ),
        ),
      ],
      'aim',
    );
    for (const target of aim.targets) {
      costs.row([target.code, target.title, ...withTotal(sumByYear([target.costEstimate], years))]);
    }
    costs.commit();
  }
  costs.row(
    [null, 'Genel yönetim giderleri', ...withTotal(sumByYear([generalAdministration], years))],
    'total',
  );
  costs.row([null, 'Toplam kaynak ihtiyacı', ...withTotal(need)], 'aim');
  const missing = targets.flatMap((target) => {
    const lacking = years.filter((year) => target.costEstimate?.[String(year)] === undefined);
    return lacking.length === 0 ? [] : [`${target.code} (${lacking.join(', ')})`];
  });
  costs.skip();
  costs.footnote([
    'Amaç satırları hedeflerin hedef kartlarındaki maliyet tahminlerinin toplamıdır; toplam kaynak ihtiyacı = hedef maliyetleri + genel yönetim giderleri.',
    ...(missing.length > 0
      ? [`Maliyet tahmini girilmemiş hedefler (boş bırakıldı, 0 sayılmadı): ${missing.join('; ')}.`]
      : []),
    ...(generalAdministration === undefined ? ['Genel yönetim giderleri girilmemiş.'] : []),
  ]);
  costs.finish();

  const resources = plan.costing?.resources ?? [];
  const sheet = addSheet(workbook, 'Kaynak tablosu', {
    widths: [
      fitWidth(
        resources.map((resource) => resource.source),
        30,
        50,
      ),
      12,
      ...years.map(() => 16),
      18,
    ],
    frozenRows: 4,
    frozenColumns: 1,
    printTitleRows: [4, 4],
  });
  sheet.titleBlock(titleLines(document, 'Kaynak Tablosu (TL)'));
  sheet.header(['Kaynak', 'Türü', ...years.map(String), 'Toplam']);
  for (const resource of resources) {
    sheet.row([
      resource.source,
      RESOURCE_KINDS[resource.kind],
      ...withTotal(sumByYear([resource.amounts], years)),
    ]);
  }
  const ofKind = (kind: keyof typeof RESOURCE_KINDS): Array<number | null> =>
    sumByYear(
      resources.filter((resource) => resource.kind === kind).map((resource) => resource.amounts),
      years,
    );
  sheet.row(['Bütçe toplamı', null, ...withTotal(ofKind('butce'))], 'total');
  sheet.row(['Bütçe dışı toplamı', null, ...withTotal(ofKind('butce-disi'))], 'total');
  const available = sumByYear(
    resources.map((resource) => resource.amounts),
    years,
  );
  sheet.row(['Toplam kaynak', null, ...withTotal(available)], 'aim');
  sheet.row(['Toplam kaynak ihtiyacı (maliyet tablosu)', null, ...withTotal(need)], 'total');
  const difference = years.map((_year, index) => {
    const have = available[index];
    const needed = need[index];
    return have === null || needed === null ? null : sumExact([have, -needed]);
  });
  const differenceRow = sheet.row(['Fark (kaynak − ihtiyaç)', null, ...withTotal(difference)], 'total');
  const first = `C${differenceRow}`;
  sheet.sheet.addConditionalFormatting({
    ref: `${first}:${columnLetter(3 + years.length)}${differenceRow}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(ISNUMBER(${first}),${first}<>0)`],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
          font: { color: { argb: 'FF9C0006' } },
        },
      },
    ],
  });
  const unbalanced = years.filter((_year, index) => difference[index] !== null && difference[index] !== 0);
  sheet.skip();
  sheet.footnote([
    'Denge (COST_BALANCE): her yıl hedef maliyetleri + genel yönetim giderleri = toplam kaynak olmalıdır; fark 0 değilse kırmızıdır.',
    unbalanced.length > 0
      ? `Dengede olmayan yıllar: ${unbalanced.join(', ')}.`
      : difference.some((value) => value === null)
        ? 'Tutarı girilmemiş yıllarda denge hesaplanmadı.'
        : 'Her yıl dengede.',
  ]);
  sheet.finish();
}
