import { describe, expect, it } from '@jest/globals';
import type { StrategyTargetNode, StrategyTreeResponse } from '../../../src/contracts/drafting.js';
import { eagerTargets, parseWeight, weightTotal } from './tree.js';

describe('the workspace tree', () => {
  it('reads a weight as typed in Turkish or English, from 0 to 100', () => {
    expect(parseWeight('40')).toBe(40);
    expect(parseWeight('12,5')).toBe(12.5);
    expect(parseWeight(' 12.5 ')).toBe(12.5);
    expect(parseWeight('0')).toBe(0);
    expect(parseWeight('100')).toBe(100);
    expect(parseWeight('100,01')).toBeNull();
    expect(parseWeight('-5')).toBeNull();
    expect(parseWeight('')).toBeNull();
    expect(parseWeight('1.234,5')).toBeNull();
    expect(parseWeight('yüz')).toBeNull();
  });

  it("totals a target's weights without floating-point noise", () => {
    const target = (weights: number[]): StrategyTargetNode => ({
      code: 'H1.1',
      title: 'Park',
      position: 1,
      version: 1,
      responsibleUnit: 'PARK',
      indicators: weights.map((weight, index) => ({
        code: `PG1.1.${index + 1}`,
        name: 'x',
        weight,
        position: index + 1,
        version: 1,
      })),
    });
    expect(weightTotal(target([33.3, 33.3, 33.4]))).toBe(100);
    expect(weightTotal(target([0.1, 0.2]))).toBe(0.3);
    expect(weightTotal(target([]))).toBe(0);
  });

  it('builds the controls of the first screen of rows with the tree, and of the target a change focuses', () => {
    // 12 aims × 5 targets × 7 indicators (420 rows), the metropolitan plan's shape.
    const tree: StrategyTreeResponse = {
      planId: 'p',
      aims: Array.from({ length: 12 }, (_aim, a) => ({
        code: `A${a + 1}`,
        title: 'Amaç',
        position: a + 1,
        version: 1,
        targets: Array.from({ length: 5 }, (_target, h) => ({
          code: `H${a + 1}.${h + 1}`,
          title: 'Hedef',
          position: h + 1,
          version: 1,
          responsibleUnit: 'PARK',
          indicators: Array.from({ length: 7 }, (_indicator, i) => ({
            code: `PG${a + 1}.${h + 1}.${i + 1}`,
            name: 'Gösterge',
            weight: 100 / 7,
            position: i + 1,
            version: 1,
          })),
        })),
      })),
    };
    // Targets are taken while fewer than 60 rows come before them: 9 targets (63 rows).
    const first = [...eagerTargets(tree, undefined)];
    expect(first).toEqual(['H1.1', 'H1.2', 'H1.3', 'H1.4', 'H1.5', 'H2.1', 'H2.2', 'H2.3', 'H2.4']);
    // A moved indicator's button, a target's link or its move button far down the tree.
    expect([...eagerTargets(tree, 'down:PG9.3.4')]).toEqual([...first, 'H9.3']);
    expect([...eagerTargets(tree, 'target:H12.5')]).toEqual([...first, 'H12.5']);
    expect([...eagerTargets(tree, 'up:H7.2')]).toEqual([...first, 'H7.2']);
    // An aim's control or the add-aim box: aims always have theirs.
    expect([...eagerTargets(tree, 'edit:A12')]).toEqual(first);
    expect([...eagerTargets(tree, 'add-aim')]).toEqual(first);
    // A small plan has every control at once.
    const small: StrategyTreeResponse = { planId: 'p', aims: tree.aims.slice(0, 1) };
    expect([...eagerTargets(small, undefined)]).toEqual(['H1.1', 'H1.2', 'H1.3', 'H1.4', 'H1.5']);
  });
});
