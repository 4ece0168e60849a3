import { describe, expect, it } from '@jest/globals';
import type { UpdateIndicator } from '../../contracts/plan-versions.js';
import { validPlanDocument } from './test-fixtures.js';
import { PLAN_LIMITS } from './plan-limits.js';
import {
  applyUpdate,
  changeKey,
  checkUpdate,
  firstUpdatableYear,
  type UpdateContext,
  type UpdateTargetState,
} from './plan-updates.js';

const years = (values: number[]): Map<number, number> =>
  new Map(values.map((value, index) => [2025 + index, value]));

const card = (overrides: Partial<UpdateTargetState> = {}): UpdateTargetState => ({
  costEstimate: { '2025': 100, '2026': 100, '2027': 100, '2028': 100, '2029': 100 },
  lists: { risks: ['Kamulaştırma'], controls: null, strategies: null, findings: null, needs: null },
  ...overrides,
});

function context(overrides: Partial<UpdateContext> = {}): UpdateContext {
  return {
    startYear: 2025,
    endYear: 2029,
    closedYears: [],
    lastEffectiveYear: null,
    indicators: new Map([
      ['PG1.1.1', { target: 'H1.1', weight: 60, targets: years([120000, 140000, 160000, 180000, 200000]) }],
      ['PG1.1.2', { target: 'H1.1', weight: 40, targets: years([8, 7, 6, 5, 5]) }],
      ['PG1.2.1', { target: 'H1.2', weight: 100, targets: years([60, 70, 80, 90, 100]) }],
    ]),
    targets: new Map([
      ['H1.1', card()],
      ['H1.2', card()],
    ]),
    codes: new Set(['A1', 'H1.1', 'H1.2', 'PG1.1.1', 'PG1.1.2', 'PG1.2.1']),
    alreadyChanged: new Set(),
    ...overrides,
  };
}

function added(overrides: Partial<UpdateIndicator> = {}): UpdateIndicator {
  return {
    target: 'H1.1',
    code: 'PG1.1.3',
    name: 'Dikilen ağaç',
    weight: 20,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets: { '2027': 100, '2028': 200, '2029': 300 },
    ...overrides,
  };
}

function paths(outcome: ReturnType<typeof checkUpdate>): string[] {
  return outcome.ok ? [] : outcome.details.map((detail) => detail.path);
}

describe('firstUpdatableYear', () => {
  it('is the first plan year while no assessment period is closed', () => {
    expect(firstUpdatableYear(2025, [])).toBe(2025);
  });

  it('is the year after the last year with a closed period (izleme or değerlendirme)', () => {
    expect(firstUpdatableYear(2025, [2025, 2026])).toBe(2027);
  });
});

describe('checkUpdate (UPDATE_RULES): yearly targets', () => {
  it('lists the changed yearly targets with old and new values, leaving unchanged values out', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 150000, '2028': 180000, '2029': 210000 } } },
      context(),
    );
    expect(outcome).toEqual({
      ok: true,
      changes: {
        targets: [
          { indicator: 'PG1.1.1', year: 2027, old: 160000, new: 150000 },
          { indicator: 'PG1.1.1', year: 2029, old: 200000, new: 210000 },
        ],
        weights: [],
        indicators: [],
        cards: [],
      },
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
      expect(paths(outcome)).toContain('effectiveYear');
    }
  });

  it('refuses an effective year before that of the last approved update: versions take effect in order', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2029': 1 } } },
      context({ lastEffectiveYear: 2028 }),
    );
    expect(paths(outcome)).toEqual(['effectiveYear']);
    expect(
      checkUpdate(
        { effectiveYear: 2028, targets: { 'PG1.1.1': { '2029': 1 } } },
        context({ lastEffectiveYear: 2028 }),
      ).ok,
    ).toBe(true);
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
    expect(paths(outcome)).toEqual(['targets.PG9', 'targets.PG1.1.1.2028', 'targets.PG1.1.1.2031']);
  });

  it('refuses an update that changes nothing', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 160000 } } },
      context(),
    );
    expect(!outcome.ok && outcome.details).toEqual([expect.objectContaining({ path: 'targets' })]);
    expect(paths(checkUpdate({ effectiveYear: 2027 }, context()))).toEqual(['targets']);
  });
});

describe('checkUpdate: weights (hedefe etkisi)', () => {
  it('lists changed weights with their target when each target still sums to 100', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, weights: { 'PG1.1.1': 55, 'PG1.1.2': 45 } },
      context(),
    );
    expect(outcome.ok && outcome.changes.weights).toEqual([
      { indicator: 'PG1.1.1', target: 'H1.1', old: 60, new: 55 },
      { indicator: 'PG1.1.2', target: 'H1.1', old: 40, new: 45 },
    ]);
  });

  it('refuses weights that no longer sum to 100 with a WEIGHTS_SUM detail naming the target', () => {
    const outcome = checkUpdate({ effectiveYear: 2027, weights: { 'PG1.1.1': 50 } }, context(), 'en');
    expect(outcome).toEqual({
      ok: false,
      details: [
        {
          path: 'weights',
          code: 'WEIGHTS_SUM',
          message: 'The weights of target H1.1 would sum to 90 after the update; they must sum to 100',
        },
      ],
    });
  });

  it('refuses an unknown indicator and a negative weight', () => {
    const outcome = checkUpdate({ effectiveYear: 2027, weights: { PG9: 10, 'PG1.1.1': -5 } }, context());
    expect(paths(outcome)).toEqual(['weights.PG9', 'weights.PG1.1.1']);
  });
});

describe('checkUpdate: indicators added to a target', () => {
  it('adds an indicator with targets for every remaining year when the weights are rebalanced to 100', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, weights: { 'PG1.1.1': 50, 'PG1.1.2': 30 }, indicators: [added()] },
      context(),
    );
    expect(outcome.ok && outcome.changes.indicators).toEqual([added()]);
  });

  it('refuses an added indicator that breaks the weight sum of its target', () => {
    const outcome = checkUpdate({ effectiveYear: 2027, indicators: [added()] }, context());
    expect(!outcome.ok && outcome.details.map((detail) => detail.code)).toEqual(['WEIGHTS_SUM']);
  });

  it('refuses a used code, an unknown target, a target before the effective year and a missing remaining year', () => {
    const outcome = checkUpdate(
      {
        effectiveYear: 2027,
        indicators: [
          added({ code: 'PG1.1.2', weight: 0 }),
          added({ target: 'H9.9', code: 'PG9.9.1', weight: 0 }),
          added({ code: 'PG1.1.4', weight: 0, targets: { '2026': 1, '2027': 1, '2028': 2 } }),
        ],
      },
      context(),
    );
    expect(paths(outcome)).toEqual([
      'indicators[0].code',
      'indicators[1].target',
      'indicators[2].targets.2026',
      'indicators[2].targets',
    ]);
  });
});

describe('checkUpdate: size limits (PLAN_LIMITS)', () => {
  const full = (count: number, target = 'H1.1'): UpdateContext['indicators'] =>
    new Map(
      Array.from({ length: count }, (_, i) => [
        `PG1.1.${i + 10}`,
        { target, weight: i === 0 ? 100 : 0, targets: years([1, 1, 1, 1, 1]) },
      ]),
    );

  it('refuses an indicator added to a target that holds as many as a target may', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, indicators: [added({ weight: 0 })] },
      context({ indicators: full(PLAN_LIMITS.indicatorsPerTarget) }),
      'en',
    );
    expect(!outcome.ok && outcome.details).toEqual([
      {
        path: 'indicators',
        code: 'PLAN_LIMIT',
        message: 'H1.1: Too many: 101 given; the limit is at most 100 indicators in a target',
      },
    ]);
    expect(
      checkUpdate(
        { effectiveYear: 2027, indicators: [added({ weight: 0 })] },
        context({ indicators: full(PLAN_LIMITS.indicatorsPerTarget - 1) }),
      ).ok,
    ).toBe(true);
  });

  it('refuses an indicator that takes the plan past its indicator limit', () => {
    const indicators = new Map(
      Array.from({ length: PLAN_LIMITS.indicators }, (_, i) => [
        `PG1.${Math.floor(i / 100) + 10}.${(i % 100) + 1}`,
        { target: `H1.${Math.floor(i / 100) + 10}`, weight: 1, targets: years([1, 1, 1, 1, 1]) },
      ]),
    );
    const outcome = checkUpdate(
      { effectiveYear: 2027, indicators: [added({ target: 'H1.2', code: 'PG1.2.9', weight: 100 })] },
      context({ indicators }),
      'en',
    );
    expect(!outcome.ok && outcome.details.map((detail) => [detail.code, detail.message])).toEqual([
      ['PLAN_LIMIT', 'Too many: 2,001 given; the limit is at most 2,000 indicators in a plan'],
    ]);
  });
});

describe('checkUpdate: target card fields', () => {
  it('changes the cost estimate of remaining years and replaces lists, old and new kept', () => {
    const outcome = checkUpdate(
      {
        effectiveYear: 2027,
        cards: { 'H1.1': { costEstimate: { '2027': 100, '2028': 150 }, risks: ['Kamulaştırma', 'Deprem'] } },
      },
      context(),
    );
    expect(outcome.ok && outcome.changes.cards).toEqual([
      { target: 'H1.1', field: 'costEstimate', year: 2028, old: 100, new: 150 },
      { target: 'H1.1', field: 'risks', old: ['Kamulaştırma'], new: ['Kamulaştırma', 'Deprem'] },
    ]);
  });

  it('refuses the cost estimate of a year before the update and an unknown target', () => {
    const outcome = checkUpdate(
      { effectiveYear: 2027, cards: { 'H1.1': { costEstimate: { '2026': 1 } }, 'H9.9': { risks: ['x'] } } },
      context(),
    );
    expect(paths(outcome)).toEqual(['cards.H1.1.costEstimate.2026', 'cards.H9.9']);
  });
});

describe('applyUpdate', () => {
  it('gives the document as the update leaves it, the added indicator counting from the effective year', () => {
    const document = validPlanDocument();
    const target = document.plan.aims[0].targets[0];
    const [first] = target.indicators;
    const after = applyUpdate(
      document,
      {
        targets: [{ indicator: first.code, year: 2029, old: first.targets['2029'], new: 1 }],
        weights: [{ indicator: first.code, target: target.code, old: first.weight, new: 1 }],
        indicators: [added({ target: target.code, code: 'PG1.1.9' })],
        cards: [{ target: target.code, field: 'needs', old: [], new: ['Bütçe'] }],
      },
      2027,
    );
    const changed = after.plan.aims[0].targets[0];
    expect(changed.indicators[0]).toMatchObject({ weight: 1, targets: { '2029': 1 } });
    expect(changed.indicators.at(-1)).toMatchObject({ code: 'PG1.1.9', sinceYear: 2027 });
    expect(changed.needs).toEqual(['Bütçe']);
    // The document itself is left as it was.
    expect(document.plan.aims[0].targets[0].indicators[0].weight).toBe(first.weight);
  });
});
