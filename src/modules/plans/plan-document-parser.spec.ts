import { describe, expect, it } from '@jest/globals';
import type { ErrorDetail } from '../../contracts/errors.js';
import { isIsoDate, parsePlanDocument } from './plan-document-parser.js';
import { CORRECTED_PARK_2025_H2, validPlanDocument } from './test-fixtures.js';

const PG111 = 'plan.aims[0].targets[0].indicators[0]';

/** The fixture as an untrusted JSON body. */
function body(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(validPlanDocument())) as Record<string, unknown>;
}

/** Splits a problem path (`a.b[0]["2025-H1"]`) into keys, so a test breaks exactly that path. */
function keysOf(path: string): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const match of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]) as string);
  }
  return keys;
}

function containerOf(
  root: unknown,
  path: string,
): { container: Record<string | number, unknown>; key: string | number } {
  const keys = keysOf(path);
  const key = keys.pop() as string | number;
  let container = root as Record<string | number, unknown>;
  for (const step of keys) container = container[step] as Record<string | number, unknown>;
  return { container, key };
}

/** A copy of the fixture with `path` set to `value` (or removed when value is undefined). */
function withValue(path: string, value: unknown, doc = body()): Record<string, unknown> {
  const { container, key } = containerOf(doc, path);
  if (value === undefined) delete container[key];
  else container[key] = value;
  return doc;
}

function problemsOf(input: unknown): Array<[string, string]> {
  return parsePlanDocument(input).problems.map((problem) => [problem.code, problem.path]);
}

/** The only problem of a fixture with `path` set to `value`. */
function onlyProblem(path: string, value: unknown): [string, string] | ErrorDetail[] {
  const { problems } = parsePlanDocument(withValue(path, value));
  return problems.length === 1 ? [problems[0].code, problems[0].path] : problems;
}

/** A fixture with `path` set to `value` has one problem, `code` at that path. */
function expectOnlyProblem(code: string, path: string, value: unknown): void {
  expect(onlyProblem(path, value)).toEqual([code, path]);
}

describe('parsePlanDocument', () => {
  it('accepts a valid document and returns it unchanged, without defaults', () => {
    const input = body();
    const { document, problems } = parsePlanDocument(input);
    expect(problems).toEqual([]);
    expect(document).toEqual(input);
    expect(JSON.stringify(document)).toBe(JSON.stringify(input));
    expect(document?.plan.aims[1].targets[0].indicators[0].monitoringMonths).toBeUndefined();
  });

  it('keeps the key order of the input, even when it is not the contract order', () => {
    const input = body();
    const plan = input.plan as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(plan).reverse());
    const shuffled = {
      plan: reordered,
      units: input.units,
      institution: input.institution,
      format: input.format,
    };
    const { document } = parsePlanDocument(shuffled);
    expect(Object.keys(document ?? {})).toEqual(['plan', 'units', 'institution', 'format']);
    expect(Object.keys(document?.plan ?? {})).toEqual(Object.keys(reordered));
    expect(JSON.stringify(document)).toBe(JSON.stringify(shuffled));
  });

  it('lists every problem, not only the first, and returns no document', () => {
    const input = withValue('institution.kind', 'il');
    withValue(`${PG111}.weight`, '40', input);
    withValue('plan.aims[1].targets[0].costEstimate["2025"]', -1, input);
    withValue('plan.title', undefined, input);
    const result = parsePlanDocument(input);
    expect(result.document).toBeNull();
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['INVALID_ENUM', 'institution.kind'],
      ['INVALID_TYPE', `${PG111}.weight`],
      ['NEGATIVE', 'plan.aims[1].targets[0].costEstimate["2025"]'],
      ['REQUIRED', 'plan.title'],
    ]);
  });

  it('rejects anything but an object at the root', () => {
    expect(problemsOf(null)).toEqual([['REQUIRED', '']]);
    expect(problemsOf([])).toEqual([['INVALID_TYPE', '']]);
    expect(problemsOf('{}')).toEqual([['INVALID_TYPE', '']]);
    expect(problemsOf({})).toEqual([
      ['REQUIRED', 'format'],
      ['REQUIRED', 'institution'],
      ['REQUIRED', 'units'],
      ['REQUIRED', 'plan'],
    ]);
  });

  describe('REQUIRED', () => {
    it('reports a missing required field', () => {
      expectOnlyProblem('REQUIRED', 'institution.name', undefined);
      expectOnlyProblem('REQUIRED', `${PG111}.baseline`, undefined);
      expectOnlyProblem('REQUIRED', 'plan.aims[0].targets', undefined);
    });

    it('treats empty texts and null in a required field as missing', () => {
      expectOnlyProblem('REQUIRED', 'plan.title', '');
      expectOnlyProblem('REQUIRED', 'plan.aims[0].targets[0].responsibleUnit', '  ');
      expectOnlyProblem('REQUIRED', 'plan.aims[0].targets[0].risks[0]', '');
      expectOnlyProblem('REQUIRED', 'plan.councilDecision.number', '');
      expectOnlyProblem('REQUIRED', 'units[0].name', null);
    });

    it('accepts a null baseline (TARGET_HAS_INDICATOR reports it) and empty optional texts', () => {
      expect(problemsOf(withValue(`${PG111}.baseline`, null))).toEqual([]);
      expect(problemsOf(withValue('plan.mission', ''))).toEqual([]);
    });
  });

  describe('INVALID_TYPE', () => {
    it('reports a wrong JSON type', () => {
      expectOnlyProblem('INVALID_TYPE', `${PG111}.weight`, '40');
      expectOnlyProblem('INVALID_TYPE', 'units', {});
      expectOnlyProblem('INVALID_TYPE', 'plan.settings.clampTargetRates', 'yes');
      expectOnlyProblem('INVALID_TYPE', `${PG111}.monitoringMonths`, '6');
      expectOnlyProblem('INVALID_TYPE', 'institution.population', null);
    });

    it('takes an indicator’s chart axis setting as an optional boolean, with a readable detail', () => {
      const { document, problems } = parsePlanDocument(withValue(`${PG111}.chartFromZero`, false));
      expect(problems).toEqual([]);
      expect(document?.plan.aims[0].targets[0].indicators[0].chartFromZero).toBe(false);
      const refused = parsePlanDocument(withValue(`${PG111}.chartFromZero`, 'no'));
      expect(refused.document).toBeNull();
      expect(refused.problems).toEqual([
        expect.objectContaining({
          path: `${PG111}.chartFromZero`,
          code: 'INVALID_TYPE',
          message: expect.stringContaining('true ya da false') as unknown,
        }),
      ]);
      expectOnlyProblem('INVALID_TYPE', `${PG111}.chartFromZero`, null);
    });

    it('rejects NaN and infinite numbers', () => {
      expectOnlyProblem('INVALID_TYPE', `${PG111}.weight`, Number.NaN);
      expectOnlyProblem('INVALID_TYPE', `${PG111}.values["2025-H1"].value`, Number.POSITIVE_INFINITY);
    });
  });

  describe('INVALID_ENUM', () => {
    it.each([
      ['institution.kind', 'il'],
      [`${PG111}.direction`, 'up'],
      [`${PG111}.valueType`, 'stok'],
      [`${PG111}.method`, 'F3'],
      ['plan.settings.aimAggregation', 'median'],
      ['plan.status', 'aktif'],
      ['plan.costing.resources[1].kind', 'hibe'],
      [`${PG111}.monitoringMonths`, 3],
      [`${PG111}.reportingMonths`, 1],
    ])('reports %s = %p', (path, value) => {
      expect(onlyProblem(path, value)).toEqual(['INVALID_ENUM', path]);
    });
  });

  describe('INVALID_DATE', () => {
    it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
      expectOnlyProblem('INVALID_DATE', 'institution.electionDate', '2025-02-30');
      expectOnlyProblem('INVALID_DATE', 'plan.submittedToCouncil', '2024-9-2');
      expectOnlyProblem('INVALID_DATE', 'plan.councilDecision.date', '05.09.2024');
    });

    it('knows leap years', () => {
      expect(isIsoDate('2024-02-29')).toBe(true);
      expect(isIsoDate('2025-02-29')).toBe(false);
      expect(isIsoDate('2025-13-01')).toBe(false);
      expect(isIsoDate('2025-04-31')).toBe(false);
    });
  });

  describe('UNKNOWN_FIELD', () => {
    it('rejects unknown fields at any depth', () => {
      expectOnlyProblem('UNKNOWN_FIELD', 'extra', 1);
      expectOnlyProblem('UNKNOWN_FIELD', 'plan.aims[0].targets[0].owner', 'PARK');
      expectOnlyProblem('UNKNOWN_FIELD', `${PG111}.values["2025-H1"].comment`, 'x');
      expect(
        onlyProblem('plan.settings.codePrefixes', {
          aim: 'SA',
          target: 'SH',
          indicator: 'PH',
          activity: 'F',
        }),
      ).toEqual(['UNKNOWN_FIELD', 'plan.settings.codePrefixes.activity']);
    });

    it('writes odd field names in brackets', () => {
      expectOnlyProblem('UNKNOWN_FIELD', 'institution["vergi no"]', '123');
    });
  });

  describe('INVALID_YEAR', () => {
    it('rejects yearly keys that are not four digits', () => {
      const input = withValue('plan.aims[0].targets[0].costEstimate["25"]', 1);
      withValue(`${PG111}.targets["2025a"]`, 1, input);
      expect(problemsOf(input)).toEqual([
        ['INVALID_YEAR', 'plan.aims[0].targets[0].costEstimate["25"]'],
        ['INVALID_YEAR', `${PG111}.targets["2025a"]`],
      ]);
    });

    it('rejects plan years that are not four-digit integers', () => {
      expectOnlyProblem('INVALID_YEAR', 'plan.startYear', 2025.5);
      expectOnlyProblem('INVALID_YEAR', 'plan.endYear', 20290);
    });
  });

  describe('VALUE_PERIOD', () => {
    it('rejects a values key that is not a period', () => {
      expectOnlyProblem('VALUE_PERIOD', `${PG111}.values["2025-H3"]`, { value: 1 });
    });

    it('rejects periods that do not fit the monitoring frequency or the plan years', () => {
      const yearly = 'plan.aims[0].targets[0].indicators[1]';
      const input = withValue(`${PG111}.values["2025"]`, { value: 1 });
      withValue(`${PG111}.values["2030-H1"]`, { value: 1 }, input);
      withValue(`${yearly}.values["2026-H1"]`, { value: 1 }, input);
      withValue(`${yearly}.values["2024"]`, { value: 1 }, input);
      expect(problemsOf(input)).toEqual([
        ['VALUE_PERIOD', `${PG111}.values["2025"]`],
        ['VALUE_PERIOD', `${PG111}.values["2030-H1"]`],
        ['VALUE_PERIOD', `${yearly}.values["2024"]`],
        ['VALUE_PERIOD', `${yearly}.values["2026-H1"]`],
      ]);
    });

    it('takes 6-monthly entries when the frequency is left out', () => {
      const indicator = 'plan.aims[0].targets[0].indicators[2]';
      expect(problemsOf(withValue(`${indicator}.values["2026-H1"]`, { value: 1 }))).toEqual([]);
      expectOnlyProblem('VALUE_PERIOD', `${indicator}.values["2026"]`, { value: 1 });
    });
  });

  describe('INVALID_FORMAT', () => {
    it('rejects another format', () => {
      expectOnlyProblem('INVALID_FORMAT', 'format', 'pusula.plan/v2');
    });
  });

  describe('TOO_LONG', () => {
    it('limits codes to 32, names to 500 and long texts to 10,000 characters', () => {
      expect(problemsOf(withValue(`${PG111}.code`, 'P'.repeat(32)))).toEqual([]);
      expectOnlyProblem('TOO_LONG', `${PG111}.code`, 'P'.repeat(33));
      expectOnlyProblem('TOO_LONG', 'plan.title', 'ş'.repeat(501));
      expect(problemsOf(withValue('plan.mission', 'm'.repeat(10000)))).toEqual([]);
      expectOnlyProblem('TOO_LONG', 'plan.vision', 'v'.repeat(10001));
    });
  });

  describe('NEGATIVE', () => {
    it('rejects negative weights and costs', () => {
      expectOnlyProblem('NEGATIVE', `${PG111}.weight`, -5);
      expectOnlyProblem('NEGATIVE', 'plan.aims[0].targets[0].activities[0].cost["2025"]', -1);
      expectOnlyProblem('NEGATIVE', 'plan.costing.generalAdministration["2027"]', -0.5);
    });

    it('accepts negative targets and values, which are not money', () => {
      expect(problemsOf(withValue(`${PG111}.targets["2025"]`, -3))).toEqual([]);
      expect(problemsOf(withValue(`${PG111}.values["2025-H1"].value`, -3))).toEqual([]);
    });
  });

  describe('values PostgreSQL cannot store', () => {
    it('rejects a population with decimals or beyond the integer column', () => {
      expectOnlyProblem('INVALID_TYPE', 'institution.population', 190000.5);
      expectOnlyProblem('INVALID_TYPE', 'institution.population', 2147483648);
      expect(problemsOf(withValue('institution.population', 2147483647))).toEqual([]);
    });

    it('rejects NUL characters and unpaired surrogates in texts, accepts paired ones', () => {
      expectOnlyProblem('INVALID_TYPE', 'plan.title', 'Plan\u0000');
      expectOnlyProblem('INVALID_TYPE', 'units[0].name', 'Park\ud800');
      expect(problemsOf(withValue('units[0].name', 'Park 🌳'))).toEqual([]);
    });

    it('rejects year 0000 dates, which PostgreSQL has not', () => {
      expect(isIsoDate('0000-03-31')).toBe(false);
      expect(isIsoDate('0001-01-01')).toBe(true);
      expectOnlyProblem('INVALID_DATE', 'institution.electionDate', '0000-03-31');
    });
  });

  describe('messages', () => {
    it('are Turkish by default and name the field', () => {
      const [problem] = parsePlanDocument(withValue(`${PG111}.weight`, '40')).problems;
      expect(problem.message).toBe('Hedefe etkisi (%) sonlu bir sayı olmalı.');
      const [missing] = parsePlanDocument(withValue('institution.name', undefined)).problems;
      expect(missing.message).toBe('Kurum adı zorunludur.');
    });

    it('are English with lang "en"', () => {
      const input = withValue(`${PG111}.weight`, '40');
      withValue(`${PG111}.values["2025-H3"]`, { value: 1 }, input);
      withValue('format', 'pusula.plan/v2', input);
      expect(parsePlanDocument(input, 'en').problems.map((problem) => problem.message)).toEqual([
        'Document format must be "pusula.plan/v1"; got "pusula.plan/v2".',
        'Weight in the target (%) must be a finite number.',
        'Actual values: "2025-H3" is not an entry period of this indicator (monitored every 6 months, plan years 2025–2029; expected keys like "2025-H1", "2025-H2").',
      ]);
    });
  });
});

describe('parsePlanDocument: workflow status, corrections, added indicators and the closing date', () => {
  const H1 = `${PG111}.values["2025-H1"]`;

  it('accepts a value status, a corrected approved value and an indicator counting from a later year', () => {
    const input = withValue(H1, { value: 108000, status: 'draft' });
    withValue(`${PG111}.values["2025-H2"]`, { ...CORRECTED_PARK_2025_H2 }, input);
    withValue('plan.closedOn', '2029-12-31', input);
    expect(problemsOf(input)).toEqual([]);
    const later = withValue(`${PG111}.sinceYear`, 2025);
    expect(problemsOf(later)).toEqual([]);
  });

  it('refuses an unknown status and correction fields outside a corrected approved value (VALUE_STATUS)', () => {
    expectOnlyProblem('INVALID_ENUM', `${H1}.status`, 'onaylı');
    expect(onlyProblem(H1, { value: 1, status: 'submitted', revised: true })).toEqual(['VALUE_STATUS', H1]);
    expect(onlyProblem(H1, { value: 1, originalValue: 2 })).toEqual(['VALUE_STATUS', H1]);
    expect(onlyProblem(H1, { value: 1, correctionReason: 'Neden' })).toEqual(['VALUE_STATUS', H1]);
    // revised: false says nothing was corrected, whatever the status.
    expect(problemsOf(withValue(H1, { value: 1, status: 'draft', revised: false }))).toEqual([]);
  });

  it('refuses entries before the first year of an indicator added by an update (VALUE_PERIOD)', () => {
    expect(problemsOf(withValue(`${PG111}.sinceYear`, 2026))).toEqual([
      ['VALUE_PERIOD', `${PG111}.values["2025-H1"]`],
      ['VALUE_PERIOD', `${PG111}.values["2025-H2"]`],
    ]);
  });

  it('refuses a closing date that is not a calendar date', () => {
    expectOnlyProblem('INVALID_DATE', 'plan.closedOn', '2029-02-30');
  });
});
