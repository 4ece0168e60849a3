import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CODE_PREFIXES } from '../../contracts/plan-document.js';
import {
  maxMovePosition,
  nextAimCode,
  nextCodes,
  nextIndicatorCodes,
  nextTargetCode,
  planMove,
  type StrategyRows,
  type TreeRow,
} from './strategy-tree.js';

/** A1 (H1.1 with PG1.1.1–2, H1.2 with PG1.2.1), A2 (H2.1 with PG2.1.1); ids are the codes in lower case. */
function sample(): StrategyRows {
  const row = (code: string, position: number, parent: string | null): TreeRow => ({
    id: code.toLowerCase(),
    code,
    position,
    parentId: parent,
  });
  return {
    aims: [row('A1', 1, null), row('A2', 2, null)],
    targets: [row('H1.1', 1, 'a1'), row('H1.2', 2, 'a1'), row('H2.1', 3, 'a2')],
    indicators: [
      row('PG1.1.1', 1, 'h1.1'),
      row('PG1.1.2', 2, 'h1.1'),
      row('PG1.2.1', 3, 'h1.2'),
      row('PG2.1.1', 4, 'h2.1'),
    ],
  };
}

describe('planMove', () => {
  it('moves a target under another aim and renumbers both aims’ targets and their indicators', () => {
    const plan = planMove(sample(), DEFAULT_CODE_PREFIXES, {
      kind: 'targets',
      id: 'h1.1',
      position: 1,
      parentId: 'a2',
    });
    expect(plan.renamed).toEqual({
      'H1.1': 'H2.1',
      'PG1.1.1': 'PG2.1.1',
      'PG1.1.2': 'PG2.1.2',
      'H1.2': 'H1.1',
      'PG1.2.1': 'PG1.1.1',
      'H2.1': 'H2.2',
      'PG2.1.1': 'PG2.2.1',
    });
    // Tree order: A1 (H1.1 ex H1.2), A2 (H2.1 ex H1.1, H2.2): positions plan-wide in that order.
    expect(plan.changes.targets).toEqual([
      { id: 'h1.2', oldCode: 'H1.2', code: 'H1.1', position: 1, parentId: 'a1' },
      { id: 'h1.1', oldCode: 'H1.1', code: 'H2.1', position: 2, parentId: 'a2' },
      { id: 'h2.1', oldCode: 'H2.1', code: 'H2.2', position: 3, parentId: 'a2' },
    ]);
    expect(plan.changes.aims).toEqual([]);
  });

  it('moves an aim and renumbers the aims and everything under the renamed ones', () => {
    const plan = planMove(
      sample(),
      { aim: 'SA', target: 'SH', indicator: 'PH' },
      {
        kind: 'aims',
        id: 'a2',
        position: 1,
      },
    );
    expect(plan.renamed).toMatchObject({ A2: 'SA1', A1: 'SA2', 'H2.1': 'SH1.1', 'PG1.2.1': 'PH2.2.1' });
    expect(Object.keys(plan.renamed)).toHaveLength(9);
  });

  it('renumbers the indicators of one target only', () => {
    const plan = planMove(sample(), DEFAULT_CODE_PREFIXES, {
      kind: 'indicators',
      id: 'pg1.1.2',
      position: 1,
    });
    expect(plan.renamed).toEqual({ 'PG1.1.2': 'PG1.1.1', 'PG1.1.1': 'PG1.1.2' });
    expect(plan.changes.indicators.map((change) => [change.code, change.position])).toEqual([
      ['PG1.1.1', 1],
      ['PG1.1.2', 2],
    ]);
  });

  it('changes nothing when the node stays where it is', () => {
    const plan = planMove(sample(), DEFAULT_CODE_PREFIXES, { kind: 'targets', id: 'h1.2', position: 2 });
    expect(plan).toEqual({ changes: { aims: [], targets: [], indicators: [] }, renamed: {} });
  });
});

describe('maxMovePosition', () => {
  it('is the number of siblings, one more under another parent', () => {
    const rows = sample();
    expect(maxMovePosition(rows, { kind: 'targets', id: 'h1.1', position: 1 })).toBe(2);
    expect(maxMovePosition(rows, { kind: 'targets', id: 'h1.1', position: 1, parentId: 'a2' })).toBe(2);
    expect(maxMovePosition(rows, { kind: 'aims', id: 'a1', position: 1 })).toBe(2);
  });
});

describe('next codes', () => {
  it('numbers after the highest code under the parent, skipping codes the plan uses', () => {
    const rows = sample();
    expect(nextAimCode(DEFAULT_CODE_PREFIXES, rows)).toBe('A3');
    expect(nextTargetCode(DEFAULT_CODE_PREFIXES, rows, 'a2')).toBe('H2.2');
    expect(nextIndicatorCodes(DEFAULT_CODE_PREFIXES, rows, 'h1.1', 2)).toEqual(['PG1.1.3', 'PG1.1.4']);
    expect(nextCodes('H', '1.', ['H1.1', 'X'], new Set(['H1.2']))).toEqual(['H1.3']);
  });
});
