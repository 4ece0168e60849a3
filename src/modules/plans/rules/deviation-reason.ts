/**
 * DEVIATION_REASON: at year end any C ≠ B needs a reason; the Court of Accounts allows no
 * tolerance. A draft or returned entry may lack it until it is submitted (domain.md 6); an entry
 * without a status is approved.
 */
import type { IndicatorDoc } from '../../../contracts/plan-document.js';
import { computeActual } from '../../progress/actual-value.js';
import { yearEndEntryPeriod } from '../../periods/period-keys.js';
import { forEachIndicator, INDICATOR_STEP, isBlank, sameNumber, type RuleChecker } from './rule-context.js';

/**
 * Does the year-end actual C of `year` differ from that year's target B? Both are rounded to 9
 * decimals only to absorb binary float noise. False when C or B is not known.
 */
export function needsDeviationReason(
  indicator: Pick<IndicatorDoc, 'baseline' | 'valueType' | 'monitoringMonths' | 'values' | 'targets'>,
  year: number,
  startYear: number,
): boolean {
  const target = indicator.targets[String(year)];
  if (typeof target !== 'number') return false;
  const actual = computeActual(indicator, { year, half: null }, startYear);
  return actual.status === 'ok' && !sameNumber(actual.actual, target);
}

export const deviationReason: RuleChecker = {
  code: 'DEVIATION_REASON',
  severity: 'error',
  check({ doc, years, num }, report) {
    forEachIndicator(doc, ({ indicator, indicatorPath, positionAt }) => {
      const position = positionAt(INDICATOR_STEP.deviation);
      const code = indicator.code;
      // An indicator a plan update added counts from its first year.
      const since = indicator.sinceYear ?? doc.plan.startYear;
      const months = indicator.monitoringMonths ?? 6;
      for (const year of years) {
        if (year < since) continue;
        const period = yearEndEntryPeriod(year, months);
        const entry = indicator.values?.[period];
        if (
          !entry ||
          entry.status === 'draft' ||
          entry.status === 'returned' ||
          !isBlank(entry.deviationReason) ||
          !needsDeviationReason(indicator, year, since)
        )
          continue;
        const actual = computeActual(indicator, { year, half: null }, since);
        const c = actual.status === 'ok' ? num(actual.actual) : '?';
        const b = num(indicator.targets[String(year)]);
        report.add(
          position,
          `${indicatorPath}.values[${JSON.stringify(period)}].deviationReason`,
          'DEVIATION_REASON',
          { code, year, actual: c, target: b },
        );
      }
    });
  },
};
