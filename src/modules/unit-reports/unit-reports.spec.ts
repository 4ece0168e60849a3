import { describe, expect, it } from '@jest/globals';
import type { TargetProgress } from '../../contracts/progress.js';
import type { EntryState } from '../../contracts/workflow.js';
import { owingUnits, reportCounts, unitTargets } from './unit-reports.js';

/*
 * An institution with four units: YAZI (id u1), PARK (u2), IDARI (u3), BILGI (u4). PARK is
 * responsible for a target, IDARI for an activity of the year; YAZI and BILGI for nothing, so
 * two reports are owed, listed IDARI before PARK (code order, not the order the units come in).
 */
const units = [
  { id: 'u1', code: 'YAZI', name: 'Yazı İşleri' },
  { id: 'u2', code: 'PARK', name: 'Park ve Bahçeler' },
  { id: 'u3', code: 'IDARI', name: 'İdari İşler' },
  { id: 'u4', code: 'BILGI', name: 'Bilgi İşlem' },
];

describe('the units that owe a report', () => {
  it('are the units responsible for something in the year, in code order', () => {
    expect(owingUnits(units, new Set(['u2', 'u3'])).map((unit) => unit.code)).toEqual(['IDARI', 'PARK']);
  });

  it('are none when no unit is responsible, and ignore an id of no unit listed', () => {
    expect(owingUnits(units, new Set())).toEqual([]);
    expect(owingUnits(units, new Set(['elsewhere']))).toEqual([]);
  });

  it('keep each unit’s own fields and leave the list given untouched', () => {
    const owing = owingUnits(units, new Set(['u1', 'u2', 'u3', 'u4']));
    expect(owing.map((unit) => unit.code)).toEqual(['BILGI', 'IDARI', 'PARK', 'YAZI']);
    expect(owing[0]).toBe(units[3]);
    expect(units.map((unit) => unit.code)).toEqual(['YAZI', 'PARK', 'IDARI', 'BILGI']);
  });
});

describe('the counts by state for the completion chart', () => {
  it('count each unit listed once under its state; expected is the units listed', () => {
    // 7 units: 2 missing, 1 draft, 1 submitted, 1 returned, 2 approved = 7 expected.
    const states: EntryState[] = [
      'missing',
      'approved',
      'draft',
      'missing',
      'submitted',
      'returned',
      'approved',
    ];
    expect(reportCounts(states.map((state) => ({ state })))).toEqual({
      expected: 7,
      missing: 2,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 2,
    });
  });

  it('are all 0 when no report is owed', () => {
    expect(reportCounts([])).toEqual({
      expected: 0,
      missing: 0,
      draft: 0,
      submitted: 0,
      returned: 0,
      approved: 0,
    });
  });
});

describe('a unit’s targets', () => {
  const target = (code: string, responsibleUnit: string | null, rate: number | null) =>
    ({ code, title: code, responsibleUnit, rate }) as unknown as TargetProgress;
  const aims = [
    { targets: [target('H1.1', 'PARK', 80), target('H1.2', 'IDARI', null)] },
    { targets: [] },
    { targets: [target('H2.1', 'PARK', 45.5), target('H2.2', null, 10)] },
  ];

  it('are the targets it is responsible for across the aims, in plan order, with the engine’s figures as given', () => {
    const park = unitTargets(aims, 'PARK');
    expect(park.map((item) => item.code)).toEqual(['H1.1', 'H2.1']);
    // The same objects: never recomputed or copied with other figures.
    expect(park[0]).toBe(aims[0].targets[0]);
    expect(park[1]).toBe(aims[2].targets[0]);
  });

  it('keep a target without figures (rate null), and are none for a unit responsible for nothing', () => {
    expect(unitTargets(aims, 'IDARI')).toEqual([aims[0].targets[1]]);
    expect(unitTargets(aims, 'YAZI')).toEqual([]);
    expect(unitTargets([], 'PARK')).toEqual([]);
  });
});
