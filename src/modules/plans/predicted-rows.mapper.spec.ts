import { describe, expect, it } from '@jest/globals';
import { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { PlanRows } from './plan-document.mapper.js';
import { indicatorRow, noRowChanges } from './plan-row-changes.js';
import { Plan } from './plan.entity.js';
import { asJsonb, predictedRows, sameRows } from './predicted-rows.mapper.js';
import { Target } from './target.entity.js';

const owned = { institutionId: 'inst', planId: 'plan' };

function indicator(id: string, code: string, position: number): Indicator {
  return Object.assign(new Indicator(), {
    ...indicatorRow(
      { code, name: `Gösterge ${code}`, weight: 50, direction: 'artis', valueType: 'kumulatif' },
      { id, targetId: 't1', position },
    ),
    ...owned,
    version: 3,
  });
}

function sample(): PlanRows {
  return {
    institution: Object.assign(new Institution(), { id: 'inst' }),
    units: [],
    plan: Object.assign(new Plan(), { id: 'plan', institutionId: 'inst' }),
    coreValues: [],
    aims: [],
    targets: [
      Object.assign(new Target(), {
        id: 't1',
        aimId: 'a1',
        code: 'H1.1',
        title: 'Hedef',
        position: 1,
        responsibleUnitId: 'u1',
        risks: null,
        controls: null,
        strategies: null,
        activities: null,
        costEstimate: null,
        findings: null,
        needs: null,
        ...owned,
        version: 2,
      }),
    ],
    collaborators: [],
    indicators: [indicator('i1', 'PG1.1.1', 1), indicator('i2', 'PG1.1.2', 2)],
    yearlyTargets: ['i1', 'i2'].map((id) =>
      Object.assign(new IndicatorTarget(), { indicatorId: id, year: 2025, value: 10, ...owned }),
    ),
    values: [Object.assign(new IndicatorValue(), { id: 'v1', indicatorId: 'i2', period: '2025-H1' })],
  };
}

describe('predictedRows', () => {
  it('moves an updated row’s version and keeps its code; a new row gets the plan’s ids and version 1', () => {
    const rows = sample();
    const changes = noRowChanges();
    const [first] = rows.indicators;
    changes.indicators.update.push({ ...indicatorRow(first, first), code: 'X', name: 'Yeni ad' });
    changes.indicators.insert.push(
      indicatorRow(
        { code: 'PG1.1.3', name: 'Üçüncü', weight: 0, direction: 'azalis', valueType: 'duzey' },
        { id: 'i3', targetId: 't1', position: 3 },
      ),
    );
    const predicted = predictedRows(rows, changes);
    expect(predicted?.indicators.map((row) => [row.id, row.code, row.name, row.version])).toEqual([
      ['i1', 'PG1.1.1', 'Yeni ad', 4],
      ['i2', 'PG1.1.2', 'Gösterge PG1.1.2', 3],
      ['i3', 'PG1.1.3', 'Üçüncü', 1],
    ]);
    expect(predicted?.indicators[2]).toMatchObject(owned);
    // Rows nothing touched are the very same objects.
    expect(predicted?.indicators[1]).toBe(rows.indicators[1]);
  });

  it('takes a deleted indicator’s yearly targets and entries with it', () => {
    const rows = sample();
    const changes = noRowChanges();
    changes.indicators.delete.push(indicatorRow(rows.indicators[1], rows.indicators[1]));
    const predicted = predictedRows(rows, changes);
    expect(predicted?.indicators.map((row) => row.id)).toEqual(['i1']);
    expect(predicted?.yearlyTargets.map((row) => row.indicatorId)).toEqual(['i1']);
    expect(predicted?.values).toEqual([]);
  });

  it('gives no guess for deleted aims or targets, whose cascades reach further', () => {
    const rows = sample();
    const changes = noRowChanges();
    changes.targets.delete.push({ ...rows.targets[0] });
    expect(predictedRows(rows, changes)).toBeNull();
  });

  it('stores jsonb values in jsonb’s key order', () => {
    const rows = sample();
    const changes = noRowChanges();
    const activities = [
      { name: 'Fidan', code: 'F1', cost: { '2026': 2, '2025': 1 }, responsibleUnit: 'PARK' },
    ];
    changes.targets.update.push({ ...rows.targets[0], activities });
    const stored = predictedRows(rows, changes)?.targets[0].activities;
    expect(JSON.stringify(stored)).toBe(
      '[{"code":"F1","cost":{"2025":1,"2026":2},"name":"Fidan","responsibleUnit":"PARK"}]',
    );
  });
});

describe('asJsonb', () => {
  it('orders keys by their UTF-8 length, then by their bytes', () => {
    // ğ is two bytes long in UTF-8, as long as bb, and after it byte by byte.
    expect(Object.keys(asJsonb({ ğ: 1, bb: 2, z: 3, a: 4 }))).toEqual(['a', 'z', 'bb', 'ğ']);
  });
});

describe('sameRows', () => {
  it('holds for the same rows in another order where the document sorts them itself', () => {
    const rows = sample();
    expect(sameRows(rows, { ...rows, yearlyTargets: [...rows.yearlyTargets].reverse() })).toBe(true);
  });

  it('tells a changed value, a changed nested key order and a missing row', () => {
    const rows = sample();
    const changed = { ...rows.targets[0], title: 'Başka' };
    expect(sameRows(rows, { ...rows, targets: [changed] })).toBe(false);
    const ordered = { ...rows.targets[0], activities: [{ code: 'F1', name: 'Fidan' }] };
    const reordered = { ...rows.targets[0], activities: [{ name: 'Fidan', code: 'F1' }] };
    expect(sameRows({ ...rows, targets: [ordered] }, { ...rows, targets: [reordered] })).toBe(false);
    expect(sameRows(rows, { ...rows, indicators: rows.indicators.slice(1) })).toBe(false);
  });
});
