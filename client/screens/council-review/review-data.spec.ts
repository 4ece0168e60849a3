import { describe, expect, it } from '@jest/globals';
import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import type { AimProgress, IndicatorProgress } from '../../../src/contracts/progress.js';
import { indicatorProgress, NO_COVERAGE } from '../../lib/test-fixtures.js';
import { deviationsOf } from './review-data.js';

function indicator(
  code: string,
  target: number | null,
  actual: number | null,
  actualPeriods: string[] = ['2025-H2'],
): IndicatorProgress {
  return indicatorProgress({
    code,
    name: `Gösterge ${code}`,
    unit: 'm²',
    weight: 50,
    method: 'F2',
    formula: actual === null ? null : 'F2',
    baseline: 0,
    target,
    actual,
    actualPeriods,
    rate: actual === null || target === null ? null : (100 * actual) / target,
  });
}

const progress = (...indicators: IndicatorProgress[]): { year: number; aims: AimProgress[] } => ({
  year: 2025,
  aims: [
    {
      code: 'A1',
      title: '',
      rate: null,
      coverage: NO_COVERAGE,
      band: 'none',
      targets: [
        {
          code: 'H1.1',
          title: '',
          responsibleUnit: 'PARK',
          rate: null,
          weightWithData: 0,
          excludedWeightShare: 0,
          coverage: NO_COVERAGE,
          band: 'none',
          cost: null,
          excluded: [],
          indicators,
        },
      ],
    },
  ],
});

const documentWith = (
  values: Record<string, PlanDocument['plan']['aims'][0]['targets'][0]['indicators'][0]['values']>,
) =>
  ({
    plan: {
      aims: [
        {
          code: 'A1',
          title: '',
          targets: [
            {
              code: 'H1.1',
              title: '',
              responsibleUnit: 'PARK',
              indicators: Object.entries(values).map(([code, entries]) => ({
                code,
                name: code,
                weight: 50,
                direction: 'artis',
                valueType: 'duzey',
                baseline: 0,
                targets: {},
                values: entries,
              })),
            },
          ],
        },
      ],
    },
  }) as unknown as Pick<PlanDocument, 'plan'>;

describe('deviationsOf', () => {
  it('lists the indicators whose actual differs from the target, with the reason the unit gave', () => {
    const deviations = deviationsOf(
      progress(indicator('PG1', 100, 80), indicator('PG2', 100, 100), indicator('PG3', 100, 120)),
      documentWith({
        PG1: { '2025-H2': { value: 80, deviationReason: 'İhale gecikti' } },
        PG3: { '2025-H2': { value: 120 } },
      }),
    );
    expect(
      deviations.map((deviation) => [
        deviation.code,
        deviation.targetValue,
        deviation.actual,
        deviation.reasons,
      ]),
    ).toEqual([
      ['PG1', 100, 80, [{ period: '2025-H2', text: 'İhale gecikti' }]],
      // Above target is a deviation too (the Court of Accounts asks why); no reason given: [].
      ['PG3', 100, 120, []],
    ]);
    expect(deviations[0]).toMatchObject({ aim: 'A1', targetCode: 'H1.1', responsibleUnit: 'PARK', rate: 80 });
  });

  it('takes the reasons of the assessed year’s entries C is made of, latest first, ignoring blank ones', () => {
    const [deviation] = deviationsOf(
      // A cumulative C of 2025 sums 2024 too: 2024's reason explained 2024, not this year.
      progress(indicator('PG1', 100, 50, ['2024-H2', '2025-H1', '2025-H2'])),
      documentWith({
        PG1: {
          '2025-H1': { value: 20, deviationReason: 'Kış koşulları' },
          '2025-H2': { value: 30, deviationReason: '  ' },
          '2024-H2': { value: 30, deviationReason: 'Eski yıl' },
        },
      }),
    );
    expect(deviation.reasons).toEqual([{ period: '2025-H1', text: 'Kış koşulları' }]);
  });

  it('counts no deviation where there is no data or no target, never reading a gap as 0', () => {
    expect(deviationsOf(progress(indicator('PG1', 100, null), indicator('PG2', null, 5)), null)).toEqual([]);
  });
});
