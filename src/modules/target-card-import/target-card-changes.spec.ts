import { describe, expect, it } from '@jest/globals';
import type { AimDoc } from '../../contracts/plan-document.js';
import { validPlanDocument } from '../plans/test-fixtures.js';
import { indicatorRow, targetRow, yearlyTargetRows } from '../plans/plan-row-changes.js';
import { cardChanges, countChanges, sameJson, type StoredCards } from './target-card-changes.js';

/** The fixture's cards as stored rows (ids from codes), as the service reads them. */
function stored(aims: AimDoc[]): StoredCards {
  const cards: StoredCards = {
    aims: [],
    targets: [],
    indicators: [],
    yearlyTargets: [],
    collaborators: [],
    unitIds: new Map([
      ['FEN', 'u-FEN'],
      ['PARK', 'u-PARK'],
      ['ZABITA', 'u-ZABITA'],
    ]),
  };
  let targetPosition = 0;
  let indicatorPosition = 0;
  aims.forEach((aim, index) => {
    cards.aims.push({ id: `id-${aim.code}`, code: aim.code, title: aim.title, position: index + 1 });
    for (const target of aim.targets) {
      targetPosition += 1;
      cards.targets.push({
        ...targetRow(target, {
          id: `id-${target.code}`,
          aimId: `id-${aim.code}`,
          position: targetPosition,
          responsibleUnitId: `u-${target.responsibleUnit}`,
        }),
        // jsonb gives keys back in its own order: the diff must not see that as a change.
        activities:
          (target.activities?.map((activity) => Object.fromEntries(Object.entries(activity).reverse())) as
            typeof target.activities | null) ?? null,
      });
      (target.collaboratingUnits ?? []).forEach((code, position) =>
        cards.collaborators.push({
          targetId: `id-${target.code}`,
          unitId: `u-${code}`,
          position: position + 1,
        }),
      );
      for (const indicator of target.indicators) {
        indicatorPosition += 1;
        const id = `id-${indicator.code}`;
        cards.indicators.push(
          indicatorRow(indicator, { id, targetId: `id-${target.code}`, position: indicatorPosition }),
        );
        cards.yearlyTargets.push(...yearlyTargetRows(id, indicator.targets));
      }
    }
  });
  return cards;
}

const NO_CHANGE = { added: 0, changed: 0, removed: 0 };

function newIds(): () => string {
  let next = 0;
  return () => `new-${(next += 1)}`;
}

describe('target card changes', () => {
  it('the same cards change nothing', () => {
    const aims = validPlanDocument().plan.aims;
    const changes = cardChanges(stored(aims), aims, newIds());
    expect(countChanges(changes)).toEqual({
      aims: NO_CHANGE,
      targets: NO_CHANGE,
      indicators: NO_CHANGE,
      yearlyTargets: NO_CHANGE,
    });
    expect(changes.collaborators).toEqual({ targetIds: [], rows: [] });
  });

  it('writes only what differs: a weight, a yearly target, a title, a collaborator', () => {
    const before = validPlanDocument().plan.aims;
    const aims = validPlanDocument().plan.aims;
    const target = aims[0].targets[0];
    target.title = 'Yeni başlık';
    target.collaboratingUnits = ['ZABITA', 'FEN'];
    target.indicators[0].weight = 45;
    target.indicators[1].weight = 30;
    target.indicators[0].targets['2027'] = 165000;
    delete target.indicators[2].targets['2029'];
    const changes = cardChanges(stored(before), aims, newIds());
    expect(changes.targets.update.map((row) => [row.id, row.title])).toEqual([['id-H1.1', 'Yeni başlık']]);
    expect(changes.indicators.update.map((row) => [row.id, row.weight])).toEqual([
      ['id-PG1.1.1', 45],
      ['id-PG1.1.2', 30],
    ]);
    expect(changes.yearlyTargets).toEqual({
      insert: [],
      update: [{ indicatorId: 'id-PG1.1.1', year: 2027, value: 165000 }],
      delete: [{ indicatorId: 'id-PG1.1.3', year: 2029, value: 100 }],
    });
    expect(changes.collaborators).toEqual({
      targetIds: ['id-H1.1'],
      rows: [
        { targetId: 'id-H1.1', unitId: 'u-ZABITA', position: 1 },
        { targetId: 'id-H1.1', unitId: 'u-FEN', position: 2 },
      ],
    });
  });

  it('matches by code: a moved indicator keeps its id, a new code is added, a missing one removed', () => {
    const before = validPlanDocument().plan.aims;
    const aims = validPlanDocument().plan.aims;
    const moved = aims[0].targets[0].indicators.pop();
    if (!moved) throw new Error('fixture');
    aims[1].targets[0].indicators.push(moved);
    aims[1].targets[0].indicators[0] = { ...aims[1].targets[0].indicators[0], code: 'PG2.1.2' };
    aims.push({ code: 'A3', title: 'Yeni amaç', targets: [] });
    const changes = cardChanges(stored(before), aims, newIds());
    expect(changes.aims.insert).toEqual([{ id: 'new-2', code: 'A3', title: 'Yeni amaç', position: 3 }]);
    expect(changes.indicators.insert.map((row) => [row.id, row.code, row.targetId])).toEqual([
      ['new-1', 'PG2.1.2', 'id-H2.1'],
    ]);
    expect(changes.indicators.update.map((row) => [row.id, row.targetId, row.position])).toEqual([
      ['id-PG1.1.3', 'id-H2.1', 4],
    ]);
    expect(changes.indicators.delete.map((row) => row.id)).toEqual(['id-PG2.1.1']);
    expect(changes.yearlyTargets.insert).toHaveLength(5);
    expect(changes.yearlyTargets.insert.every((row) => row.indicatorId === 'new-1')).toBe(true);
  });

  it('keeps an indicator’s chart axis setting, which the workbook has no column for', () => {
    const aims = validPlanDocument().plan.aims;
    const cards = stored(aims);
    cards.indicators[0].chartFromZero = false;
    const changes = cardChanges(cards, aims, newIds());
    expect(changes.indicators.update).toEqual([]);
    aims[0].targets[0].indicators[0].weight = 45;
    aims[0].targets[0].indicators[1].weight = 30;
    const reweighted = cardChanges(cards, aims, newIds());
    expect(reweighted.indicators.update.map((row) => [row.code, row.chartFromZero])).toEqual([
      ['PG1.1.1', false],
      ['PG1.1.2', true],
    ]);
  });

  it('compares JSON whatever the key order', () => {
    expect(sameJson({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
  });
});
