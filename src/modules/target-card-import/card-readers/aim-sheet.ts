/** An aim sheet: the aim row, then its target cards, each row handed to the reader of its card section. Pure. */
import type ExcelJS from 'exceljs';
import { AIM_ROW, LABELS, TEXT_LISTS, type TextListField } from '../../reports/target-card-layout.js';
import { readActivityHeader, readActivityRow, type ActivityColumns } from './activities.js';
import type { Card, CellReader, Json, Place } from './cells.js';
import { readCollaborator } from './collaborating-units.js';
import { readCostHeader, readCostValues } from './cost-estimate.js';
import { readIndicatorHeader, readIndicatorRow, type IndicatorColumns } from './indicators.js';
import { readListItem } from './text-lists.js';

/** Which section of the card the rows without a label in column A belong to. */
type State =
  | { kind: 'none' }
  | { kind: 'expectHeader' }
  | { kind: 'indicators'; columns: IndicatorColumns }
  | { kind: 'collaborators' }
  | { kind: 'list'; field: TextListField }
  | { kind: 'activities'; columns: ActivityColumns }
  | { kind: 'costHeader'; columns: Map<number, number> };

export function readAimSheet(cells: CellReader, sheet: ExcelJS.Worksheet, aimIndex: number): Json | null {
  if (cells.columnA(sheet, AIM_ROW) !== LABELS.aim) {
    cells.problems.push({
      path: sheet.name,
      sheet: sheet.name,
      code: 'UNKNOWN_SHEET',
      message: cells.say('unknownSheet', { sheet: sheet.name, row: AIM_ROW, label: LABELS.aim }),
    });
    return null;
  }
  const aimPath = `plan.aims[${aimIndex}]`;
  cells.locate(aimPath, { sheet: sheet.name, row: AIM_ROW, column: 1 });
  const aim: Json = {
    code: cells.readCode(sheet, AIM_ROW, 2, `${aimPath}.code`),
    title: cells.readText(sheet, AIM_ROW, 3, `${aimPath}.title`),
  };
  const targets: Json[] = [];
  let card: Card | null = null;
  let state: State = { kind: 'none' };
  const width = Math.max(sheet.columnCount, 2);
  for (let row = AIM_ROW + 1; row <= sheet.rowCount; row += 1) {
    if (cells.isBlank(sheet, row, width)) continue;
    const label = cells.columnA(sheet, row);
    const place: Place = { sheet: sheet.name, row, column: 1 };
    if (label === LABELS.target) {
      const path = `${aimPath}.targets[${targets.length}]`;
      cells.locate(path, place);
      card = {
        path,
        target: {
          code: cells.readCode(sheet, row, 2, `${path}.code`),
          title: cells.readText(sheet, row, 3, `${path}.title`),
        },
      };
      targets.push(card.target);
      state = { kind: 'expectHeader' };
      continue;
    }
    if (!card) {
      cells.problem(
        place,
        'UNKNOWN_ROW',
        label ? cells.say('unknownRow', { label }) : cells.say('noTarget', {}),
      );
      continue;
    }
    if (state.kind === 'expectHeader' || label === LABELS.indicatorHeader) {
      if (label !== LABELS.indicatorHeader || state.kind !== 'expectHeader') {
        cells.problem(
          place,
          'UNKNOWN_ROW',
          cells.say('noHeader', { label: LABELS.target, header: LABELS.indicatorHeader }),
        );
        state = { kind: 'none' };
        continue;
      }
      state = { kind: 'indicators', columns: readIndicatorHeader(cells, sheet, row, card) };
      continue;
    }
    const listField = TEXT_LISTS.find(([, listLabel]) => listLabel === label)?.[0];
    if (label === LABELS.responsibleUnit) {
      card.target.responsibleUnit = cells.readCode(sheet, row, 2, `${card.path}.responsibleUnit`);
      state = { kind: 'none' };
    } else if (label === LABELS.collaboratingUnits) {
      cells.locate(`${card.path}.collaboratingUnits`, { ...place, column: 2 });
      state = { kind: 'collaborators' };
      readCollaborator(cells, sheet, row, card);
    } else if (listField) {
      cells.locate(`${card.path}.${listField}`, { ...place, column: 2 });
      state = { kind: 'list', field: listField };
      readListItem(cells, sheet, row, card, listField);
    } else if (label === LABELS.activities) {
      cells.locate(`${card.path}.activities`, place);
      state = { kind: 'activities', columns: readActivityHeader(cells, sheet, row) };
    } else if (label === LABELS.costEstimate) {
      cells.locate(`${card.path}.costEstimate`, place);
      state = { kind: 'costHeader', columns: readCostHeader(cells, sheet, row) };
    } else if (state.kind === 'indicators') {
      readIndicatorRow(cells, sheet, row, card, state.columns);
    } else if (label !== '') {
      cells.problem(place, 'UNKNOWN_ROW', cells.say('unknownRow', { label }));
    } else if (state.kind === 'collaborators') {
      readCollaborator(cells, sheet, row, card);
    } else if (state.kind === 'list') {
      readListItem(cells, sheet, row, card, state.field);
    } else if (state.kind === 'activities') {
      readActivityRow(cells, sheet, row, card, state.columns);
    } else if (state.kind === 'costHeader') {
      readCostValues(cells, sheet, row, card, state.columns);
      state = { kind: 'none' };
    } else {
      cells.problem({ ...place, column: 2 }, 'UNKNOWN_ROW', cells.say('unknownRow', { label: '' }));
    }
  }
  aim.targets = targets;
  return aim;
}
