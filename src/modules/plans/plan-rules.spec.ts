import { describe, expect, it } from '@jest/globals';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ValidationIssue } from '../../contracts/validation.js';
import { addMonthsClamped, hasErrors, isObliged, needsDeviationReason, validatePlan } from './plan-rules.js';
import { FIXTURE_TODAY, validPlanDocument } from './test-fixtures.js';

const H11 = 'plan.aims[0].targets[0]';
const PG111 = `${H11}.indicators[0]`;

function validate(doc: PlanDocument, today = FIXTURE_TODAY): ValidationIssue[] {
  return validatePlan(doc, { today });
}

/** code, severity and path of each issue, to assert without the wording. */
function brief(issues: ValidationIssue[]): Array<[string, string, string]> {
  return issues.map((issue) => [issue.code, issue.severity, issue.path]);
}

function firstTarget(doc: PlanDocument) {
  return doc.plan.aims[0].targets[0];
}

function firstIndicator(doc: PlanDocument) {
  return firstTarget(doc).indicators[0];
}

describe('validatePlan', () => {
  it('finds nothing wrong with a valid plan', () => {
    expect(validate(validPlanDocument())).toEqual([]);
  });

  describe('PLAN_PERIOD', () => {
    it('rejects a plan that is not five consecutive years', () => {
      const doc = validPlanDocument();
      doc.plan.endYear = 2030;
      expect(brief(validate(doc)).filter(([code]) => code === 'PLAN_PERIOD')).toEqual([
        ['PLAN_PERIOD', 'error', 'plan.endYear'],
      ]);
    });

    it('rejects yearly amounts outside the plan years', () => {
      const doc = validPlanDocument();
      firstTarget(doc).costEstimate = { ...firstTarget(doc).costEstimate, '2030': 5 };
      firstIndicator(doc).targets['2024'] = 90000;
      expect(brief(validate(doc))).toEqual([
        ['PLAN_PERIOD', 'error', `${H11}.costEstimate["2030"]`],
        ['PLAN_PERIOD', 'error', `${PG111}.targets["2024"]`],
      ]);
    });

    it('checks activity costs and the costing tables too', () => {
      const doc = validPlanDocument();
      firstTarget(doc).activities![0].cost = { '2024': 1 };
      doc.plan.costing!.generalAdministration!['2031'] = 1;
      doc.plan.costing!.resources![1].amounts['2019'] = 1;
      expect(brief(validate(doc))).toEqual([
        ['PLAN_PERIOD', 'error', 'plan.costing.generalAdministration["2031"]'],
        ['PLAN_PERIOD', 'error', 'plan.costing.resources[1].amounts["2019"]'],
        ['PLAN_PERIOD', 'error', `${H11}.activities[0].cost["2024"]`],
      ]);
    });
  });

  describe('ELECTION_DEADLINE', () => {
    it('warns of a submission after election date + 6 months, with the days late', () => {
      const doc = validPlanDocument();
      doc.plan.submittedToCouncil = '2024-10-01';
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['ELECTION_DEADLINE', 'warning', 'plan.submittedToCouncil']]);
      expect(issues[0].message).toBe(
        'seçim tarihi 31.03.2024: plan en geç 30.09.2024 tarihine kadar meclise sunulmalıydı; 01.10.2024 tarihinde sunuldu, 1 gün geç',
      );
    });

    it('accepts a submission on the deadline day', () => {
      const doc = validPlanDocument();
      doc.plan.submittedToCouncil = '2024-09-30';
      expect(validate(doc)).toEqual([]);
    });

    it('judges on the council decision date when the submission date is not given', () => {
      const doc = validPlanDocument();
      delete doc.plan.submittedToCouncil;
      doc.plan.councilDecision = { date: '2024-10-15', number: '2024/150' };
      expect(brief(validate(doc))).toEqual([['ELECTION_DEADLINE', 'warning', 'plan.councilDecision.date']]);
    });

    it('judges a draft on today', () => {
      const doc = validPlanDocument();
      doc.plan.status = 'taslak';
      delete doc.plan.submittedToCouncil;
      delete doc.plan.councilDecision;
      expect(validate(doc, '2024-09-30')).toEqual([]);
      const issues = validatePlan(doc, { today: '2024-10-01', lang: 'en' });
      expect(brief(issues)).toEqual([['ELECTION_DEADLINE', 'warning', 'plan.submittedToCouncil']]);
      expect(issues[0].message).toBe(
        'election on 2024-03-31: the plan was due at the council by 2024-09-30; it is not submitted yet and is 1 day late today',
      );
    });

    it('applies to metropolitan and unknown-population municipalities, not to unions or small towns', () => {
      const late = (institution: PlanDocument['institution']): string[] => {
        const doc = validPlanDocument();
        doc.institution = institution;
        doc.plan.submittedToCouncil = '2025-01-10';
        return validate(doc).map((issue) => issue.code);
      };
      expect(late({ name: 'B', kind: 'buyuksehir', population: 10, electionDate: '2024-03-31' })).toEqual([
        'ELECTION_DEADLINE',
      ]);
      expect(late({ name: 'B', kind: 'belediye', electionDate: '2024-03-31' })).toEqual([
        'ELECTION_DEADLINE',
      ]);
      expect(late({ name: 'B', kind: 'birlik', electionDate: '2024-03-31' })).toEqual([]);
      expect(late({ name: 'B', kind: 'kent-konseyi', electionDate: '2024-03-31' })).toEqual([]);
      expect(late({ name: 'B', kind: 'belediye', population: 49999, electionDate: '2024-03-31' })).toEqual([
        'POPULATION_DUTY',
      ]);
      expect(late({ name: 'B', kind: 'belediye', population: 190000 })).toEqual([]);
    });
  });

  describe('addMonthsClamped', () => {
    it('adds calendar months and clamps to the end of the month', () => {
      expect(addMonthsClamped('2009-03-29', 6)).toBe('2009-09-29');
      expect(addMonthsClamped('2019-08-31', 6)).toBe('2020-02-29');
      expect(addMonthsClamped('2018-08-31', 6)).toBe('2019-02-28');
      expect(addMonthsClamped('2024-03-31', 6)).toBe('2024-09-30');
      expect(addMonthsClamped('2024-11-15', 2)).toBe('2025-01-15');
      expect(addMonthsClamped('2020-03-31', -1)).toBe('2020-02-29');
    });

    it('refuses a date that does not exist', () => {
      expect(() => addMonthsClamped('2025-02-30', 6)).toThrow(RangeError);
    });
  });

  describe('POPULATION_DUTY', () => {
    it('marks a municipality below 50,000 as voluntary', () => {
      const doc = validPlanDocument();
      doc.institution.population = 49999;
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['POPULATION_DUTY', 'warning', 'institution.population']]);
      expect(issues[0].message).toContain('plan gönüllüdür');
      expect(hasErrors(issues)).toBe(false);
    });

    it('obliges exactly 50,000, metropolitans always, unions never', () => {
      const doc = validPlanDocument();
      doc.institution.population = 50000;
      expect(validate(doc)).toEqual([]);
      expect(isObliged({ kind: 'belediye', population: 50000 })).toBe(true);
      expect(isObliged({ kind: 'belediye', population: 49999 })).toBe(false);
      expect(isObliged({ kind: 'belediye' })).toBe(true);
      expect(isObliged({ kind: 'buyuksehir', population: 1000 })).toBe(true);
      expect(isObliged({ kind: 'birlik', population: 900000 })).toBe(false);
    });
  });

  describe('COUNCIL_DECISION', () => {
    it('requires a council decision for a plan in force', () => {
      const doc = validPlanDocument();
      delete doc.plan.councilDecision;
      expect(brief(validate(doc))).toEqual([['COUNCIL_DECISION', 'error', 'plan.councilDecision']]);
      doc.plan.status = 'meclis-onayinda';
      expect(validate(doc)).toEqual([]);
    });

    it('rejects a council decision without a number', () => {
      const doc = validPlanDocument();
      doc.plan.councilDecision = { date: '2024-09-05', number: ' ' };
      expect(brief(validate(doc))).toEqual([['COUNCIL_DECISION', 'error', 'plan.councilDecision.number']]);
    });
  });

  describe('TARGET_HAS_INDICATOR', () => {
    it('rejects a target without indicators, and does not also ask its weights to sum to 100', () => {
      const doc = validPlanDocument();
      doc.plan.aims[1].targets[0].indicators = [];
      expect(brief(validate(doc))).toEqual([
        ['TARGET_HAS_INDICATOR', 'error', 'plan.aims[1].targets[0].indicators'],
      ]);
    });

    it('rejects an indicator without a baseline', () => {
      const doc = validPlanDocument();
      firstIndicator(doc).baseline = null;
      expect(brief(validate(doc))).toEqual([['TARGET_HAS_INDICATOR', 'error', `${PG111}.baseline`]]);
    });

    it('names the plan years without a target', () => {
      const doc = validPlanDocument();
      delete firstIndicator(doc).targets['2027'];
      delete firstIndicator(doc).targets['2029'];
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['TARGET_HAS_INDICATOR', 'error', `${PG111}.targets`]]);
      expect(issues[0].message).toContain('2027, 2029');
    });
  });

  describe('WEIGHTS_SUM', () => {
    it('rejects weights that sum to 97, naming the target and the sum', () => {
      const doc = validPlanDocument();
      firstTarget(doc).indicators[2].weight = 22;
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['WEIGHTS_SUM', 'error', `${H11}.indicators`]]);
      expect(issues[0].message).toBe('H1.1 hedefinin gösterge ağırlıkları toplamı 97; 100 olmalı');
      expect(validatePlan(doc, { today: FIXTURE_TODAY, lang: 'en' })[0].message).toBe(
        'weights of target H1.1 sum to 97; they must sum to 100',
      );
    });

    it('accepts decimal weights that sum to 100', () => {
      const doc = validPlanDocument();
      const [first, second, third] = firstTarget(doc).indicators;
      [first.weight, second.weight, third.weight] = [33.3, 33.3, 33.4];
      expect(validate(doc)).toEqual([]);
    });
  });

  describe('CODE_PREFIX', () => {
    it('rejects a target code that does not match its aim', () => {
      const doc = validPlanDocument();
      doc.plan.aims[1].targets[0].code = 'H1.2';
      expect(brief(validate(doc))).toEqual([['CODE_PREFIX', 'error', 'plan.aims[1].targets[0].code']]);
    });

    it('rejects an indicator code that does not match its target, and a malformed aim code', () => {
      const doc = validPlanDocument();
      firstTarget(doc).indicators[1].code = 'PG1.2.2';
      doc.plan.aims[1].code = 'AMAC2';
      expect(brief(validate(doc))).toEqual([
        ['CODE_PREFIX', 'error', `${H11}.indicators[1].code`],
        ['CODE_PREFIX', 'error', 'plan.aims[1].code'],
      ]);
    });

    it('rejects a code used twice in the plan', () => {
      const doc = validPlanDocument();
      const target = doc.plan.aims[1].targets[0];
      target.indicators = [
        { ...target.indicators[0], weight: 50 },
        { ...target.indicators[0], weight: 50 },
      ];
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['CODE_PREFIX', 'error', 'plan.aims[1].targets[0].indicators[1].code']]);
      expect(issues[0].message).toContain('plan.aims[1].targets[0].indicators[0].code');
    });

    it('rejects duplicated unit codes and duplicated activity codes in a target', () => {
      const doc = validPlanDocument();
      doc.units.push({ code: 'PARK', name: 'Park Müdürlüğü (eski)' });
      firstTarget(doc).activities![1].code = 'F01';
      expect(brief(validate(doc))).toEqual([
        ['CODE_PREFIX', 'error', 'units[3].code'],
        ['CODE_PREFIX', 'error', `${H11}.activities[1].code`],
      ]);
    });

    it('follows configured prefixes such as SA / SH / PH', () => {
      const doc = validPlanDocument();
      doc.plan.settings = {
        ...doc.plan.settings,
        codePrefixes: { aim: 'SA', target: 'SH', indicator: 'PH' },
      };
      expect(validate(doc).filter((issue) => issue.code === 'CODE_PREFIX')).toHaveLength(8);
      for (const aim of doc.plan.aims) {
        aim.code = aim.code.replace(/^A/, 'SA');
        for (const target of aim.targets) {
          target.code = target.code.replace(/^H/, 'SH');
          for (const indicator of target.indicators) indicator.code = indicator.code.replace(/^PG/, 'PH');
        }
      }
      expect(validate(doc)).toEqual([]);
    });
  });

  describe('RESPONSIBLE_UNIT', () => {
    it('rejects a responsible unit that is not in the units list', () => {
      const doc = validPlanDocument();
      firstTarget(doc).responsibleUnit = 'IMAR';
      expect(brief(validate(doc))).toEqual([['RESPONSIBLE_UNIT', 'error', `${H11}.responsibleUnit`]]);
    });

    it('rejects the responsible unit among the collaborators, unknown and repeated collaborators', () => {
      const doc = validPlanDocument();
      firstTarget(doc).collaboratingUnits = ['ZABITA', 'PARK', 'ZABITA', 'IMAR'];
      expect(brief(validate(doc))).toEqual([
        ['RESPONSIBLE_UNIT', 'error', `${H11}.collaboratingUnits[1]`],
        ['RESPONSIBLE_UNIT', 'error', `${H11}.collaboratingUnits[2]`],
        ['RESPONSIBLE_UNIT', 'error', `${H11}.collaboratingUnits[3]`],
      ]);
    });

    it('rejects an empty responsible unit', () => {
      const doc = validPlanDocument();
      firstTarget(doc).responsibleUnit = '';
      expect(brief(validate(doc))).toEqual([['RESPONSIBLE_UNIT', 'error', `${H11}.responsibleUnit`]]);
    });

    it('rejects unknown activity units, unknown parents and parent cycles', () => {
      const doc = validPlanDocument();
      firstTarget(doc).activities![1].responsibleUnit = 'IMAR';
      doc.units[0].parent = 'BASKAN';
      doc.units[2].parent = 'ZABITA';
      expect(brief(validate(doc))).toEqual([
        ['RESPONSIBLE_UNIT', 'error', 'units[0].parent'],
        ['RESPONSIBLE_UNIT', 'error', 'units[2].parent'],
        ['RESPONSIBLE_UNIT', 'error', `${H11}.activities[1].responsibleUnit`],
      ]);
    });
  });

  describe('TARGET_DIRECTION', () => {
    it('warns when an artis target falls', () => {
      const doc = validPlanDocument();
      firstIndicator(doc).targets['2027'] = 130000;
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['TARGET_DIRECTION', 'warning', `${PG111}.targets["2027"]`]]);
      expect(issues[0].message).toBe(
        'PG1.1.1 göstergesi artış yönlü: 2027 hedefi 130.000, 2026 hedefi 140.000 değerinden düşük',
      );
    });

    it('warns when an azalis target rises above the baseline', () => {
      const doc = validPlanDocument();
      const yearly = firstTarget(doc).indicators[1];
      yearly.targets['2025'] = 11;
      yearly.values = { '2025': { value: 11 } };
      expect(brief(validate(doc))).toEqual([
        ['TARGET_DIRECTION', 'warning', `${H11}.indicators[1].targets["2025"]`],
      ]);
    });

    it('warns when a koruma target leaves the baseline', () => {
      const doc = validPlanDocument();
      doc.plan.aims[1].targets[0].indicators[0].targets['2028'] = 13;
      expect(brief(validate(doc))).toEqual([
        ['TARGET_DIRECTION', 'warning', 'plan.aims[1].targets[0].indicators[0].targets["2028"]'],
      ]);
    });
  });

  describe('COST_BALANCE', () => {
    it('warns when a year’s costs and resources differ, naming the year and both sums', () => {
      const doc = validPlanDocument();
      doc.plan.costing!.resources![0].amounts['2026'] = 1400000;
      const issues = validate(doc);
      expect(brief(issues)).toEqual([['COST_BALANCE', 'warning', 'plan.costing.resources']]);
      expect(issues[0].message).toBe(
        '2026: hedef maliyetleri ve genel yönetim giderleri toplamı 1.750.000 TL, kaynaklar toplamı 1.650.000 TL; eşit olmalı',
      );
    });

    it('does not balance the tables when no resources are given', () => {
      const doc = validPlanDocument();
      delete doc.plan.costing!.resources;
      doc.plan.costing!.generalAdministration!['2025'] = 1;
      expect(validate(doc)).toEqual([]);
    });

    it('warns when a target’s activities cost more than its estimate for the year', () => {
      const doc = validPlanDocument();
      firstTarget(doc).activities![1].cost = { '2025': 300001 };
      expect(brief(validate(doc))).toEqual([['COST_BALANCE', 'warning', `${H11}.costEstimate["2025"]`]]);
    });
  });

  describe('DEVIATION_REASON', () => {
    it('requires a reason when the year-end actual differs from the target', () => {
      const doc = validPlanDocument();
      delete firstIndicator(doc).values!['2025-H2'].deviationReason;
      const issues = validate(doc);
      expect(brief(issues)).toEqual([
        ['DEVIATION_REASON', 'error', `${PG111}.values["2025-H2"].deviationReason`],
      ]);
      expect(issues[0].message).toBe(
        'PG1.1.1 göstergesinin 2025 yıl sonu gerçekleşmesi 115.000, hedefi 120.000; sapma nedeni yazılmalı',
      );
    });

    it('treats a blank reason as missing and allows no tolerance, even 1%', () => {
      const doc = validPlanDocument();
      const yearly = firstTarget(doc).indicators[1];
      yearly.values = { '2025': { value: 8.08, deviationReason: '  ' } };
      expect(brief(validate(doc))).toEqual([
        ['DEVIATION_REASON', 'error', `${H11}.indicators[1].values["2025"].deviationReason`],
      ]);
    });

    it('uses C of the value type: a cumulative indicator that reached its target needs no reason', () => {
      const indicator = validPlanDocument().plan.aims[0].targets[0].indicators[2];
      expect(needsDeviationReason(indicator, 2025, 2025)).toBe(false);
      indicator.values!['2025-H2'].value = 5;
      expect(needsDeviationReason(indicator, 2025, 2025)).toBe(true);
      // No year-end entry yet: nothing to explain.
      delete indicator.values!['2025-H2'];
      expect(needsDeviationReason(indicator, 2025, 2025)).toBe(false);
    });

    it('does not mistake float noise for a deviation', () => {
      const indicator = validPlanDocument().plan.aims[1].targets[0].indicators[0];
      indicator.targets['2025'] = 0.3;
      indicator.values = { '2025-H1': { value: 0.1 }, '2025-H2': { value: 0.2 } };
      expect(needsDeviationReason(indicator, 2025, 2025)).toBe(false);
    });
  });

  it('lists issues of several rules in document order', () => {
    const doc = validPlanDocument();
    doc.institution.population = 1000;
    doc.plan.endYear = 2030;
    firstIndicator(doc).targets['2030'] = 210000;
    firstTarget(doc).indicators[2].weight = 20;
    doc.plan.aims[1].targets[0].responsibleUnit = 'IMAR';
    expect(brief(validate(doc))).toEqual([
      ['POPULATION_DUTY', 'warning', 'institution.population'],
      ['PLAN_PERIOD', 'error', 'plan.endYear'],
      ['WEIGHTS_SUM', 'error', `${H11}.indicators`],
      ['TARGET_HAS_INDICATOR', 'error', `${H11}.indicators[1].targets`],
      ['TARGET_HAS_INDICATOR', 'error', `${H11}.indicators[2].targets`],
      ['RESPONSIBLE_UNIT', 'error', 'plan.aims[1].targets[0].responsibleUnit'],
      ['TARGET_HAS_INDICATOR', 'error', 'plan.aims[1].targets[0].indicators[0].targets'],
    ]);
  });

  it('checks only the rules in scope', () => {
    const doc = validPlanDocument();
    doc.institution.population = 1000;
    firstTarget(doc).indicators[2].weight = 20;
    expect(validatePlan(doc, { today: FIXTURE_TODAY, scope: ['WEIGHTS_SUM'] }).map((i) => i.code)).toEqual([
      'WEIGHTS_SUM',
    ]);
  });

  it('tells errors from warnings', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ code: 'TARGET_DIRECTION', severity: 'warning', path: 'x', message: 'm' }])).toBe(
      false,
    );
    expect(hasErrors([{ code: 'WEIGHTS_SUM', severity: 'error', path: 'x', message: 'm' }])).toBe(true);
  });
});

describe('validatePlan: indicators added by a plan update (sinceYear)', () => {
  /** PG1.1.1 counting from 2027: targets of 2027–2029 only, no entries before. */
  function addedLater(): PlanDocument {
    const doc = validPlanDocument();
    const indicator = firstIndicator(doc);
    indicator.sinceYear = 2027;
    indicator.targets = { '2027': 160000, '2028': 180000, '2029': 200000 };
    delete indicator.values;
    return doc;
  }

  it('needs targets from its first year on only', () => {
    expect(validate(addedLater())).toEqual([]);
  });

  it('refuses a target before its first year and a first year outside the plan (PLAN_PERIOD)', () => {
    const early = addedLater();
    firstIndicator(early).targets['2026'] = 150000;
    expect(brief(validate(early))).toEqual([['PLAN_PERIOD', 'error', `${PG111}.targets["2026"]`]]);
    const outside = addedLater();
    firstIndicator(outside).sinceYear = 2031;
    expect(brief(validate(outside))).toContainEqual(['PLAN_PERIOD', 'error', `${PG111}.sinceYear`]);
  });

  it('still needs every remaining year’s target (TARGET_HAS_INDICATOR)', () => {
    const doc = addedLater();
    delete firstIndicator(doc).targets['2028'];
    expect(brief(validate(doc))).toEqual([['TARGET_HAS_INDICATOR', 'error', `${PG111}.targets`]]);
  });
});

describe('validatePlan: DEVIATION_REASON and the value workflow status', () => {
  /** PG1.1.1 ends 2025 at 115000 against 120000, without a reason. */
  function withoutReason(status?: 'draft' | 'returned' | 'submitted' | 'approved'): PlanDocument {
    const doc = validPlanDocument();
    firstIndicator(doc).values!['2025-H2'] = { value: 115000, ...(status ? { status } : {}) };
    return doc;
  }

  it('lets a draft or returned year-end entry lack its reason until it is submitted', () => {
    expect(validate(withoutReason('draft'))).toEqual([]);
    expect(validate(withoutReason('returned'))).toEqual([]);
  });

  it('requires it of submitted and approved entries, and of entries without a status (approved)', () => {
    for (const status of ['submitted', 'approved', undefined] as const) {
      expect(brief(validate(withoutReason(status)))).toEqual([
        ['DEVIATION_REASON', 'error', `${PG111}.values["2025-H2"].deviationReason`],
      ]);
    }
  });
});
