import { describe, expect, it } from '@jest/globals';
import { bandSettings, combinedCoverage, rateBand, targetCoverage } from './coverage.js';

describe('coverage of a target', () => {
  it('counts the due indicators with data and their share of the due weight', () => {
    // 45 + 20 of 45 + 20 + 35 due, the yearly one (weight 10 of the 110) not due at mid-year.
    const coverage = targetCoverage(
      [
        { weight: 45, due: true, withData: true },
        { weight: 20, due: true, withData: true },
        { weight: 35, due: true, withData: false },
        { weight: 10, due: false, withData: false },
      ],
      50,
    );
    expect(coverage).toEqual({ indicatorsWithData: 2, indicatorsDue: 3, weightShare: 65, sufficient: true });
  });

  it('reads below the minimum as insufficient, and exactly at it as sufficient', () => {
    const items = [
      { weight: 30, due: true, withData: true },
      { weight: 70, due: true, withData: false },
    ];
    expect(targetCoverage(items, 50)).toMatchObject({ weightShare: 30, sufficient: false });
    expect(targetCoverage(items, 30)).toMatchObject({ weightShare: 30, sufficient: true });
  });

  it('gives a null share when nothing is due, and 0 when nothing due has data', () => {
    expect(targetCoverage([{ weight: 100, due: false, withData: false }], 50)).toEqual({
      indicatorsWithData: 0,
      indicatorsDue: 0,
      weightShare: null,
      sufficient: false,
    });
    expect(targetCoverage([{ weight: 100, due: true, withData: false }], 50)).toMatchObject({
      weightShare: 0,
      sufficient: false,
    });
  });

  it('falls back to the count when every due weight is 0', () => {
    const items = [
      { weight: 0, due: true, withData: true },
      { weight: 0, due: true, withData: false },
      { weight: 0, due: true, withData: false },
      { weight: 0, due: true, withData: true },
    ];
    expect(targetCoverage(items, 50).weightShare).toBe(50);
  });
});

describe('coverage of an aim or a plan', () => {
  it('adds the counts and takes the mean of the target shares, a target without data counting 0', () => {
    const full = targetCoverage([{ weight: 100, due: true, withData: true }], 50);
    const none = targetCoverage([{ weight: 100, due: true, withData: false }], 50);
    const part = targetCoverage(
      [
        { weight: 40, due: true, withData: true },
        { weight: 60, due: true, withData: false },
      ],
      50,
    );
    // (100 + 0 + 40) / 3 = 46.67: below 50 although two of three targets have data.
    const coverage = combinedCoverage([full, none, part], 50);
    expect(coverage.indicatorsWithData).toBe(2);
    expect(coverage.indicatorsDue).toBe(4);
    expect(coverage.weightShare).toBeCloseTo(140 / 3, 9);
    expect(coverage.sufficient).toBe(false);
  });

  it('leaves out a target with nothing due', () => {
    const notDue = targetCoverage([{ weight: 100, due: false, withData: false }], 50);
    const half = targetCoverage(
      [
        { weight: 50, due: true, withData: true },
        { weight: 50, due: true, withData: false },
      ],
      50,
    );
    expect(combinedCoverage([notDue, half], 50)).toEqual({
      indicatorsWithData: 1,
      indicatorsDue: 2,
      weightShare: 50,
      sufficient: true,
    });
    expect(combinedCoverage([notDue], 50).weightShare).toBeNull();
    expect(combinedCoverage([], 50).weightShare).toBeNull();
  });
});

describe('rate bands', () => {
  const defaults = bandSettings(undefined);
  const enough = { sufficient: true };

  it('uses the year-end bands at year end, a boundary taking the better band', () => {
    expect(rateBand(85, enough, false, defaults)).toBe('good');
    expect(rateBand(84.99, enough, false, defaults)).toBe('warning');
    expect(rateBand(50, enough, false, defaults)).toBe('warning');
    expect(rateBand(49.9, enough, false, defaults)).toBe('poor');
    expect(rateBand(-20, enough, false, defaults)).toBe('poor');
  });

  it('uses the mid-year bands at 30 June: 40 on track, 20 to 40 watch, below 20 behind', () => {
    expect(rateBand(40, enough, true, defaults)).toBe('on-track');
    expect(rateBand(39, enough, true, defaults)).toBe('watch');
    expect(rateBand(20, enough, true, defaults)).toBe('watch');
    expect(rateBand(19.5, enough, true, defaults)).toBe('behind');
    // 45 % by June is on track although it would be poor at year end.
    expect(rateBand(45, enough, false, defaults)).toBe('poor');
  });

  it('reads neutral at mid-year when the plan sets no mid-year bands', () => {
    const neutral = bandSettings({ midYearBands: null });
    expect(rateBand(10, enough, true, neutral)).toBe('neutral');
    expect(rateBand(10, enough, false, neutral)).toBe('poor');
  });

  it('takes the plan bands over the defaults', () => {
    const own = bandSettings({
      statusThresholds: { good: 90, warning: 70 },
      midYearBands: { onTrack: 50, behind: 30 },
    });
    expect(rateBand(85, enough, false, own)).toBe('warning');
    expect(rateBand(45, enough, true, own)).toBe('watch');
  });

  it('reads a rate on too little data as insufficient, and no rate as none', () => {
    expect(rateBand(97.8, { sufficient: false }, false, defaults)).toBe('insufficient');
    expect(rateBand(null, enough, false, defaults)).toBe('none');
    expect(rateBand(null, { sufficient: false }, true, defaults)).toBe('none');
  });

  it('fills in the defaults: 50 % coverage, 85/50 at year end, 40/20 at mid-year', () => {
    expect(defaults).toEqual({
      minCoverage: 50,
      statusThresholds: { good: 85, warning: 50 },
      midYearBands: { onTrack: 40, behind: 20 },
    });
  });
});
