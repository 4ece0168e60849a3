import { describe, expect, it } from '@jest/globals';
import type { IndicatorDoc, PlanDocument } from '../../contracts/plan-document.js';
import { parsePlanDocument } from '../../modules/plans/plan-document-parser.js';
import { validatePlan } from '../../modules/plans/plan-rules.js';
import {
  BILECIK_BELEDIYESI_PLAN,
  DEMO_PLANS,
  DEMO_DRAFTS,
  KAHRAMANMARAS_KENT_MECLISI_PLAN,
  KIZILTEPE_BELEDIYESI_DRAFT,
  MARMARA_BIRLIGI_PLAN,
} from './index.js';
import { checkPlanDocument, countPlan, indicatorsOf, yearEndActual } from './plan-checks.js';

const TODAY = '2026-01-15';

function indicator(doc: PlanDocument, code: string): IndicatorDoc {
  const found = indicatorsOf(doc).find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

/** A deep copy to break on purpose. */
function copy(doc: PlanDocument): PlanDocument {
  return JSON.parse(JSON.stringify(doc)) as PlanDocument;
}

describe('the demo draft (Kızıltepe Belediyesi 2020–2024)', () => {
  it('is the one draft the demo loads, a document the parser takes', () => {
    expect(DEMO_DRAFTS).toEqual([KIZILTEPE_BELEDIYESI_DRAFT]);
    expect(parsePlanDocument(KIZILTEPE_BELEDIYESI_DRAFT).problems).toEqual([]);
    expect(countPlan(KIZILTEPE_BELEDIYESI_DRAFT)).toEqual({ aims: 2, targets: 4, indicators: 6, values: 0 });
  });

  it('breaks exactly the two rules a half-written draft is let off, and is late for the 2019 deadline', () => {
    const issues = validatePlan(KIZILTEPE_BELEDIYESI_DRAFT, { today: TODAY, lang: 'tr' });
    expect(issues.map(({ code, severity, path }) => [code, severity, path])).toEqual([
      ['ELECTION_DEADLINE', 'warning', 'plan.submittedToCouncil'],
      // Its situation analysis: need İ3 has no target yet, and H1.2 answers no finding or need.
      ['NEED_UNANSWERED', 'warning', 'plan.analysis.findings[4]'],
      ['WEIGHTS_SUM', 'error', 'plan.aims[0].targets[1].indicators'],
      ['TARGET_WITHOUT_NEED', 'warning', 'plan.aims[0].targets[1].answers'],
      ['TARGET_HAS_INDICATOR', 'error', 'plan.aims[1].targets[1].indicators'],
    ]);
    expect(issues[0].message).toContain('en geç 30.09.2019 tarihine kadar');
  });
});

describe('demo plans', () => {
  it('lists the three demo documents in order', () => {
    expect(DEMO_PLANS.map((doc) => doc.institution.name)).toEqual([
      'Marmara Belediyeler Birliği',
      'Bilecik Belediyesi',
      'Kahramanmaraş Kent Meclisi',
    ]);
  });

  it('has the intended counts', () => {
    expect(countPlan(MARMARA_BIRLIGI_PLAN)).toEqual({ aims: 7, targets: 8, indicators: 32, values: 60 });
    expect(countPlan(BILECIK_BELEDIYESI_PLAN)).toEqual({ aims: 4, targets: 10, indicators: 30, values: 107 });
    expect(countPlan(KAHRAMANMARAS_KENT_MECLISI_PLAN)).toEqual({
      aims: 3,
      targets: 6,
      indicators: 15,
      values: 14,
    });
  });

  describe.each(DEMO_PLANS.map((doc) => [doc.institution.name, doc] as const))('%s', (_name, doc) => {
    it('breaks none of the hard rules (own checks)', () => {
      expect(checkPlanDocument(doc)).toEqual([]);
    });

    it('has weights summing to exactly 100 per target', () => {
      for (const target of doc.plan.aims.flatMap((aim) => aim.targets)) {
        expect([target.code, target.indicators.reduce((sum, item) => sum + item.weight, 0)]).toEqual([
          target.code,
          100,
        ]);
      }
    });

    it('codes follow their parents', () => {
      doc.plan.aims.forEach((aim, a) => {
        expect(aim.code).toBe(`A${a + 1}`);
        aim.targets.forEach((target, t) => {
          expect(target.code).toBe(`H${a + 1}.${t + 1}`);
          target.indicators.forEach((item, i) => expect(item.code).toBe(`PG${a + 1}.${t + 1}.${i + 1}`));
        });
      });
    });

    it('gives a deviation reason wherever the year-end actual misses the target', () => {
      for (const item of indicatorsOf(doc)) {
        for (let year = doc.plan.startYear; year <= doc.plan.endYear; year += 1) {
          const actual = yearEndActual(item, year, doc.plan.startYear);
          if (actual === null) continue;
          const yearEnd = (item.monitoringMonths ?? 6) === 12 ? String(year) : `${year}-H2`;
          const reason = item.values?.[yearEnd]?.deviationReason;
          if (actual !== item.targets[String(year)]) {
            expect([item.code, year, Boolean(reason?.trim())]).toEqual([item.code, year, true]);
          }
        }
      }
    });

    it('passes the import parser and the official validator without errors', () => {
      expect(parsePlanDocument(JSON.parse(JSON.stringify(doc))).problems).toEqual([]);
      const issues = validatePlan(doc, { today: TODAY });
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  });

  describe('Marmara Belediyeler Birliği', () => {
    const doc = MARMARA_BIRLIGI_PLAN;

    it('is a union plan 2008-2012 with the seed mission, vision and seven aims', () => {
      expect(doc.institution).toEqual({ name: 'Marmara Belediyeler Birliği', kind: 'birlik' });
      expect([doc.plan.startYear, doc.plan.endYear]).toEqual([2008, 2012]);
      expect(doc.plan.vision).toMatch(
        /^Birliğin vizyonu; üye belediyelerin, ortak sorunlarının ortaklaşa çözümünde/,
      );
      expect(doc.plan.mission).toMatch(/^Birliğin misyonu; Marmara Bölgesinin sürdürülebilir gelişimi/);
      expect(doc.plan.aims).toHaveLength(7);
      expect(doc.plan.aims[3].title).toBe(
        'Şehirciliğin ve belediyeciliğin temel alanlarında, üye belediyelerin seçilmiş temsilcilerine ve personeline sürekli eğitim hizmeti vermek.',
      );
      for (const aim of doc.plan.aims) expect(aim.targets.length).toBeGreaterThanOrEqual(1);
    });

    it('carries the four 2008 targets with their numbered seed activities', () => {
      const targets = doc.plan.aims.flatMap((aim) => aim.targets);
      const withActivities = targets
        .filter((target) => (target.activities ?? []).length > 0)
        .map((target) => [target.code, target.title, target.activities?.length]);
      expect(withActivities).toEqual([
        ['H1.1', 'Birliğin kurumsal kapasitesini güçlendirmek', 13],
        ['H1.2', 'Birlik ve Belediyeler arasındaki iletişim ve işbirliğini geliştirmek', 12],
        ['H4.1', 'Üye belediyelerin kurumsal yapısına katkı sağlamak', 9],
        ['H6.1', 'Mevzuat çalışmalarına destek vermek', 1],
      ]);
      for (const target of targets) {
        (target.activities ?? []).forEach((activity, index) =>
          expect(activity.code).toBe(`F${String(index + 1).padStart(2, '0')}`),
        );
        // The 2008 estimate of a seed target is the sum of its activities.
        if (target.activities) {
          const sum = target.activities.reduce(
            (total, activity) => total + (activity.cost?.['2008'] ?? 0),
            0,
          );
          expect([target.code, target.costEstimate?.['2008']]).toEqual([target.code, sum]);
        }
      }
    });

    it('measures the quantified activities', () => {
      expect(indicator(doc, 'PG1.1.1').baseline).toBe(276);
      expect(indicator(doc, 'PG1.2.2').targets['2008']).toBe(5);
      expect(indicator(doc, 'PG4.1.1').targets['2008']).toBe(12);
      expect(indicator(doc, 'PG4.1.2').targets['2008']).toBe(12);
      expect(Object.keys(indicator(doc, 'PG1.1.1').values ?? {})).toEqual(['2008-H1', '2008-H2']);
      for (const item of indicatorsOf(doc)) {
        for (const period of Object.keys(item.values ?? {})) expect(period.startsWith('2008')).toBe(true);
      }
    });
  });

  describe('Bilecik Belediyesi', () => {
    const doc = BILECIK_BELEDIYESI_PLAN;
    const all = indicatorsOf(doc);

    it('is an in-force municipal plan submitted within six months of the election', () => {
      expect(doc.institution).toEqual({
        name: 'Bilecik Belediyesi',
        kind: 'belediye',
        population: 79000,
        electionDate: '2019-03-31',
      });
      expect(doc.plan.status).toBe('yururlukte');
      expect(doc.plan.submittedToCouncil).toBe('2019-09-02');
      expect(doc.plan.councilDecision).toEqual({ date: '2019-09-06', number: '2019/92' });
    });

    it('has the twelve core values of the seed in title case', () => {
      const values = doc.plan.values ?? [];
      expect(values).toHaveLength(12);
      expect(values[0].title).toBe('Şeffaflık ve Hesap Verilebilirlik');
      expect(values[11].title).toBe('Vatandaşın Hak ve Hukukunun Korunması');
      for (const value of values) expect(value.description?.length).toBeGreaterThan(100);
    });

    it('covers every value type, direction, method and both monitoring frequencies', () => {
      expect(new Set(all.map((item) => item.valueType))).toEqual(new Set(['duzey', 'kumulatif', 'donemsel']));
      expect(new Set(all.map((item) => item.direction))).toEqual(new Set(['artis', 'azalis', 'koruma']));
      expect(new Set(all.map((item) => item.method))).toEqual(new Set(['F1', 'F2']));
      const keep = all.filter((item) => item.direction === 'koruma');
      expect(keep.length).toBeGreaterThanOrEqual(1);
      for (const item of keep)
        expect(Object.values(item.targets).every((target) => target === item.baseline)).toBe(true);
      const yearly = all.filter((item) => item.monitoringMonths === 12);
      expect(yearly.length).toBeGreaterThanOrEqual(1);
      for (const item of yearly) expect(Object.keys(item.values ?? {})).toEqual(['2020', '2021']);
    });

    it('has 2-4 indicators per target, 2-3 targets per aim', () => {
      for (const aim of doc.plan.aims) {
        expect(aim.targets.length).toBeGreaterThanOrEqual(2);
        expect(aim.targets.length).toBeLessThanOrEqual(3);
        for (const target of aim.targets) {
          expect(target.indicators.length).toBeGreaterThanOrEqual(2);
          expect(target.indicators.length).toBeLessThanOrEqual(4);
        }
      }
    });

    it('has values for 2020 and 2021 with exactly one missing entry (2021-H2)', () => {
      const missing: string[] = [];
      for (const item of all) {
        const expected =
          item.monitoringMonths === 12 ? ['2020', '2021'] : ['2020-H1', '2020-H2', '2021-H1', '2021-H2'];
        for (const period of expected) if (!item.values?.[period]) missing.push(`${item.code} ${period}`);
        for (const period of Object.keys(item.values ?? {})) expect(expected).toContain(period);
      }
      expect(missing).toEqual(['PG2.1.3 2021-H2']);
      expect(all.some((item) => Object.values(item.values ?? {}).some((entry) => entry.note))).toBe(true);
    });

    it('shows targets met exactly as well as missed and exceeded ones', () => {
      let met = 0;
      let missed = 0;
      for (const item of all) {
        for (const year of [2020, 2021]) {
          const actual = yearEndActual(item, year, 2020);
          if (actual === null) continue;
          if (actual === item.targets[String(year)]) met += 1;
          else missed += 1;
        }
      }
      expect(met).toBeGreaterThanOrEqual(10);
      expect(missed).toBeGreaterThanOrEqual(20);
    });

    it('balances the costing table every year', () => {
      const targets = doc.plan.aims.flatMap((aim) => aim.targets);
      const costing = doc.plan.costing;
      expect(new Set(costing?.resources?.map((resource) => resource.kind))).toEqual(
        new Set(['butce', 'butce-disi']),
      );
      for (let year = 2020; year <= 2024; year += 1) {
        const key = String(year);
        for (const target of targets) expect(target.costEstimate?.[key]).toBeGreaterThan(0);
        const need =
          targets.reduce((sum, target) => sum + (target.costEstimate?.[key] ?? 0), 0) +
          (costing?.generalAdministration?.[key] ?? 0);
        const resources = (costing?.resources ?? []).reduce(
          (sum, resource) => sum + (resource.amounts[key] ?? 0),
          0,
        );
        expect([key, need]).toEqual([key, resources]);
      }
    });
  });

  describe('Kahramanmaraş Kent Meclisi', () => {
    const doc = KAHRAMANMARAS_KENT_MECLISI_PLAN;

    it('is a draft city council plan without a council decision', () => {
      expect(doc.institution).toEqual({ name: 'Kahramanmaraş Kent Meclisi', kind: 'kent-konseyi' });
      expect(doc.plan.status).toBe('taslak');
      expect(doc.plan.councilDecision).toBeUndefined();
      expect([doc.plan.startYear, doc.plan.endYear]).toEqual([2025, 2029]);
    });

    it('takes its twenty core values from the working principles', () => {
      const values = doc.plan.values ?? [];
      expect(values).toHaveLength(20);
      expect(values[4].description).toBe(
        'Katılımcılığı ve ortak akla dayanan uzlaşmayı ve müzakereci demokrasi anlayışını esas almak.',
      );
      for (const value of values) expect(value.title.length).toBeLessThan(50);
    });

    it('has three aims and values for 2025-H1 only', () => {
      expect(doc.plan.aims).toHaveLength(3);
      for (const item of indicatorsOf(doc)) {
        for (const period of Object.keys(item.values ?? {})) expect(period).toBe('2025-H1');
      }
    });
  });

  describe('the self-checks', () => {
    it('catch broken weights, codes, units, periods, directions and missing reasons', () => {
      const doc = copy(BILECIK_BELEDIYESI_PLAN);
      const target = doc.plan.aims[0].targets[0];
      target.indicators[0].weight = 32;
      target.collaboratingUnits = ['FEN'];
      doc.plan.aims[1].targets[0].code = 'H3.1';
      target.indicators[1].values = { ...target.indicators[1].values, '2020': { value: 1 } };
      target.indicators[2].targets['2022'] = 20;
      delete target.indicators[0].values?.['2020-H2'].deviationReason;
      const problems = checkPlanDocument(doc);
      expect(problems).toEqual(
        expect.arrayContaining([
          'H1.1: weights sum to 97',
          'H1.1: responsible unit FEN also collaborates',
          'target code H3.1 under A2',
          'PG1.1.2: value period 2020 (monitoring 6)',
          'PG1.1.3: 2022 target 20 rises',
          'PG1.1.1: 2020-H2: C 19300 ≠ B 20000 without deviationReason',
        ]),
      );
    });

    it('compute kumulatif and decimal actuals exactly', () => {
      expect(yearEndActual(indicator(BILECIK_BELEDIYESI_PLAN, 'PG1.1.2'), 2021, 2020)).toBe(52.6);
      expect(yearEndActual(indicator(BILECIK_BELEDIYESI_PLAN, 'PG2.1.3'), 2021, 2020)).toBeNull();
    });
  });
});
