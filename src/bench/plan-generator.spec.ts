import { describe, expect, it } from '@jest/globals';
import { checkPlanDocument, countPlan, indicatorsOf, yearEndActual } from '../database/demo/plan-checks.js';
import { parsePlanDocument } from '../modules/plans/plan-document-parser.js';
import { validatePlan } from '../modules/plans/plan-rules.js';
import {
  buildLargePlan,
  buildMemberPlan,
  buildMetropolitanPlan,
  createRng,
  integerWeights,
} from './plan-generator.js';

const TODAY = '2026-01-15';

describe('plan generator', () => {
  describe('createRng and integerWeights', () => {
    it('repeat for the same seed', () => {
      const a = createRng(42);
      const b = createRng(42);
      const first = Array.from({ length: 5 }, () => a.next());
      expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
      expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    });

    it('give integer weights summing to exactly 100', () => {
      const rng = createRng(7);
      for (let count = 1; count <= 20; count += 1) {
        const weights = integerWeights(count, rng);
        expect(weights).toHaveLength(count);
        expect(weights.every((weight) => Number.isInteger(weight) && weight >= 1)).toBe(true);
        expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(100);
      }
    });
  });

  describe('buildMetropolitanPlan', () => {
    const doc = buildMetropolitanPlan();
    const all = indicatorsOf(doc);

    it('has 12 aims, 60 targets (5 per aim) and 400 indicators (6-7 per target)', () => {
      expect(countPlan(doc)).toMatchObject({ aims: 12, targets: 60, indicators: 400 });
      for (const aim of doc.plan.aims) {
        expect(aim.targets).toHaveLength(5);
        for (const target of aim.targets) expect([6, 7]).toContain(target.indicators.length);
      }
      expect(doc.units.length).toBeGreaterThanOrEqual(18);
      expect(doc.institution).toMatchObject({ kind: 'buyuksehir', electionDate: '2024-03-31' });
      expect(doc.institution.population).toBeGreaterThan(1_400_000);
      expect(doc.plan.submittedToCouncil).toBe('2024-09-02');
      expect(doc.plan.councilDecision).toBeDefined();
    });

    it('has integer weights summing to exactly 100 per target', () => {
      for (const target of doc.plan.aims.flatMap((aim) => aim.targets)) {
        expect(target.indicators.every((item) => Number.isInteger(item.weight))).toBe(true);
        expect(target.indicators.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
      }
    });

    it('has a value for every entry period of all five years', () => {
      for (const item of all) {
        const expected =
          item.monitoringMonths === 12
            ? ['2025', '2026', '2027', '2028', '2029']
            : [2025, 2026, 2027, 2028, 2029].flatMap((year) => [`${year}-H1`, `${year}-H2`]);
        expect(Object.keys(item.values ?? {})).toEqual(expected);
      }
      expect(countPlan(doc).values).toBeGreaterThan(3000);
    });

    it('mixes value types, directions and monitoring frequencies', () => {
      expect(new Set(all.map((item) => item.valueType))).toEqual(new Set(['duzey', 'kumulatif', 'donemsel']));
      expect(new Set(all.map((item) => item.direction))).toEqual(new Set(['artis', 'azalis', 'koruma']));
      expect(new Set(all.map((item) => item.monitoringMonths))).toEqual(new Set([6, 12]));
    });

    it('gives deviation reasons exactly where C ≠ B, and hits some targets exactly', () => {
      let met = 0;
      let missed = 0;
      for (const item of all) {
        for (let year = 2025; year <= 2029; year += 1) {
          const actual = yearEndActual(item, year, 2025);
          expect(actual).not.toBeNull();
          const yearEnd = item.monitoringMonths === 12 ? String(year) : `${year}-H2`;
          const reason = item.values?.[yearEnd]?.deviationReason;
          if (actual === item.targets[String(year)]) {
            met += 1;
            expect(reason).toBeUndefined();
          } else {
            missed += 1;
            expect(reason).toEqual(expect.any(String));
          }
        }
      }
      expect(met).toBeGreaterThan(200);
      expect(missed).toBeGreaterThan(200);
    });

    it('breaks none of the hard rules and passes the parser and the validator', () => {
      expect(checkPlanDocument(doc)).toEqual([]);
      expect(parsePlanDocument(JSON.parse(JSON.stringify(doc))).problems).toEqual([]);
      const issues = validatePlan(doc, { today: TODAY });
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });

    it('is deterministic', () => {
      expect(buildMetropolitanPlan()).toEqual(doc);
      expect(JSON.stringify(buildMetropolitanPlan())).toBe(JSON.stringify(doc));
    });
  });

  describe('buildLargePlan', () => {
    it('grows the metropolitan plan aim by aim, with codes of its own, passing the parser and the validator', () => {
      const doc = buildLargePlan(24);
      expect(countPlan(doc)).toMatchObject({ aims: 24, targets: 120, indicators: 800 });
      expect(doc.plan.aims.slice(0, 12)).toEqual(buildMetropolitanPlan().plan.aims);
      const codes = indicatorsOf(doc).map((item) => item.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(checkPlanDocument(doc)).toEqual([]);
      expect(parsePlanDocument(JSON.parse(JSON.stringify(doc))).problems).toEqual([]);
      const issues = validatePlan(doc, { today: TODAY });
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });

    it('reaches 7 MiB with 264 aims, the size of the import that stalled the server', () => {
      const bytes = Buffer.byteLength(JSON.stringify(buildLargePlan(264)));
      expect(bytes).toBeGreaterThan(7 * 1024 * 1024);
      expect(bytes).toBeLessThan(8 * 1024 * 1024);
    });
  });

  describe('buildMemberPlan', () => {
    it('has 5 aims × 3 targets × 10 indicators with values for 2025', () => {
      const doc = buildMemberPlan(0);
      expect(countPlan(doc)).toMatchObject({ aims: 5, targets: 15, indicators: 150 });
      for (const target of doc.plan.aims.flatMap((aim) => aim.targets)) {
        expect(target.indicators).toHaveLength(10);
        expect(target.indicators.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
      }
      for (const item of indicatorsOf(doc)) {
        expect(Object.keys(item.values ?? {})).toEqual(
          item.monitoringMonths === 12 ? ['2025'] : ['2025-H1', '2025-H2'],
        );
      }
      expect([doc.plan.startYear, doc.plan.endYear]).toEqual([2025, 2029]);
    });

    it('takes other indicator counts', () => {
      expect(countPlan(buildMemberPlan(3, 40))).toMatchObject({ targets: 15, indicators: 40 });
      expect(countPlan(buildMemberPlan(4, 7))).toMatchObject({ aims: 5, targets: 7, indicators: 7 });
      expect(countPlan(buildMemberPlan(5, 151))).toMatchObject({ indicators: 151 });
      expect(() => buildMemberPlan(0, 0)).toThrow(RangeError);
      expect(() => buildMemberPlan(-1)).toThrow(RangeError);
    });

    it('names every member uniquely', () => {
      const names = Array.from({ length: 200 }, (_, index) => buildMemberPlan(index, 15).institution.name);
      expect(new Set(names).size).toBe(200);
    });

    it('is deterministic per index and differs between indexes', () => {
      expect(buildMemberPlan(17)).toEqual(buildMemberPlan(17));
      expect(buildMemberPlan(17).plan.aims).not.toEqual(buildMemberPlan(18).plan.aims);
    });

    it.each([0, 1, 49, 50, 123])('member %i breaks no hard rule and passes the validator', (index) => {
      const doc = buildMemberPlan(index);
      expect(checkPlanDocument(doc)).toEqual([]);
      expect(parsePlanDocument(JSON.parse(JSON.stringify(doc))).problems).toEqual([]);
      const issues = validatePlan(doc, { today: TODAY });
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  });
});
