import { describe, expect, it } from '@jest/globals';
import { changeKey, checkUpdate, firstUpdatableYear, type UpdateContext } from './plan-updates.js';

const years = (values: number[]): Map<number, number> =>
  new Map(values.map((value, index) => [2025 + index, value]));

function context(overrides: Partial<UpdateContext> = {}): UpdateContext {
  return {
    startYear: 2025,
    endYear: 2029,
    closedYears: [],
    targets: new Map([
      ['PG1.1.1', years([120000, 140000, 160000, 180000, 200000])],
      ['PG1.1.2', years([8, 7, 6, 5, 5])],
    ]),
    alreadyChanged: new Set(),
    ...overrides,
  };
}

describe('firstUpdatableYear', () => {
  it('is the first plan year while no assessment period is closed', () => {
    expect(firstUpdatableYear(2025, [])).toBe(2025);
  });

  it('is the year after the last year with a closed period (izleme or değerlendirme)', () => {
    expect(firstUpdatableYear(2025, [2025, 2026])).toBe(2027);
  });
});

describe('checkUpdate (UPDATE_RULES)', () => {
  it('lists the changed yearly targets with old and new values, leaving unchanged values out', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 150000, '2028': 180000, '2029': 210000 } } },
      context(),
    );
    expect(outcome).toEqual({
      ok: true,
      changes: [
        { indicator: 'PG1.1.1', year: 2027, old: 160000, new: 150000 },
        { indicator: 'PG1.1.1', year: 2029, old: 200000, new: 210000 },
      ],
    });
  });

  it('refuses a year before the update takes effect: past years keep their targets', () => {
    const outcome = checkUpdate({ effectiveYear: 2027, targets: { 'PG1.1.1': { '2026': 1 } } }, context());
    expect(outcome).toEqual({
      ok: false,
      details: [expect.objectContaining({ path: 'targets.PG1.1.1.2026', code: 'UPDATE_RULES' })],
    });
  });

  it('refuses an effective year that has been assessed or lies outside the plan', () => {
    for (const effectiveYear of [2026, 2030]) {
      const outcome = checkUpdate(
        { effectiveYear, targets: { 'PG1.1.1': { '2029': 1 } } },
        context({ closedYears: [2025, 2026] }),
        'en',
      );
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.details.map((detail) => detail.path)).toContain('effectiveYear');
    }
  });

  it('refuses an indicator-year an earlier update already changed', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2028, targets: { 'PG1.1.1': { '2028': 1 }, 'PG1.1.2': { '2028': 4 } } },
      context({ alreadyChanged: new Set([changeKey('PG1.1.1', 2028)]) }),
    );
    expect(outcome).toEqual({
      ok: false,
      details: [expect.objectContaining({ path: 'targets.PG1.1.1.2028', code: 'UPDATE_RULES' })],
    });
  });

  it('refuses unknown indicators, years outside the plan and non-numbers, each as its own problem', () => {
    const outcome = checkUpdate(
      {
        effectiveYear: 2027,
        targets: { PG9: { '2027': 1 }, 'PG1.1.1': { '2031': 1, '2028': 'çok' as unknown as number } },
      },
      context(),
    );
    expect(!outcome.ok && outcome.details.map((detail) => detail.path)).toEqual([
      'targets.PG9',
      'targets.PG1.1.1.2028',
      'targets.PG1.1.1.2031',
    ]);
  });

  it('refuses an update that changes nothing', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 160000 } } },
      context(),
    );
    expect(!outcome.ok && outcome.details).toEqual([expect.objectContaining({ path: 'targets' })]);
  });
});
