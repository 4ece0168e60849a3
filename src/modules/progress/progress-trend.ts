/**
 * Rates across the assessed periods (issue 11, point 11): the plan's, each aim's and each
 * target's rate for every assessed period that holds a value, each computed by the progress
 * engine exactly as GET progress computes that period. No arithmetic of its own. Pure.
 */
import type { ProgressTrendResponse, TrendPoint } from '../../contracts/progress.js';
import { computeProgress, type EnginePlan } from './progress-engine.js';
import { formatPeriod, parsePeriod, periodEndKey, type Period } from '../periods/period-keys.js';

/**
 * The assessed periods a plan's entries belong to, in time order: a "YYYY-H1" entry to the
 * 30 June izleme "YYYY-H1", a "YYYY-H2" or "YYYY" entry to the year end "YYYY". Only the plan
 * years count.
 */
export function trendPeriods(plan: Pick<EnginePlan, 'startYear' | 'endYear' | 'aims'>): Period[] {
  const found = new Map<string, Period>();
  for (const aim of plan.aims)
    for (const target of aim.targets)
      for (const indicator of target.indicators)
        for (const entry of Object.keys(indicator.values ?? {})) {
          const period = parsePeriod(entry);
          if (!period || period.year < plan.startYear || period.year > plan.endYear) continue;
          const assessed: Period = period.half === 1 ? period : { year: period.year, half: null };
          found.set(formatPeriod(assessed), assessed);
        }
  return [...found.values()].sort((a, b) => periodEndKey(a) - periodEndKey(b));
}

/**
 * The trend over `periods`: `planOf(year)` gives the plan as the engine reads it for an assessed
 * year (weights and targets as in force then), so each point equals GET progress of its period.
 */
export function computeTrend(
  periods: readonly Period[],
  planOf: (year: number) => EnginePlan,
): Pick<ProgressTrendResponse, 'periods' | 'plan' | 'aims'> {
  const plans = new Map<number, EnginePlan>();
  const responses = periods.map((period) => {
    let plan = plans.get(period.year);
    if (!plan) {
      plan = planOf(period.year);
      plans.set(period.year, plan);
    }
    return computeProgress(plan, period);
  });
  const point = (
    period: string,
    figure: { rate: number | null; coverage: TrendPoint['coverage']; band: TrendPoint['band'] },
  ): TrendPoint => ({ period, rate: figure.rate, coverage: figure.coverage, band: figure.band });
  // The tree of the latest period names the series; an aim or target missing from an earlier
  // period (added by an update) simply has no point there: its rate is null, "veri yok".
  const latest = responses.at(-1);
  const none = (period: string): TrendPoint => ({
    period,
    rate: null,
    coverage: { indicatorsWithData: 0, indicatorsDue: 0, weightShare: null, sufficient: false },
    band: 'none',
  });
  return {
    periods: responses.map((response) => response.period),
    plan: { points: responses.map((response) => point(response.period, response)) },
    aims: (latest?.aims ?? []).map((aim) => ({
      code: aim.code,
      title: aim.title,
      points: responses.map((response) => {
        const found = response.aims.find((item) => item.code === aim.code);
        return found ? point(response.period, found) : none(response.period);
      }),
      targets: aim.targets.map((target) => ({
        code: target.code,
        title: target.title,
        points: responses.map((response) => {
          const found = response.aims
            .find((item) => item.code === aim.code)
            ?.targets.find((item) => item.code === target.code);
          return found ? point(response.period, found) : none(response.period);
        }),
      })),
    })),
  };
}
