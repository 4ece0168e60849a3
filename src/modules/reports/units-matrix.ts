/**
 * Report 4 of domain.md 7: the responsible and collaborating units matrix, aims and targets
 * against the institution's units. Pure.
 */
import type ExcelJS from 'exceljs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { titleLines } from './target-cards-workbook.js';
import { addSheet, fitWidth, type CellContent } from './workbook-format.js';

/** S: sorumlu birim (responsible); İ: işbirliği yapılacak birim (collaborating). */
export const RESPONSIBLE_MARK = 'S';
export const COLLABORATOR_MARK = 'İ';

export function addUnitsMatrixSheet(workbook: ExcelJS.Workbook, document: PlanDocument): void {
  const { units } = document;
  const targets = document.plan.aims.flatMap((aim) => aim.targets);
  const w = addSheet(workbook, 'Sorumlu birimler', {
    widths: [
      fitWidth(
        targets.map((target) => target.code),
        8,
        14,
      ),
      fitWidth(
        document.plan.aims.flatMap((aim) => [aim.title, ...aim.targets.map((target) => target.title)]),
        30,
        60,
      ),
      ...units.map((unit) => fitWidth([unit.code], 8, 16)),
    ],
    frozenRows: 4,
    frozenColumns: 2,
    printTitleRows: [4, 4],
  });
  w.titleBlock(titleLines(document, 'Sorumlu ve İşbirliği Yapılacak Birimler Matrisi'));
  const header = w.header(['Kod', 'Amaç / hedef', ...units.map((unit) => `${unit.code}\n${unit.name}`)]);
  w.height(
    header,
    Math.min(160, 15 * Math.max(2, ...units.map((unit) => Math.ceil(unit.name.length / 14) + 1))),
  );

  const mark = (responsible: Set<string>, collaborators: Set<string>): CellContent[] =>
    units.map((unit) =>
      responsible.has(unit.code) ? RESPONSIBLE_MARK : collaborators.has(unit.code) ? COLLABORATOR_MARK : null,
    );
  for (const aim of document.plan.aims) {
    const responsible = new Set(aim.targets.map((target) => target.responsibleUnit));
    const collaborators = new Set(aim.targets.flatMap((target) => target.collaboratingUnits ?? []));
    w.row([aim.code, aim.title, ...mark(responsible, collaborators)], 'aim');
    for (const target of aim.targets) {
      w.row([
        target.code,
        target.title,
        ...mark(new Set([target.responsibleUnit]), new Set(target.collaboratingUnits ?? [])),
      ]);
    }
    w.commit();
  }
  const count = (pick: (code: string) => (target: (typeof targets)[number]) => boolean): CellContent[] =>
    units.map((unit) => targets.filter(pick(unit.code)).length);
  w.row(
    [null, 'Sorumlu olduğu hedef sayısı', ...count((code) => (target) => target.responsibleUnit === code)],
    'total',
  );
  w.row(
    [
      null,
      'İşbirliği yaptığı hedef sayısı',
      ...count((code) => (target) => (target.collaboratingUnits ?? []).includes(code)),
    ],
    'total',
  );
  w.skip();
  w.footnote([
    `${RESPONSIBLE_MARK}: sorumlu birim (her hedefin tek sorumlu birimi vardır); ${COLLABORATOR_MARK}: işbirliği yapılacak birim. ` +
      'Amaç satırı, amacın hedeflerinden birinde sorumlu (S) ya da yalnızca işbirliği yapan (İ) birimleri gösterir.',
  ]);
  w.finish();
}
