import { describe, expect, it } from '@jest/globals';
import { nextItemCode, STAKEHOLDER_STRATEGY_LABELS, stakeholderStrategy } from './analysis.js';

describe('the stakeholder strategy (planning-cycle.md 2 F)', () => {
  it('asks to work together with a stakeholder high in both influence and importance', () => {
    expect(stakeholderStrategy(5, 5)).toEqual({ strategy: 'birlikte-calis', priority: 1 });
    expect(stakeholderStrategy(3, 3)).toEqual({ strategy: 'birlikte-calis', priority: 1 });
  });

  it('keeps a high-influence, low-importance stakeholder satisfied', () => {
    expect(stakeholderStrategy(2, 4)).toEqual({ strategy: 'cikarlarini-gozet', priority: 2 });
  });

  it('keeps a low-influence, high-importance stakeholder informed', () => {
    expect(stakeholderStrategy(4, 2)).toEqual({ strategy: 'bilgilendir', priority: 3 });
  });

  it('monitors a stakeholder low in both', () => {
    expect(stakeholderStrategy(1, 2)).toEqual({ strategy: 'izle', priority: 4 });
  });

  it('counts a score equal to the threshold as high, one below as low', () => {
    expect(stakeholderStrategy(4, 4, 4).strategy).toBe('birlikte-calis');
    expect(stakeholderStrategy(3, 4, 4).strategy).toBe('cikarlarini-gozet');
    expect(stakeholderStrategy(4, 3, 4).strategy).toBe('bilgilendir');
    expect(stakeholderStrategy(3, 3, 4).strategy).toBe('izle');
    // With threshold 1 every stakeholder is high in both.
    expect(stakeholderStrategy(1, 1, 1).strategy).toBe('birlikte-calis');
  });

  it('names every strategy in Turkish and English', () => {
    expect(STAKEHOLDER_STRATEGY_LABELS.tr['cikarlarini-gozet']).toBe('Çıkarlarını Gözet');
    expect(STAKEHOLDER_STRATEGY_LABELS.tr.izle).toBe('İzle');
    expect(STAKEHOLDER_STRATEGY_LABELS.en['birlikte-calis']).toBe('Work together');
  });
});

describe('the next finding or need code', () => {
  it('starts at 1 and follows the highest number of its kind', () => {
    expect(nextItemCode('tespit', [])).toBe('T1');
    expect(nextItemCode('tespit', ['T1', 'T4', 'İ9'])).toBe('T5');
    expect(nextItemCode('ihtiyac', ['T1', 'İ2'])).toBe('İ3');
  });

  it('ignores codes that are not the prefix and a number', () => {
    expect(nextItemCode('tespit', ['TX', 'T0', 'T-2', 'Tespit'])).toBe('T1');
  });
});
