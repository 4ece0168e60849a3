import { describe, expect, it } from '@jest/globals';
import type { StrategyTargetNode } from '../../../src/contracts/drafting.js';
import { parseWeight, weightTotal } from './tree.js';

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
});
