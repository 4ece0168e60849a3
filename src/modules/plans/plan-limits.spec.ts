import { describe, expect, it } from '@jest/globals';
import type { IndicatorDoc, PlanDocument } from '../../contracts/plan-document.js';
import { parsePlanDocument } from './plan-document-parser.js';
import { documentLimitProblems, fitsLimit, overLimitMessage, PLAN_LIMITS } from './plan-limits.js';
import { validPlanDocument } from './test-fixtures.js';

function indicator(code: string): IndicatorDoc {
  return {
    code,
    name: code,
    weight: 1,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets: { '2025': 1 },
  };
}

/** The fixture with `count` indicators on its first target. */
function withIndicators(count: number): PlanDocument {
  const doc = validPlanDocument();
  doc.plan.aims[0].targets[0].indicators = Array.from({ length: count }, (_, i) =>
    indicator(`PG1.1.${i + 1}`),
  );
  return doc;
}

describe('PLAN_LIMITS', () => {
  it('sit far above the largest real plans (about 12 aims, 60 targets, 400 indicators)', () => {
    expect(PLAN_LIMITS.aims).toBeGreaterThanOrEqual(4 * 12);
    expect(PLAN_LIMITS.targets).toBeGreaterThanOrEqual(4 * 60);
    expect(PLAN_LIMITS.indicators).toBeGreaterThanOrEqual(4 * 400);
    // Every entry period of a five-year plan at the indicator limit fits the value limit.
    expect(PLAN_LIMITS.values).toBe(PLAN_LIMITS.indicators * 10);
    // A values workbook has one row per indicator of the assessment period.
    expect(PLAN_LIMITS.valuesWorkbookRows).toBe(PLAN_LIMITS.indicators);
  });

  it('fitsLimit: room for one more until the count reaches the limit', () => {
    expect(fitsLimit('aims', PLAN_LIMITS.aims - 1)).toBe(true);
    expect(fitsLimit('aims', PLAN_LIMITS.aims)).toBe(false);
    expect(fitsLimit('indicators', PLAN_LIMITS.indicators - 3, 3)).toBe(true);
    expect(fitsLimit('indicators', PLAN_LIMITS.indicators - 3, 4)).toBe(false);
  });

  it('names the limit in both languages', () => {
    expect(overLimitMessage('indicators', 2001, 'en')).toBe(
      'Too many: 2,001 given; the limit is at most 2,000 indicators in a plan',
    );
    expect(overLimitMessage('indicators', 2001, 'tr')).toBe(
      'Çok fazla: 2.001 verildi; sınır planda en çok 2.000 performans göstergesi',
    );
  });
});

describe('documentLimitProblems', () => {
  it('finds nothing in a plan within the limits, at the limit of a target included', () => {
    expect(documentLimitProblems(validPlanDocument())).toEqual([]);
    expect(documentLimitProblems(withIndicators(PLAN_LIMITS.indicatorsPerTarget))).toEqual([]);
  });

  it('reports one list over its limit at the list, with the limit in the message', () => {
    expect(documentLimitProblems(withIndicators(PLAN_LIMITS.indicatorsPerTarget + 1), 'en')).toEqual([
      {
        path: 'plan.aims[0].targets[0].indicators',
        code: 'TOO_MANY',
        message: 'Too many: 101 given; the limit is at most 100 indicators in a target',
      },
    ]);
  });

  it('reports each list of a card and of the plan', () => {
    const doc = validPlanDocument();
    const many = (n: number): string[] => Array.from({ length: n }, (_, i) => `madde ${i}`);
    const target = doc.plan.aims[0].targets[0];
    target.risks = many(PLAN_LIMITS.listItemsPerTarget + 1);
    target.needs = many(PLAN_LIMITS.listItemsPerTarget + 1);
    target.activities = many(PLAN_LIMITS.activitiesPerTarget + 1).map((name) => ({ name }));
    target.collaboratingUnits = many(PLAN_LIMITS.collaboratingUnits + 1);
    doc.plan.values = many(PLAN_LIMITS.coreValues + 1).map((title) => ({ title }));
    doc.units = many(PLAN_LIMITS.units + 1).map((code) => ({ code, name: code }));
    doc.plan.costing = {
      resources: many(PLAN_LIMITS.resources + 1).map((source) => ({ source, kind: 'butce', amounts: {} })),
    };
    doc.plan.aims = [
      ...doc.plan.aims,
      ...Array.from({ length: PLAN_LIMITS.aims }, (_, i) => ({
        code: `A${i + 2}`,
        title: 'Amaç',
        targets: [],
      })),
    ];
    expect(documentLimitProblems(doc).map((problem) => problem.path)).toEqual([
      'units',
      'plan.values',
      'plan.costing.resources',
      'plan.aims',
      'plan.aims[0].targets[0].collaboratingUnits',
      'plan.aims[0].targets[0].risks',
      'plan.aims[0].targets[0].needs',
      'plan.aims[0].targets[0].activities',
    ]);
  });

  it('counts targets, indicators and values over the whole plan', () => {
    const doc = validPlanDocument();
    const aims = Math.ceil((PLAN_LIMITS.targets + 1) / PLAN_LIMITS.targetsPerAim);
    let made = 0;
    doc.plan.aims = Array.from({ length: aims }, (_, a) => ({
      code: `A${a + 1}`,
      title: 'Amaç',
      targets: Array.from({ length: PLAN_LIMITS.targetsPerAim }, (_, t) => ({
        code: `H${a + 1}.${t + 1}`,
        title: 'Hedef',
        responsibleUnit: 'FEN',
        indicators: Array.from({ length: made++ < 2 ? 0 : 4 }, (_, i) =>
          indicator(`PG${a + 1}.${t + 1}.${i + 1}`),
        ),
      })),
    }));
    const problems = documentLimitProblems(doc, 'en');
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'plan.aims', code: 'TOO_MANY' },
      { path: 'plan.aims', code: 'TOO_MANY' },
    ]);
    expect(problems[0].message).toContain('at most 500 targets in a plan');
    expect(problems[1].message).toContain('at most 2,000 indicators in a plan');
  });

  it('counts the values of a plan longer than five years', () => {
    const doc = validPlanDocument();
    doc.plan.endYear = 2035;
    const periods = Object.fromEntries(
      Array.from({ length: 11 }, (_, y) => 2025 + y).flatMap((year) => [
        [`${year}-H1`, { value: 1 }],
        [`${year}-H2`, { value: 1 }],
      ]),
    );
    const per = Object.keys(periods).length;
    const count = Math.ceil((PLAN_LIMITS.values + 1) / per);
    const targets = Math.ceil(count / PLAN_LIMITS.indicatorsPerTarget);
    doc.plan.aims = [{ code: 'A1', title: 'Amaç', targets: [] }];
    doc.plan.aims[0].targets = Array.from({ length: targets }, (_, t) => ({
      code: `H1.${t + 1}`,
      title: 'Hedef',
      responsibleUnit: 'FEN',
      indicators: Array.from({ length: PLAN_LIMITS.indicatorsPerTarget }, (_, i) => ({
        ...indicator(`PG1.${t + 1}.${i + 1}`),
        values: periods,
      })),
    }));
    expect(documentLimitProblems(doc, 'en')).toEqual([
      {
        path: 'plan.aims',
        code: 'TOO_MANY',
        message: `Too many: ${(targets * PLAN_LIMITS.indicatorsPerTarget * per).toLocaleString('en-US')} given; the limit is at most 20,000 values in a document`,
      },
    ]);
  });

  it('leaves ill-shaped input to the parser', () => {
    expect(documentLimitProblems(null)).toEqual([]);
    expect(documentLimitProblems({ plan: { aims: 'none' } })).toEqual([]);
    expect(documentLimitProblems({ plan: { aims: [null, { targets: [7, { indicators: {} }] }] } })).toEqual(
      [],
    );
  });

  it('make the parser refuse the document with only the limit problems', () => {
    const doc = withIndicators(PLAN_LIMITS.indicatorsPerTarget + 1);
    doc.plan.title = '';
    const parsed = parsePlanDocument(doc, 'en');
    expect(parsed.document).toBeNull();
    expect(parsed.problems.map((problem) => problem.code)).toEqual(['TOO_MANY']);
  });
});
