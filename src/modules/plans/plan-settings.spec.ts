import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../common/validation.js';
import { PlanSettingsDto } from './dto/plan.dto.js';
import { parsePlanDocument } from './plan-document-parser.js';
import {
  midYearBandsProblem,
  minCoverageProblem,
  plausibilityProblem,
  settingsRangeProblems,
} from './plan-settings.js';
import { validPlanDocument } from './test-fixtures.js';

/** The DTO as the global pipe checks it: details as the API answers them. */
async function dtoProblems(settings: Record<string, unknown>) {
  const dto = plainToInstance(PlanSettingsDto, settings);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return flattenValidationErrors(errors).map(({ path, code }) => ({ path, code }));
}

function documentWith(settings: Record<string, unknown>, halfYearTargets?: Record<string, unknown>) {
  const document = JSON.parse(JSON.stringify(validPlanDocument())) as ReturnType<typeof validPlanDocument>;
  document.plan.settings = { ...document.plan.settings, ...settings };
  if (halfYearTargets) Object.assign(document.plan.aims[0].targets[0].indicators[0], { halfYearTargets });
  return document;
}

describe('plan settings ranges (minCoverage, midYearBands, plausibility)', () => {
  it('accepts the bounds: coverage 0 and 100, equal bands, factors just inside 0 < low < 1 < high', () => {
    expect(minCoverageProblem(0, 'tr')).toBeNull();
    expect(minCoverageProblem(100, 'tr')).toBeNull();
    expect(midYearBandsProblem({ onTrack: 30, behind: 30 }, 'tr')).toBeNull();
    expect(midYearBandsProblem({ onTrack: 0, behind: 0 }, 'tr')).toBeNull();
    expect(plausibilityProblem({ low: 0.01, high: 1.01 }, 'tr')).toBeNull();
  });

  it('refuses coverage outside 0–100, behind above onTrack or below 0, and factors on or past 0 and 1', () => {
    expect(minCoverageProblem(100.5, 'tr')).toContain('0 ile 100');
    expect(minCoverageProblem(-1, 'en')).toContain('between 0 and 100');
    expect(midYearBandsProblem({ onTrack: 20, behind: 40 }, 'tr')).toContain('geride 40, yolunda 20');
    expect(midYearBandsProblem({ onTrack: 20, behind: -5 }, 'en')).not.toBeNull();
    expect(plausibilityProblem({ low: 0, high: 2 }, 'tr')).toContain('alt 0, üst 2');
    expect(plausibilityProblem({ low: 1, high: 2 }, 'tr')).not.toBeNull();
    expect(plausibilityProblem({ low: 0.5, high: 1 }, 'en')).toContain('0 < low < 1 < high');
  });

  it('lists each range problem under its path and leaves wrong types to the type check', () => {
    expect(
      settingsRangeProblems(
        { minCoverage: 120, midYearBands: { onTrack: 10, behind: 20 }, plausibility: { low: 2, high: 3 } },
        'plan.settings',
        'tr',
      ).map(({ path, code }) => ({ path, code })),
    ).toEqual([
      { path: 'plan.settings.minCoverage', code: 'OUT_OF_RANGE' },
      { path: 'plan.settings.midYearBands', code: 'OUT_OF_RANGE' },
      { path: 'plan.settings.plausibility', code: 'OUT_OF_RANGE' },
    ]);
    expect(
      settingsRangeProblems({ minCoverage: '50', midYearBands: null, plausibility: { low: 'a' } }, 's', 'tr'),
    ).toEqual([]);
  });
});

describe('PlanSettingsDto (PATCH and POST of a plan)', () => {
  it('accepts the three settings, and null bands for a neutral palette', async () => {
    expect(
      await dtoProblems({
        minCoverage: 60,
        midYearBands: { onTrack: 45, behind: 15 },
        plausibility: { low: 0.25, high: 4 },
      }),
    ).toEqual([]);
    expect(await dtoProblems({ midYearBands: null })).toEqual([]);
  });

  it('answers each bad setting with its path and a stable code', async () => {
    expect(
      await dtoProblems({
        minCoverage: 101,
        midYearBands: { onTrack: 10, behind: 30 },
        plausibility: { low: 0.5, high: 0.9 },
      }),
    ).toEqual([
      { path: 'minCoverage', code: 'OUT_OF_RANGE' },
      { path: 'midYearBands', code: 'OUT_OF_RANGE' },
      { path: 'plausibility', code: 'OUT_OF_RANGE' },
    ]);
    expect(await dtoProblems({ plausibility: { low: '0.5', high: 2 } })).toEqual([
      { path: 'plausibility.low', code: 'INVALID_TYPE' },
    ]);
    expect(await dtoProblems({ plausibility: null })).toEqual([
      { path: 'plausibility', code: 'INVALID_TYPE' },
    ]);
    expect(await dtoProblems({ midYearBands: { onTrack: 40, behind: 20, extra: 1 } })).toEqual([
      { path: 'midYearBands.extra', code: 'UNKNOWN_FIELD' },
    ]);
  });
});

describe('plan document settings and half-year targets', () => {
  it('reads the three settings and half-year targets of plan years', () => {
    const result = parsePlanDocument(
      documentWith(
        { minCoverage: 30, midYearBands: null, plausibility: { low: 0.4, high: 3 } },
        { '2025': 40000 },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.document?.plan.settings?.midYearBands).toBeNull();
    expect(result.document?.plan.aims[0].targets[0].indicators[0].halfYearTargets).toEqual({ '2025': 40000 });
  });

  it('refuses out-of-range settings and a half-year target outside the plan years or not a number', () => {
    const result = parsePlanDocument(
      documentWith(
        { minCoverage: -3, midYearBands: { onTrack: 10, behind: 20 }, plausibility: { low: 0.5 } },
        { '2031': 1, '2026': 'x' },
      ),
    );
    const found = result.problems.map(({ path, code }) => ({ path, code }));
    const indicator = 'plan.aims[0].targets[0].indicators[0].halfYearTargets';
    expect(found).toEqual(
      expect.arrayContaining([
        { path: `${indicator}["2031"]`, code: 'NOT_PLAN_YEAR' },
        { path: `${indicator}["2026"]`, code: 'INVALID_TYPE' },
        { path: 'plan.settings.plausibility.high', code: 'REQUIRED' },
        { path: 'plan.settings.minCoverage', code: 'OUT_OF_RANGE' },
        { path: 'plan.settings.midYearBands', code: 'OUT_OF_RANGE' },
      ]),
    );
    expect(found).toHaveLength(5);
    expect(result.problems.find((p) => p.code === 'NOT_PLAN_YEAR')?.message).toContain('2025–2029');
  });
});
