import { describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import type { RuleCode, ValidationIssue, ValidationResponse } from '../../src/contracts/validation.js';
import { workedExampleCosting, workedExampleDocument } from '../factories/plan-documents.js';
import { useTestApp } from '../support/use-test-app.js';
import { istanbulDate } from '../../src/common/clock.js';

/**
 * The rules of domain.md section 5 over HTTP: each case breaks exactly one rule of the worked
 * example (domain.md 4.4), which breaks none. UPDATE_RULES compares two plan versions and is
 * not an import rule.
 */

const IMPORT = '/api/plans/import';
const H11 = 'plan.aims[0].targets[0]';
const H12 = 'plan.aims[0].targets[1]';

/** A copy of the worked example changed by `edit`. */
function broken(edit: (doc: PlanDocument) => void): PlanDocument {
  const doc = structuredClone(workedExampleDocument());
  edit(doc);
  return doc;
}

/** A copy of the worked example whose council was elected on `election` and got the plan on `submitted`. */
function electedAndSubmitted(election: string, submitted: string): PlanDocument {
  return broken((doc) => {
    doc.institution.electionDate = election;
    doc.plan.submittedToCouncil = submitted;
  });
}

/** A copy of the worked example in `status` without a council decision. */
function withoutCouncilDecision(status: PlanDocument['plan']['status']): PlanDocument {
  return broken((doc) => {
    doc.plan.status = status;
    delete doc.plan.councilDecision;
  });
}

/** Days from a deadline to today in Istanbul (the server judges a draft's ELECTION_DEADLINE on it), as written. */
function daysLateToday(deadline: string, lang: 'en' | 'tr' = 'en'): string {
  const days = Math.round((Date.parse(istanbulDate()) - Date.parse(deadline)) / 86_400_000);
  return new Intl.NumberFormat(lang === 'tr' ? 'tr-TR' : 'en-US').format(days);
}

/** Renames codes A1/H1.x/PG1.x.y to another prefix set. */
function withPrefixes(doc: PlanDocument, aim: string, target: string, indicator: string): void {
  for (const a of doc.plan.aims) {
    a.code = a.code.replace(/^A/, aim);
    for (const t of a.targets) {
      t.code = t.code.replace(/^H/, target);
      for (const i of t.indicators) i.code = i.code.replace(/^PG/, indicator);
    }
  }
}

interface RuleCase {
  code: RuleCode;
  name: string;
  doc: PlanDocument;
  /** Path of the issue the case must produce. */
  path: string;
  /** Recognisable words of the issue's message in each language. */
  en: RegExp;
  tr: RegExp;
}

const ERROR_CASES: RuleCase[] = [
  {
    code: 'PLAN_PERIOD',
    name: 'a four-year plan (2025–2028)',
    doc: broken((doc) => (doc.plan.endYear = 2028)),
    path: 'plan.endYear',
    en: /must be 5 consecutive calendar years/,
    tr: /5 ardışık takvim yılı olmalı/,
  },
  {
    code: 'PLAN_PERIOD',
    name: 'a six-year plan (2025–2030) with targets for every year',
    doc: broken((doc) => {
      doc.plan.endYear = 2030;
      for (const indicator of doc.plan.aims[0].targets.flatMap((target) => target.indicators)) {
        indicator.targets['2030'] = indicator.targets['2029'];
      }
    }),
    path: 'plan.endYear',
    en: /consecutive calendar years/,
    tr: /ardışık takvim yılı/,
  },
  {
    code: 'COUNCIL_DECISION',
    name: 'in force (yururlukte) without a council decision',
    doc: withoutCouncilDecision('yururlukte'),
    path: 'plan.councilDecision',
    en: /needs a council decision date and number/,
    tr: /meclis karar tarihi ve sayısı olmalı/,
  },
  {
    code: 'COUNCIL_DECISION',
    name: 'closed (kapandi) without a council decision',
    doc: withoutCouncilDecision('kapandi'),
    path: 'plan.councilDecision',
    en: /a plan that is closed needs a council decision/,
    tr: /kapandı durumundaki planın meclis karar/,
  },
  {
    code: 'TARGET_HAS_INDICATOR',
    name: 'a target without indicators',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators = [])),
    path: `${H12}.indicators`,
    en: /has no performance indicator; it needs at least one/,
    tr: /performans göstergesi yok/,
  },
  {
    code: 'TARGET_HAS_INDICATOR',
    name: 'an indicator without a baseline A',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators[0].baseline = null)),
    path: `${H12}.indicators[0].baseline`,
    en: /has no baseline \(A\)/,
    tr: /başlangıç değeri \(A\) yok/,
  },
  {
    code: 'TARGET_HAS_INDICATOR',
    name: 'an indicator with four yearly targets',
    doc: broken((doc) => delete doc.plan.aims[0].targets[1].indicators[0].targets['2027']),
    path: `${H12}.indicators[0].targets`,
    en: /has no target for 2027; every plan year needs one/,
    tr: /2027 yılı hedefi yok/,
  },
  {
    code: 'WEIGHTS_SUM',
    name: 'weights summing to 97 (the real cards’ mistake)',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[2].weight = 22)),
    path: `${H11}.indicators`,
    en: /weights of target H1\.1 sum to 97; they must sum to 100/,
    tr: /H1\.1 hedefinin gösterge ağırlıkları toplamı 97; 100 olmalı/,
  },
  {
    code: 'WEIGHTS_SUM',
    name: 'weights summing to 100.5',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators[0].weight = 100.5)),
    path: `${H12}.indicators`,
    en: /sum to 100\.5/,
    tr: /toplamı 100,5/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'target H2.1 under aim A1',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].code = 'H2.1')),
    path: `${H12}.code`,
    en: /target H2\.1 is under aim A1; its code must start with H1\./,
    tr: /H2\.1 hedefi A1 amacının altında; kodu H1\. ile başlamalı/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'indicator PG1.2.3 under target H1.1',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[2].code = 'PG1.2.3')),
    path: `${H11}.indicators[2].code`,
    en: /its code must start with PG1\.1\./,
    tr: /kodu PG1\.1\. ile başlamalı/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'an aim code without the prefix',
    doc: broken((doc) => (doc.plan.aims[0].code = 'AMAC1')),
    path: 'plan.aims[0].code',
    en: /aim code AMAC1 must read A<number>/,
    tr: /AMAC1 amaç kodu A<numara> biçiminde olmalı/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'SA/SH/PH codes without the prefix setting',
    doc: broken((doc) => withPrefixes(doc, 'SA', 'SH', 'PH')),
    path: 'plan.aims[0].code',
    en: /must read A<number>/,
    tr: /A<numara> biçiminde olmalı/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'A/H/PG codes in a plan configured for SA/SH/PH',
    doc: broken(
      (doc) =>
        (doc.plan.settings = {
          ...doc.plan.settings,
          codePrefixes: { aim: 'SA', target: 'SH', indicator: 'PH' },
        }),
    ),
    path: 'plan.aims[0].code',
    en: /must read SA<number>/,
    tr: /SA<numara> biçiminde olmalı/,
  },
  {
    code: 'CODE_PREFIX',
    name: 'a duplicate indicator code',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[1].code = 'PG1.1.1')),
    path: `${H11}.indicators[1].code`,
    en: /code PG1\.1\.1 is used more than once/,
    tr: /PG1\.1\.1 kodu planda birden fazla kullanılmış/,
  },
  {
    code: 'RESPONSIBLE_UNIT',
    name: 'the responsible unit also a collaborator',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].collaboratingUnits = ['ZABITA', 'PARK'])),
    path: `${H11}.collaboratingUnits[1]`,
    en: /PARK is the responsible unit of target H1\.1; it cannot also be a collaborating unit/,
    tr: /Park ve Bahçeler Müdürlüğü, H1\.1 hedefinin sorumlu birimi; işbirliği yapılacak birimler arasında yer alamaz/,
  },
  {
    code: 'RESPONSIBLE_UNIT',
    name: 'a responsible unit not in the units list',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].responsibleUnit = 'FEN')),
    path: `${H12}.responsibleUnit`,
    en: /\(FEN\) is not in the units list/,
    tr: /\(FEN\) birimler listesinde yok/,
  },
  {
    code: 'DEVIATION_REASON',
    name: 'year-end C 115,000 ≠ B 120,000 without a reason',
    doc: broken(
      (doc) => delete doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H2']?.deviationReason,
    ),
    path: `${H11}.indicators[0].values["2025-H2"].deviationReason`,
    en: /ended 2025 at 115,000 against a target of 120,000; a deviation reason is required/,
    tr: /2025 yıl sonu gerçekleşmesi 115\.000, hedefi 120\.000; sapma nedeni yazılmalı/,
  },
  {
    code: 'DEVIATION_REASON',
    name: 'a blank reason',
    doc: broken((doc) => {
      const entry = doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H2'];
      if (entry) entry.deviationReason = '   ';
    }),
    path: `${H11}.indicators[0].values["2025-H2"].deviationReason`,
    en: /deviation reason is required/,
    tr: /sapma nedeni yazılmalı/,
  },
  {
    code: 'DEVIATION_REASON',
    name: 'a 1% miss (59.4 against 60): no tolerance',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators[0].values = { '2025-H2': { value: 59.4 } })),
    path: `${H12}.indicators[0].values["2025-H2"].deviationReason`,
    en: /ended 2025 at 59\.4 against a target of 60/,
    tr: /gerçekleşmesi 59,4, hedefi 60/,
  },
  {
    code: 'DEVIATION_REASON',
    name: 'a yearly indicator (12 months) missing its target without a reason',
    doc: broken((doc) => {
      const indicator = doc.plan.aims[0].targets[1].indicators[0];
      indicator.monitoringMonths = 12;
      indicator.values = { '2025': { value: 59 } };
    }),
    path: `${H12}.indicators[0].values["2025"].deviationReason`,
    en: /deviation reason is required/,
    tr: /sapma nedeni yazılmalı/,
  },
];

const WARNING_CASES: RuleCase[] = [
  {
    code: 'ELECTION_DEADLINE',
    name: 'submitted one day late (31 Mar → 30 Sep: month-end clamp)',
    doc: broken((doc) => {
      doc.plan.submittedToCouncil = '2024-10-01';
      doc.plan.councilDecision = { date: '2024-10-03', number: '2024/150' };
    }),
    path: 'plan.submittedToCouncil',
    en: /was due at the council by 2024-09-30; it was submitted on 2024-10-01, 1 day late/,
    tr: /en geç 30\.09\.2024 tarihine kadar meclise sunulmalıydı; 01\.10\.2024 tarihinde sunuldu, 1 gün geç/,
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'the domain example: election 29 Mar 2009, submitted 30 Sep 2009',
    doc: electedAndSubmitted('2009-03-29', '2009-09-30'),
    path: 'plan.submittedToCouncil',
    en: /by 2009-09-29; .*, 1 day late/,
    tr: /en geç 29\.09\.2009 .*, 1 gün geç/,
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'election 31 Aug 2023, submitted 1 Mar 2024 (deadline clamped to 29 Feb, leap year)',
    doc: electedAndSubmitted('2023-08-31', '2024-03-01'),
    path: 'plan.submittedToCouncil',
    en: /by 2024-02-29/,
    tr: /en geç 29\.02\.2024/,
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'election 31 Aug 2018, submitted 1 Mar 2019 (deadline clamped to 28 Feb)',
    doc: electedAndSubmitted('2018-08-31', '2019-03-01'),
    path: 'plan.submittedToCouncil',
    en: /by 2019-02-28/,
    tr: /en geç 28\.02\.2019/,
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'not submitted: judged on the council decision date',
    doc: broken((doc) => {
      delete doc.plan.submittedToCouncil;
      doc.plan.councilDecision = { date: '2024-10-01', number: '2024/150' };
    }),
    path: 'plan.councilDecision.date',
    en: /the council decision is dated 2024-10-01, 1 day after the deadline/,
    tr: /meclis kararı 01\.10\.2024 tarihli, son günden 1 gün sonra/,
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'a draft past the deadline: judged on today',
    doc: broken((doc) => {
      delete doc.plan.submittedToCouncil;
      delete doc.plan.councilDecision;
    }),
    path: 'plan.submittedToCouncil',
    en: new RegExp(`it is not submitted yet and is ${daysLateToday('2024-09-30')} days late today`),
    tr: new RegExp(`plan henüz sunulmadı ve bugün ${daysLateToday('2024-09-30', 'tr')} gün gecikmede`),
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'a metropolitan municipality is obliged whatever its population',
    doc: broken((doc) => {
      doc.institution.kind = 'buyuksehir';
      doc.institution.population = 40000;
      doc.plan.submittedToCouncil = '2024-10-01';
    }),
    path: 'plan.submittedToCouncil',
    en: /was due at the council by 2024-09-30/,
    tr: /meclise sunulmalıydı/,
  },
  {
    code: 'POPULATION_DUTY',
    name: 'a municipality of 49,999 plans voluntarily',
    doc: broken((doc) => (doc.institution.population = 49999)),
    path: 'institution.population',
    en: /population 49,999 is below 50,000: a strategic plan is not obligatory, the plan is voluntary/,
    tr: /nüfus 49\.999, 50\.000 altında: stratejik plan zorunlu değil, plan gönüllüdür/,
  },
  {
    code: 'TARGET_DIRECTION',
    name: 'a rising indicator whose 2027 target falls',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[0].targets['2027'] = 130000)),
    path: `${H11}.indicators[0].targets["2027"]`,
    en: /should rise: the 2027 target 130,000 is below the 2026 target 140,000/,
    tr: /artış yönlü: 2027 hedefi 130\.000, 2026 hedefi 140\.000 değerinden düşük/,
  },
  {
    code: 'TARGET_DIRECTION',
    name: 'a falling indicator whose 2026 target rises',
    doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[1].targets['2026'] = 9)),
    path: `${H11}.indicators[1].targets["2026"]`,
    en: /should fall: the 2026 target 9 is above the 2025 target 8/,
    tr: /azalış yönlü: 2026 hedefi 9, 2025 hedefi 8 değerinden yüksek/,
  },
  {
    code: 'TARGET_DIRECTION',
    name: 'a keep-level indicator whose 2028 target moves',
    doc: broken((doc) => {
      const indicator = doc.plan.aims[0].targets[1].indicators[0];
      indicator.direction = 'koruma';
      indicator.targets = { '2025': 50, '2026': 50, '2027': 50, '2028': 55, '2029': 50 };
    }),
    path: `${H12}.indicators[0].targets["2028"]`,
    en: /keeps a level: the 2028 target 55 should equal the baseline 50/,
    tr: /düzeyi korumalı: 2028 hedefi 55/,
  },
  {
    code: 'COST_BALANCE',
    name: 'resources 3,000 TL short of the 2029 need',
    doc: broken((doc) => {
      const costing = workedExampleCosting();
      const grant = costing.resources?.[1];
      if (grant) grant.amounts['2029'] = 97000;
      doc.plan.costing = costing;
    }),
    path: 'plan.costing.resources',
    en: /2029: target costs plus general administration come to 1,600,000 TL, resources to 1,597,000 TL/,
    tr: /2029: hedef maliyetleri ve genel yönetim giderleri toplamı 1\.600\.000 TL, kaynaklar toplamı 1\.597\.000 TL/,
  },
  {
    code: 'COST_BALANCE',
    name: 'activities costing more than the card’s estimate',
    doc: broken((doc) => {
      doc.plan.aims[0].targets[0].activities = [
        { code: 'F01', name: 'Mahalle parkları', cost: { '2025': 700000 } },
        { code: 'F02', name: 'Ağaçlandırma', cost: { '2025': 400000 } },
      ];
    }),
    path: `${H11}.costEstimate["2025"]`,
    en: /activities of target H1\.1 cost 1,100,000 TL in 2025, more than its cost estimate of 1,000,000 TL/,
    tr: /H1\.1 hedefinin 2025 faaliyet maliyetleri toplamı 1\.100\.000 TL/,
  },
];

/** Documents that sit on the right side of a rule's edge: accepted, no issue of that code. */
const ACCEPTED_CASES: Array<{ code: RuleCode; name: string; doc: PlanDocument }> = [
  {
    code: 'ELECTION_DEADLINE',
    name: 'submitted on the clamped deadline (31 Mar → 30 Sep)',
    doc: broken((doc) => (doc.plan.submittedToCouncil = '2024-09-30')),
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'the domain example: election 29 Mar 2009, submitted 29 Sep 2009',
    doc: electedAndSubmitted('2009-03-29', '2009-09-29'),
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'election 31 Aug 2023, submitted 29 Feb 2024',
    doc: electedAndSubmitted('2023-08-31', '2024-02-29'),
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'election 31 Aug 2018, submitted 28 Feb 2019',
    doc: electedAndSubmitted('2018-08-31', '2019-02-28'),
  },
  {
    code: 'ELECTION_DEADLINE',
    name: 'a draft within six months of an election held today',
    doc: broken((doc) => {
      doc.institution.electionDate = istanbulDate();
      delete doc.plan.submittedToCouncil;
      delete doc.plan.councilDecision;
    }),
  },
  ...(['birlik', 'kent-konseyi', 'diger'] as const).map((kind) => ({
    code: 'ELECTION_DEADLINE' as const,
    name: `not for a ${kind}: a year late is fine`,
    doc: broken((doc) => {
      doc.institution.kind = kind;
      doc.plan.submittedToCouncil = '2025-10-01';
      doc.plan.councilDecision = { date: '2025-10-05', number: '2025/1' };
    }),
  })),
  {
    code: 'POPULATION_DUTY',
    name: 'a municipality of exactly 50,000 is obliged',
    doc: broken((doc) => (doc.institution.population = 50000)),
  },
  {
    code: 'POPULATION_DUTY',
    name: 'the population rule does not apply to a union',
    doc: broken((doc) => {
      doc.institution.kind = 'birlik';
      doc.institution.population = 1000;
    }),
  },
  {
    code: 'COUNCIL_DECISION',
    name: 'a draft needs no council decision',
    doc: withoutCouncilDecision('taslak'),
  },
  {
    code: 'WEIGHTS_SUM',
    name: 'decimal weights 33.3 + 33.3 + 33.4',
    doc: broken((doc) => {
      const [first, second, third] = doc.plan.aims[0].targets[0].indicators;
      [first.weight, second.weight, third.weight] = [33.3, 33.3, 33.4];
    }),
  },
  {
    code: 'CODE_PREFIX',
    name: 'SA/SH/PH codes in a plan configured for them',
    doc: broken((doc) => {
      withPrefixes(doc, 'SA', 'SH', 'PH');
      doc.plan.settings = {
        ...doc.plan.settings,
        codePrefixes: { aim: 'SA', target: 'SH', indicator: 'PH' },
      };
    }),
  },
  {
    code: 'COST_BALANCE',
    name: 'a costing table that adds up every year',
    doc: broken((doc) => (doc.plan.costing = workedExampleCosting())),
  },
  {
    code: 'DEVIATION_REASON',
    name: 'year-end C = B needs no reason',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators[0].values = { '2025-H2': { value: 60 } })),
  },
  {
    code: 'DEVIATION_REASON',
    name: 'a half-year C ≠ B needs no reason (only the year end is judged)',
    doc: broken((doc) => (doc.plan.aims[0].targets[1].indicators[0].values = { '2025-H1': { value: 51 } })),
  },
];

describe('validation rules of domain.md section 5 over HTTP', () => {
  const t = useTestApp();

  async function validationOf(id: string, lang?: 'en'): Promise<ValidationResponse> {
    const response = await t.api.get<ValidationResponse>(
      `/api/plans/${id}/validation${lang ? `?lang=${lang}` : ''}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  }

  it('the worked example itself breaks no rule', async () => {
    const response = await t.api.post<ImportResponse>(
      IMPORT,
      workedExampleDocument({ institutionName: 'Kural Dışı Belediyesi' }),
    );
    expect(response.status).toBe(201);
    expect(response.body.warnings).toEqual([]);
    expect(await validationOf(response.body.id)).toEqual({
      planId: response.body.id,
      errors: 0,
      warnings: 0,
      issues: [],
    });
  });

  describe('error rules: 400 PLAN_INVALID, nothing saved', () => {
    it.each(ERROR_CASES)('$code: $name', async ({ code, doc, path, en, tr }) => {
      const before = await t.countRows();

      const turkish = await t.api.post<ErrorBody>(IMPORT, doc);
      expect(turkish.status).toBe(400);
      expect(turkish.body).toEqual({
        statusCode: 400,
        code: 'PLAN_INVALID',
        message: expect.stringMatching(/kurala uymuyor; hiçbir şey kaydedilmedi/),
        details: expect.any(Array),
      });
      // Exactly this rule is broken, and the issue sits where the document breaks it.
      expect(new Set(turkish.body.details?.map((detail) => detail.code))).toEqual(new Set([code]));
      const trDetail = turkish.body.details?.find((detail) => detail.path === path);
      expect(trDetail).toEqual({ path, code, message: expect.stringMatching(tr) });

      const english = await t.api.post<ErrorBody>(`${IMPORT}?lang=en`, doc);
      expect(english.status).toBe(400);
      expect(english.body.message).toMatch(/breaks \d+ rule\(s\).*nothing was saved/);
      expect(english.body.details?.map(({ path: p, code: c }) => ({ path: p, code: c }))).toEqual(
        turkish.body.details?.map(({ path: p, code: c }) => ({ path: p, code: c })),
      );
      expect(english.body.details?.find((detail) => detail.path === path)).toEqual({
        path,
        code,
        message: expect.stringMatching(en),
      });

      expect(await t.countRows()).toEqual(before);
    });
  });

  describe('warning rules: 201 with the warning, the same issue in GET /validation', () => {
    it.each(WARNING_CASES)('$code: $name', async ({ code, doc, path, en, tr }) => {
      const before = await t.countRows();
      const english = await t.api.post<ImportResponse>(`${IMPORT}?lang=en`, doc);
      expect(english.status).toBe(201);
      expect((await t.countRows()).plans).toBe(before.plans + 1);

      const warnings = english.body.warnings;
      expect(new Set(warnings.map((issue) => issue.code))).toEqual(new Set([code]));
      expect(warnings.every((issue) => issue.severity === 'warning')).toBe(true);
      expect(warnings.find((issue) => issue.path === path)).toEqual({
        code,
        severity: 'warning',
        path,
        message: expect.stringMatching(en),
      });

      const validationEn = await validationOf(english.body.id, 'en');
      expect(validationEn).toEqual({
        planId: english.body.id,
        errors: 0,
        warnings: warnings.length,
        issues: warnings,
      });

      const validationTr = await validationOf(english.body.id);
      const trIssue = validationTr.issues.find((issue: ValidationIssue) => issue.path === path);
      expect(trIssue).toEqual({ code, severity: 'warning', path, message: expect.stringMatching(tr) });

      // Turkish is the default on import too.
      const turkish = await t.api.post<ImportResponse>(IMPORT, doc);
      expect(turkish.status).toBe(201);
      expect(turkish.body.warnings).toEqual(validationTr.issues);
    });
  });

  describe('the other side of each edge: accepted without that issue', () => {
    it.each(ACCEPTED_CASES)('$code: $name', async ({ code, doc }) => {
      const response = await t.api.post<ImportResponse>(IMPORT, doc);
      expect([response.status, response.body.warnings?.map((issue) => issue.code)]).toEqual([201, []]);
      const validation = await validationOf(response.body.id);
      expect(validation.issues.filter((issue) => issue.code === code)).toEqual([]);
      expect(validation.errors).toBe(0);
    });
  });

  it('population 49,999 with a late submission: voluntary, so no ELECTION_DEADLINE', async () => {
    const doc = broken((doc) => {
      doc.institution.population = 49999;
      doc.plan.submittedToCouncil = '2024-10-01';
    });
    const response = await t.api.post<ImportResponse>(IMPORT, doc);
    expect(response.status).toBe(201);
    expect(response.body.warnings.map((issue) => issue.code)).toEqual(['POPULATION_DUTY']);
  });

  it('population exactly 50,000 with a late submission: obliged, so the ELECTION_DEADLINE warning', async () => {
    const doc = broken((doc) => {
      doc.institution.population = 50000;
      doc.plan.submittedToCouncil = '2024-10-01';
    });
    const response = await t.api.post<ImportResponse>(IMPORT, doc);
    expect(response.status).toBe(201);
    expect(response.body.warnings.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'plan.submittedToCouncil', code: 'ELECTION_DEADLINE' },
    ]);
  });

  it('a council decision without a number is rejected by the structure check before the rules', async () => {
    const doc = broken((doc) => (doc.plan.councilDecision = { date: '2024-09-05', number: ' ' }));
    const before = await t.countRows();
    const response = await t.api.post<ErrorBody>(IMPORT, doc);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details?.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'plan.councilDecision.number', code: 'REQUIRED' },
    ]);
    expect(await t.countRows()).toEqual(before);
  });
});
