import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ErrorBody, ErrorDetail } from '../../src/contracts/errors.js';
import type { PlanDocument, PlanStatus, TargetDoc, ValueDoc } from '../../src/contracts/plan-document.js';
import type { MeResponse } from '../../src/contracts/auth.js';
import type {
  ImportResponse,
  IndicatorResponse,
  IndicatorValueResponse,
  PlanResponse,
  PlanSummaryResponse,
} from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import { DEMO_PLANS } from '../../src/database/demo/index.js';
import { workedExampleCosting, workedExampleDocument } from '../factories/plan-documents.js';
import { CORRECTED_PARK_2025_H2 } from '../../src/modules/plans/test-fixtures.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { correctAndApprove } from '../support/corrections.js';
import { createTestApp, TABLES, type TestApp } from '../support/create-test-app.js';
import { useTestApp } from '../support/use-test-app.js';
import { istanbulYear } from '../../src/common/clock.js';

const IMPORT = '/api/plans/import';

/** The document as it travels: JSON drops undefined fields. */
function asSent(doc: PlanDocument): PlanDocument {
  return JSON.parse(JSON.stringify(doc)) as PlanDocument;
}

/**
 * What an export may legitimately differ in from the document imported (plan-document.md):
 * - every value carries its workflow `status`: "submitted" when the document gave none (issue 9:
 *   an import approves nothing; the superadmin's import keeps the statuses a document gives);
 * - `plan.values` (core values) is always listed, `[]` when the document had none;
 * - empty `collaboratingUnits: []` and empty `values: {}` maps are left out (nothing stored);
 * - key order inside objects follows the contract (settings and costing are stored as jsonb):
 *   deep equality ignores it, array order and every value must match.
 */
function expectedExport(doc: PlanDocument): PlanDocument {
  const expected = asSent(doc);
  expected.plan.values ??= [];
  for (const target of expected.plan.aims.flatMap((aim) => aim.targets)) {
    if (target.collaboratingUnits?.length === 0) delete target.collaboratingUnits;
    for (const indicator of target.indicators) {
      if (indicator.values && Object.keys(indicator.values).length === 0) delete indicator.values;
      for (const entry of Object.values(indicator.values ?? {})) entry.status ??= 'submitted';
    }
  }
  return expected;
}

function countsOf(doc: PlanDocument): PlanSummaryResponse['counts'] {
  const targets = doc.plan.aims.flatMap((aim) => aim.targets);
  const indicators = targets.flatMap((target) => target.indicators);
  return {
    aims: doc.plan.aims.length,
    targets: targets.length,
    indicators: indicators.length,
    values: indicators.reduce((sum, indicator) => sum + Object.keys(indicator.values ?? {}).length, 0),
  };
}

/** domain.md 6: the stated status, else what the council dates say. */
function statusOf(doc: PlanDocument): PlanStatus {
  if (doc.plan.status) return doc.plan.status;
  if (doc.plan.councilDecision) return 'yururlukte';
  return doc.plan.submittedToCouncil ? 'meclis-onayinda' : 'taslak';
}

/** Every optional field of the contract at least once, on top of the worked example. */
function everyFieldDocument(): PlanDocument {
  const doc = workedExampleDocument({ institutionName: 'Tam Belge Belediyesi' });
  doc.units.push({ code: 'PEYZAJ', name: 'Peyzaj Şefliği', parent: 'PARK' });
  doc.plan.status = 'yururlukte';
  doc.plan.values = [{ title: 'Katılımcılık' }, { title: 'Şeffaflık', description: 'Açık yönetim' }];
  doc.plan.settings = {
    clampTargetRates: false,
    aimAggregation: 'cost-weighted',
    statusThresholds: { good: 90, warning: 60 },
  };
  doc.plan.costing = workedExampleCosting();
  const [h11, h12] = doc.plan.aims[0].targets;
  Object.assign(h11, {
    controls: ['Aylık ihale takibi'],
    strategies: ['Atıl alanları parka dönüştürmek'],
    activities: [
      {
        code: 'F01',
        name: 'Mahalle parkları',
        responsibleUnit: 'PEYZAJ',
        cost: { '2025': 600000 },
        offBudgetCost: { '2025': 100000 },
      },
      { name: 'Ağaçlandırma' },
    ],
    findings: ['Kişi başına yeşil alan düşük'],
    needs: ['Kamulaştırma bütçesi'],
  });
  Object.assign(h11.indicators[0], { reportingMonths: 12, dataSource: 'Park envanteri' });
  h11.indicators[0].values = {
    '2025-H1': { value: 108000, note: 'Yarıyıl ölçümü' },
    '2025-H2': { value: 115000, deviationReason: 'İhale gecikti' },
  };
  h12.indicators[0].weight = 60;
  h12.indicators.push(
    {
      code: 'PG1.2.2',
      name: 'Yeni konteyner sayısı',
      unit: 'adet',
      weight: 25,
      direction: 'artis',
      valueType: 'kumulatif',
      method: 'F2',
      baseline: 0.25,
      targets: { '2025': 12.75, '2026': 20.5, '2027': 30, '2028': 40, '2029': 50 },
      monitoringMonths: 12,
      reportingMonths: 12,
      values: { '2025': { value: 12.5, note: 'Yıl sonu sayımı' } },
    },
    {
      code: 'PG1.2.3',
      name: 'Temizlik kampanyası',
      weight: 15,
      direction: 'koruma',
      valueType: 'donemsel',
      baseline: 4,
      targets: { '2025': 4, '2026': 4, '2027': 4, '2028': 4, '2029': 4 },
      values: { '2025-H1': { value: 1 }, '2025-H2': { value: 3 } },
    },
  );
  return doc;
}

const ROUND_TRIP_DOCUMENTS: Array<[string, PlanDocument]> = [
  ...DEMO_PLANS.map((doc): [string, PlanDocument] => [`demo: ${doc.institution.name}`, doc]),
  ['the worked example', workedExampleDocument({ institutionName: 'Örnek Belediyesi' })],
  ['a document using every optional field', everyFieldDocument()],
];

describe('plan documents over HTTP', () => {
  const t = useTestApp();

  async function resetDatabase(): Promise<void> {
    // As the owner: the app's own role may not TRUNCATE.
    await t.ownerQuery(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
  }

  async function importDocument(doc: unknown): Promise<string> {
    const response = await t.api.post<ImportResponse>(IMPORT, doc);
    expect([response.status, response.body]).toEqual([201, { id: expect.any(String), warnings: [] }]);
    return response.body.id;
  }

  async function exportDocument(id: string): Promise<PlanDocument> {
    const response = await t.api.get<PlanDocument>(`/api/plans/${id}/document`);
    expect(response.status).toBe(200);
    return response.body;
  }

  describe('round trip', () => {
    beforeEach(resetDatabase);

    it('has demo plans to test', () => {
      expect(DEMO_PLANS.length).toBeGreaterThanOrEqual(3);
    });

    it.each(ROUND_TRIP_DOCUMENTS)(
      '%s: import → export gives the document back, and again after re-importing the export',
      async (_name, doc) => {
        const id = await importDocument(asSent(doc));
        const first = await exportDocument(id);
        expect(first).toStrictEqual(expectedExport(doc));

        const secondId = await importDocument(first);
        expect(secondId).not.toBe(id);
        const second = await exportDocument(secondId);
        // Stable: byte for byte the same JSON, key order included.
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));

        const validation = await t.api.get<ValidationResponse>(`/api/plans/${secondId}/validation`);
        expect(validation.status).toBe(200);
        expect(validation.body).toEqual({ planId: secondId, errors: 0, warnings: 0, issues: [] });
      },
    );

    it('keeps an indicator whose chart axis fits the data (chartFromZero false), and writes the default nowhere', async () => {
      const doc = workedExampleDocument();
      doc.plan.aims[0].targets[0].indicators[1].chartFromZero = false;
      const id = await importDocument(doc);
      const exported = await exportDocument(id);
      expect(exported).toStrictEqual(expectedExport(doc));
      const indicators = exported.plan.aims.flatMap((aim) =>
        aim.targets.flatMap((target) => target.indicators),
      );
      expect(indicators.filter((item) => 'chartFromZero' in item).map((item) => item.code)).toEqual([
        'PG1.1.2',
      ]);
      const copy = await importDocument(exported);
      const read = async (code: string): Promise<IndicatorResponse> =>
        (await t.api.get<IndicatorResponse>(`/api/plans/${copy}/indicators/${code}`)).body;
      expect([(await read('PG1.1.2')).chartFromZero, (await read('PG1.1.1')).chartFromZero]).toEqual([
        false,
        true,
      ]);
    });

    it('drops empty collaborating-unit lists and value maps, and lists core values as []', async () => {
      const doc = workedExampleDocument();
      delete doc.plan.values;
      doc.plan.aims[0].targets[1].collaboratingUnits = [];
      doc.plan.aims[0].targets[1].indicators[0].values = {};
      const exported = await exportDocument(await importDocument(doc));
      expect(exported.plan.values).toEqual([]);
      expect(exported.plan.aims[0].targets[1]).not.toHaveProperty('collaboratingUnits');
      expect(exported.plan.aims[0].targets[1].indicators[0]).not.toHaveProperty('values');
      expect(exported).toStrictEqual(expectedExport(doc));
    });

    it('GET /api/plans lists every imported demo plan with its institution and counts', async () => {
      const ids = new Map<string, PlanDocument>();
      for (const doc of DEMO_PLANS) ids.set(await importDocument(asSent(doc)), doc);

      const response = await t.api.get<PlanSummaryResponse[]>('/api/plans');
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(DEMO_PLANS.length);
      for (const [id, doc] of ids) {
        expect(response.body.find((plan) => plan.id === id)).toEqual({
          id,
          title: doc.plan.title,
          startYear: doc.plan.startYear,
          endYear: doc.plan.endYear,
          status: statusOf(doc),
          // Past its last year and never closed (the 2008–2012 and 2020–2024 plans are, for good).
          expired: statusOf(doc) !== 'kapandi' && istanbulYear() > doc.plan.endYear,
          institution: { id: expect.any(String), name: doc.institution.name, kind: doc.institution.kind },
          counts: countsOf(doc),
        });
      }
      expect(response.body.filter((plan) => plan.endYear <= 2024).every((plan) => plan.expired)).toBe(true);
      // Counts are real: every demo plan has content and values.
      for (const plan of response.body) {
        expect(plan.counts.indicators).toBeGreaterThan(0);
        expect(plan.counts.values).toBeGreaterThan(0);
      }
    });
  });

  describe('bad input: the right status and error body, and nothing saved', () => {
    beforeAll(async () => {
      await resetDatabase();
      // A stored plan beside the rejected ones: a rejected import must not touch it either.
      await importDocument(workedExampleDocument());
    });

    /** A copy of the worked example changed by `edit`. */
    function broken(edit: (doc: PlanDocument) => void): PlanDocument {
      const doc = structuredClone(workedExampleDocument());
      edit(doc);
      return doc;
    }

    /** An object with one more (unknown) field, typed as the contract it breaks. */
    function withField<T extends object>(target: T, key: string, value: unknown): void {
      (target as Record<string, unknown>)[key] = value;
    }

    type Expected = { status: number; code: string; details?: Array<Pick<ErrorDetail, 'path' | 'code'>> };

    /** Sends, then checks status, the error body and that no table changed. */
    async function expectRejected(
      send: () => Promise<ApiResponse<unknown>>,
      expected: Expected,
    ): Promise<ErrorBody> {
      const before = await t.countRows();
      const response = await send();
      const body = response.body as ErrorBody;
      expect(response.status).toBe(expected.status);
      expect(body).toEqual({
        statusCode: expected.status,
        code: expected.code,
        message: expect.stringMatching(/\S/),
        ...(expected.details ? { details: expect.any(Array) } : {}),
      });
      if (expected.details) {
        expect(body.details?.map(({ path, code }) => ({ path, code }))).toEqual(expected.details);
        for (const detail of body.details ?? []) expect(detail.message).toMatch(/\S/);
      }
      expect(await t.countRows()).toEqual(before);
      return body;
    }

    const I0 = 'plan.aims[0].targets[0].indicators[0]';

    const STRUCTURE_CASES: Array<{
      name: string;
      doc: unknown;
      details: Array<Pick<ErrorDetail, 'path' | 'code'>>;
    }> = [
      {
        name: 'a body that is an array',
        doc: [workedExampleDocument()],
        details: [{ path: '', code: 'INVALID_TYPE' }],
      },
      {
        name: 'a body that is a string',
        doc: 'pusula.plan/v1',
        details: [{ path: '', code: 'INVALID_TYPE' }],
      },
      { name: 'a body that is a number', doc: 42, details: [{ path: '', code: 'INVALID_TYPE' }] },
      { name: 'a body that is null', doc: null, details: [{ path: '', code: 'REQUIRED' }] },
      {
        name: 'weight as a string',
        doc: broken((doc) => withField(doc.plan.aims[0].targets[0].indicators[0], 'weight', '40')),
        details: [{ path: `${I0}.weight`, code: 'INVALID_TYPE' }],
      },
      {
        name: 'startYear as a string',
        doc: broken((doc) => withField(doc.plan, 'startYear', '2025')),
        details: [{ path: 'plan.startYear', code: 'INVALID_TYPE' }],
      },
      {
        name: 'an unknown field at the top level',
        doc: broken((doc) => withField(doc, 'comment', 'x')),
        details: [{ path: 'comment', code: 'UNKNOWN_FIELD' }],
      },
      {
        name: 'an unknown field deep inside an indicator',
        doc: broken((doc) => withField(doc.plan.aims[0].targets[0].indicators[1], 'colour', 'red')),
        details: [{ path: 'plan.aims[0].targets[0].indicators[1].colour', code: 'UNKNOWN_FIELD' }],
      },
      {
        name: 'an unknown field inside a value entry',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H1'] ?? {}, 'evidence', 'x'),
        ),
        details: [{ path: `${I0}.values["2025-H1"].evidence`, code: 'UNKNOWN_FIELD' }],
      },
      {
        name: 'a values key "2025-H3" (no such half year)',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values ?? {}, '2025-H3', { value: 1 }),
        ),
        details: [{ path: `${I0}.values["2025-H3"]`, code: 'VALUE_PERIOD' }],
      },
      {
        name: 'a values key "2031-H1" (after the plan period)',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values ?? {}, '2031-H1', { value: 1 }),
        ),
        details: [{ path: `${I0}.values["2031-H1"]`, code: 'VALUE_PERIOD' }],
      },
      {
        name: 'a values key "2025" for an indicator monitored every 6 months',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values ?? {}, '2025', { value: 1 }),
        ),
        details: [{ path: `${I0}.values["2025"]`, code: 'VALUE_PERIOD' }],
      },
      {
        name: 'a values key "2025-H2" for an indicator monitored every 12 months',
        doc: broken((doc) => {
          const indicator = doc.plan.aims[0].targets[1].indicators[0];
          indicator.monitoringMonths = 12;
        }),
        details: [{ path: 'plan.aims[0].targets[1].indicators[0].values["2025-H2"]', code: 'VALUE_PERIOD' }],
      },
      {
        name: 'a wrong format',
        doc: broken((doc) => withField(doc, 'format', 'pusula.plan/v2')),
        details: [{ path: 'format', code: 'INVALID_FORMAT' }],
      },
      {
        name: 'no format',
        doc: broken((doc) => delete (doc as Partial<PlanDocument>).format),
        details: [{ path: 'format', code: 'REQUIRED' }],
      },
      {
        name: 'an unknown institution kind',
        doc: broken((doc) => withField(doc.institution, 'kind', 'il')),
        details: [{ path: 'institution.kind', code: 'INVALID_ENUM' }],
      },
      {
        name: 'a date that is not a calendar date',
        doc: broken((doc) => (doc.institution.electionDate = '2024-02-30')),
        details: [{ path: 'institution.electionDate', code: 'INVALID_DATE' }],
      },
      {
        name: 'a date in year 0000 (PostgreSQL has no year 0)',
        doc: broken((doc) => (doc.institution.electionDate = '0000-03-31')),
        details: [{ path: 'institution.electionDate', code: 'INVALID_DATE' }],
      },
      {
        name: 'a targets key that is not a year',
        doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[0].targets['25'] = 1)),
        details: [{ path: `${I0}.targets["25"]`, code: 'INVALID_YEAR' }],
      },
      {
        name: 'a negative cost',
        doc: broken((doc) => (doc.plan.aims[0].targets[0].costEstimate = { '2025': -1 })),
        details: [{ path: 'plan.aims[0].targets[0].costEstimate["2025"]', code: 'NEGATIVE' }],
      },
      {
        name: 'a code longer than 32 characters',
        doc: broken((doc) => (doc.units[0].code = 'P'.repeat(33))),
        details: [{ path: 'units[0].code', code: 'TOO_LONG' }],
      },
      {
        name: 'a missing target title',
        doc: broken((doc) => delete (doc.plan.aims[0].targets[0] as Partial<TargetDoc>).title),
        details: [{ path: 'plan.aims[0].targets[0].title', code: 'REQUIRED' }],
      },
      {
        name: 'a population with decimals (stored as an integer)',
        doc: broken((doc) => (doc.institution.population = 190000.5)),
        details: [{ path: 'institution.population', code: 'INVALID_TYPE' }],
      },
      {
        name: 'a population beyond the integer column',
        doc: broken((doc) => (doc.institution.population = 3_000_000_000)),
        details: [{ path: 'institution.population', code: 'INVALID_TYPE' }],
      },
      {
        name: 'a NUL character in a text column',
        doc: broken((doc) => (doc.plan.title = 'Plan\u0000')),
        details: [{ path: 'plan.title', code: 'INVALID_TYPE' }],
      },
      {
        name: 'a NUL character in a text stored as jsonb',
        doc: broken((doc) => (doc.plan.aims[0].targets[0].risks = ['Risk\u0000'])),
        details: [{ path: 'plan.aims[0].targets[0].risks[0]', code: 'INVALID_TYPE' }],
      },
      {
        name: 'an unpaired surrogate (would not survive UTF-8)',
        doc: broken((doc) => (doc.units[0].name = 'Park\ud800')),
        details: [{ path: 'units[0].name', code: 'INVALID_TYPE' }],
      },
      {
        name: 'a value status that is not a workflow state',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H1'] ?? {}, 'status', 'onaylı'),
        ),
        details: [{ path: `${I0}.values["2025-H1"].status`, code: 'INVALID_ENUM' }],
      },
      {
        name: 'a revised draft (only an approved value is corrected)',
        doc: broken((doc) =>
          Object.assign(doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H1'] ?? {}, {
            status: 'draft',
            revised: true,
            originalValue: 100000,
          }),
        ),
        details: [{ path: `${I0}.values["2025-H1"]`, code: 'VALUE_STATUS' }],
      },
      {
        name: 'an original value without revised: true',
        doc: broken((doc) =>
          withField(doc.plan.aims[0].targets[0].indicators[0].values?.['2025-H1'] ?? {}, 'originalValue', 1),
        ),
        details: [{ path: `${I0}.values["2025-H1"]`, code: 'VALUE_STATUS' }],
      },
      {
        name: 'a value before the first year of an indicator added by an update (sinceYear)',
        doc: broken((doc) => withField(doc.plan.aims[0].targets[0].indicators[0], 'sinceYear', 2026)),
        details: [
          { path: `${I0}.values["2025-H1"]`, code: 'VALUE_PERIOD' },
          { path: `${I0}.values["2025-H2"]`, code: 'VALUE_PERIOD' },
        ],
      },
      {
        name: 'a closing date that is no calendar date',
        doc: broken((doc) => withField(doc.plan, 'closedOn', '2029-02-30')),
        details: [{ path: 'plan.closedOn', code: 'INVALID_DATE' }],
      },
    ];

    it.each(STRUCTURE_CASES)('$name → 400 VALIDATION_FAILED', async ({ doc, details }) => {
      await expectRejected(() => t.api.post(IMPORT, doc), {
        status: 400,
        code: 'VALIDATION_FAILED',
        details,
      });
    });

    const RULE_CASES: Array<{
      name: string;
      doc: PlanDocument;
      details: Array<Pick<ErrorDetail, 'path' | 'code'>>;
    }> = [
      {
        name: 'an unknown unit code in responsibleUnit',
        doc: broken((doc) => (doc.plan.aims[0].targets[1].responsibleUnit = 'FEN')),
        details: [{ path: 'plan.aims[0].targets[1].responsibleUnit', code: 'RESPONSIBLE_UNIT' }],
      },
      {
        name: 'duplicate indicator codes',
        doc: broken((doc) => (doc.plan.aims[0].targets[0].indicators[1].code = 'PG1.1.1')),
        details: [{ path: 'plan.aims[0].targets[0].indicators[1].code', code: 'CODE_PREFIX' }],
      },
      {
        name: 'duplicate aim codes',
        doc: broken((doc) => {
          const target = structuredClone(doc.plan.aims[0].targets[1]);
          target.code = 'H1.3';
          target.indicators[0].code = 'PG1.3.1';
          doc.plan.aims.push({ code: 'A1', title: 'İkinci amaç', targets: [target] });
        }),
        details: [{ path: 'plan.aims[1].code', code: 'CODE_PREFIX' }],
      },
      {
        name: 'duplicate unit codes',
        doc: broken((doc) => doc.units.push({ code: 'PARK', name: 'İkinci park birimi' })),
        details: [{ path: 'units[2].code', code: 'CODE_PREFIX' }],
      },
    ];

    it.each(RULE_CASES)('$name → 400 PLAN_INVALID', async ({ doc, details }) => {
      await expectRejected(() => t.api.post(IMPORT, doc), { status: 400, code: 'PLAN_INVALID', details });
    });

    it('malformed JSON → 400 MALFORMED_JSON', async () => {
      await expectRejected(() => t.api.raw('POST', IMPORT, '{"format": "pusula.plan/v1",'), {
        status: 400,
        code: 'MALFORMED_JSON',
      });
    });

    it('an empty JSON body → 400 MALFORMED_JSON', async () => {
      await expectRejected(() => t.api.raw('POST', IMPORT, ''), { status: 400, code: 'MALFORMED_JSON' });
    });

    it('no body at all → 400 VALIDATION_FAILED (the document must be a JSON object)', async () => {
      await expectRejected(() => t.api.post(IMPORT), {
        status: 400,
        code: 'VALIDATION_FAILED',
        details: [{ path: '', code: 'INVALID_TYPE' }],
      });
    });

    it('lists every structural problem of a document in one answer', async () => {
      const doc = broken((doc) => {
        withField(doc.plan.aims[0].targets[0].indicators[0], 'weight', '40');
        withField(doc.plan.aims[0].targets[0].indicators[1], 'colour', 'red');
        withField(doc.plan.aims[0].targets[0].indicators[2], 'direction', 'yukari');
        doc.institution.electionDate = '2024-02-30';
      });
      const body = await expectRejected(() => t.api.post(IMPORT, doc), {
        status: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { path: 'institution.electionDate', code: 'INVALID_DATE' },
          { path: `${I0}.weight`, code: 'INVALID_TYPE' },
          { path: 'plan.aims[0].targets[0].indicators[1].colour', code: 'UNKNOWN_FIELD' },
          { path: 'plan.aims[0].targets[0].indicators[2].direction', code: 'INVALID_ENUM' },
        ],
      });
      expect(body.message).toMatch(/4/);
    });

    it('lists every rule a document breaks in one answer', async () => {
      const doc = broken((doc) => {
        const h11 = doc.plan.aims[0].targets[0];
        h11.indicators[2].weight = 22;
        h11.collaboratingUnits = ['ZABITA', 'PARK'];
        delete h11.indicators[0].values?.['2025-H2']?.deviationReason;
      });
      await expectRejected(() => t.api.post(IMPORT, doc), {
        status: 400,
        code: 'PLAN_INVALID',
        details: [
          { path: 'plan.aims[0].targets[0].collaboratingUnits[1]', code: 'RESPONSIBLE_UNIT' },
          { path: 'plan.aims[0].targets[0].indicators', code: 'WEIGHTS_SUM' },
          { path: `${I0}.values["2025-H2"].deviationReason`, code: 'DEVIATION_REASON' },
        ],
      });
    });

    it('answers in English with ?lang=en and in Turkish by default', async () => {
      const doc = broken((doc) => withField(doc.plan, 'startYear', '2025'));
      const tr = await expectRejected(() => t.api.post(IMPORT, doc), {
        status: 400,
        code: 'VALIDATION_FAILED',
        details: [{ path: 'plan.startYear', code: 'INVALID_TYPE' }],
      });
      const en = await expectRejected(() => t.api.post(`${IMPORT}?lang=en`, doc), {
        status: 400,
        code: 'VALIDATION_FAILED',
        details: [{ path: 'plan.startYear', code: 'INVALID_TYPE' }],
      });
      expect(tr.message).toMatch(/sorun var/);
      expect(tr.details?.[0].message).toMatch(/Başlangıç yılı .* olmalı/);
      expect(en.message).toMatch(/problem/);
      expect(en.details?.[0].message).toMatch(/Start year must be a finite number/);
    });

    it.each([
      ['/document', randomUUID()],
      ['/document', 'not-a-uuid'],
      ['/validation', randomUUID()],
      ['/validation', 'not-a-uuid'],
    ])('GET /api/plans/:id%s for unknown id %s → 404 PLAN_NOT_FOUND', async (suffix, id) => {
      const body = await expectRejected(() => t.api.get(`/api/plans/${id}${suffix}`), {
        status: 404,
        code: 'PLAN_NOT_FOUND',
      });
      expect(body.message).toContain(id);
    });

    it('says an unknown plan in the language of Accept-Language (Turkish by default), ?lang= first', async () => {
      const id = randomUUID();
      const answers = await Promise.all([
        t.api.get<ErrorBody>(`/api/plans/${id}/document`),
        t.api.get<ErrorBody>(`/api/plans/${id}/document`, { 'accept-language': 'tr' }),
        t.api.get<ErrorBody>(`/api/plans/${id}/document`, { 'accept-language': 'en-GB,en;q=0.9,tr;q=0.5' }),
        t.api.get<ErrorBody>(`/api/plans/${id}/document?lang=tr`, { 'accept-language': 'en' }),
      ]);
      expect(answers.map((answer) => [answer.status, answer.body.code, answer.body.message])).toEqual([
        [404, 'PLAN_NOT_FOUND', `Plan bulunamadı (${id})`],
        [404, 'PLAN_NOT_FOUND', `Plan bulunamadı (${id})`],
        [404, 'PLAN_NOT_FOUND', `Plan ${id} not found`],
        [404, 'PLAN_NOT_FOUND', `Plan bulunamadı (${id})`],
      ]);
      const route = await t.api.get<ErrorBody>('/api/no-such-route', { 'accept-language': 'tr' });
      expect([route.status, route.body.code, route.body.message]).toEqual([
        404,
        'ROUTE_NOT_FOUND',
        'Böyle bir adres yok',
      ]);
    });

    it('an unknown route → 404 ROUTE_NOT_FOUND', async () => {
      await expectRejected(() => t.api.post('/api/plans/imports', workedExampleDocument()), {
        status: 404,
        code: 'ROUTE_NOT_FOUND',
      });
    });

    it('the stored plan is still there, whole', async () => {
      const list = await t.api.get<PlanSummaryResponse[]>('/api/plans');
      expect(list.body.map((plan) => plan.counts)).toEqual([countsOf(workedExampleDocument())]);
    });
  });

  describe('the value workflow status travels with the document', () => {
    let park: ApiClient;
    let zabita: ApiClient;
    let plan: string;

    beforeAll(async () => {
      await resetDatabase();
      const id = await importDocument(workedExampleDocument({ institutionName: 'Durumlu Belge Belediyesi' }));
      plan = `/api/plans/${id}`;
      const institutionId = (await t.api.get<PlanResponse>(plan)).body.institution.id;
      const member = async (email: string, units: string[]): Promise<ApiClient> => {
        const created = await t.api.post<MeResponse>('/api/users', {
          email,
          name: email,
          password: 'a-long-password',
        });
        await t.api.put(`/api/institutions/${institutionId}/members/${created.body.id}`, {
          role: 'unit_manager',
          units,
        });
        return t.login(email, 'a-long-password');
      };
      park = await member('park@documents.test', ['PARK']);
      zabita = await member('zabita@documents.test', ['ZABITA']);
      expect((await t.api.post(`${plan}/periods`, { period: '2026-H1' })).status).toBe(201);
      const value = (code: string): string => `${plan}/indicators/${code}/values/2026-H1`;
      const step = async (response: Promise<ApiResponse<unknown>>, status = 200): Promise<void> => {
        const answer = await response;
        expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
      };
      // PG1.1.1 stays a draft, PG1.1.2 is submitted, PG1.1.3 returned, PG1.2.1 approved.
      await step(park.put(value('PG1.1.1'), { value: 125000 }), 201);
      await step(park.put(value('PG1.1.2'), { value: 7.5 }), 201);
      await step(park.post(`${value('PG1.1.2')}/submit`, {}));
      await step(park.put(value('PG1.1.3'), { value: 62 }), 201);
      await step(park.post(`${value('PG1.1.3')}/submit`, {}));
      await step(t.api.post(`${value('PG1.1.3')}/return`, { comment: 'Kanıt eksik' }));
      await step(zabita.put(value('PG1.2.1'), { value: 64 }), 201);
      await step(zabita.post(`${value('PG1.2.1')}/submit`, {}));
      await step(t.api.post(`${value('PG1.2.1')}/approve`, {}));
      // The imported 2025-H2 value of PG1.1.1 is approved; corrected (proposed, then approved by a
      // second planner), it keeps the original.
      await step(
        correctAndApprove(t, t.api, `${plan}/indicators/PG1.1.1/values/2025-H2/correct`, {
          value: 116000,
          reason: 'Yeni ölçüm',
        }),
      );
    }, 60_000);

    function entriesOf(document: PlanDocument): Record<string, ValueDoc> {
      return Object.fromEntries(
        document.plan.aims
          .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
          .flatMap((indicator) =>
            Object.entries(indicator.values ?? {}).map(([period, entry]) => [
              `${indicator.code} ${period}`,
              entry,
            ]),
          ),
      );
    }

    it('exports each value with its status, and a corrected one with its original value and reason', async () => {
      const document = await exportDocument(plan.slice('/api/plans/'.length));
      expect(entriesOf(document)).toEqual({
        'PG1.1.1 2025-H1': { value: 108000, status: 'approved' },
        'PG1.1.1 2025-H2': CORRECTED_PARK_2025_H2,
        'PG1.1.1 2026-H1': { value: 125000, status: 'draft' },
        'PG1.1.2 2025-H2': { value: 7, deviationReason: 'Hedefin üzerinde iyileşme', status: 'approved' },
        'PG1.1.2 2026-H1': { value: 7.5, status: 'submitted' },
        'PG1.1.3 2025-H2': { value: 45, deviationReason: 'Salon tadilatı', status: 'approved' },
        'PG1.1.3 2026-H1': { value: 62, status: 'returned' },
        'PG1.2.1 2025-H2': { value: 59, deviationReason: 'Araç arızası', status: 'approved' },
        'PG1.2.1 2026-H1': { value: 64, status: 'approved' },
      });
    });

    it('imports the export back with the same statuses: a draft stays a draft, a correction stays revised', async () => {
      const first = await exportDocument(plan.slice('/api/plans/'.length));
      first.institution.name = 'Durumlu Belge Belediyesi (kopya)';
      const copy = await importDocument(first);
      const second = await exportDocument(copy);
      expect(second).toStrictEqual(first);
      const values = await t.api.get<IndicatorValueResponse[]>(
        `/api/plans/${copy}/indicators/PG1.1.1/values`,
      );
      expect(
        values.body.map(({ period, status, revised, originalValue }) => ({
          period,
          status,
          revised,
          originalValue,
        })),
      ).toEqual([
        { period: '2025-H1', status: 'approved', revised: false, originalValue: null },
        { period: '2025-H2', status: 'approved', revised: true, originalValue: 115000 },
        { period: '2026-H1', status: 'draft', revised: false, originalValue: null },
      ]);
    });

    it('reads a value without a status as approved (documents written before the workflow)', async () => {
      const doc = workedExampleDocument({ institutionName: 'Durumsuz Belge Belediyesi' });
      const id = await importDocument(doc);
      const values = await t.api.get<IndicatorValueResponse[]>(`/api/plans/${id}/indicators/PG1.1.1/values`);
      expect(values.body.map((value) => value.status)).toEqual(['approved', 'approved']);
      expect(entriesOf(await exportDocument(id))['PG1.1.1 2025-H1']).toEqual({
        value: 108000,
        status: 'approved',
      });
    });
  });

  describe('body size limit', () => {
    let small: TestApp;
    beforeAll(async () => {
      small = await createTestApp({ PUSULA_BODY_LIMIT: '20000' });
    });
    afterAll(async () => {
      await small.close();
    });

    it('accepts a document under the limit and answers 413 PAYLOAD_TOO_LARGE above it, saving nothing', async () => {
      const accepted = await small.api.post<ImportResponse>(IMPORT, workedExampleDocument());
      expect(accepted.status).toBe(201);

      // A valid document, only too big: 30 core values of 1000 characters.
      const big = workedExampleDocument({ institutionName: 'Büyük Belge Belediyesi' });
      big.plan.values = Array.from({ length: 30 }, (_, index) => ({
        title: `Değer ${index + 1}`,
        description: 'ş'.repeat(1000),
      }));
      const text = JSON.stringify(big);
      expect(Buffer.byteLength(text)).toBeGreaterThan(20000);

      const before = await small.countRows();
      const response = await small.api.raw('POST', IMPORT, text);
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.stringMatching(/\S/),
      });
      expect(await small.countRows()).toEqual(before);
    });
  });
});
