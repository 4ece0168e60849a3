/** TARGET_DIRECTION: from the baseline, yearly targets move the way the indicator should. */
import { forEachIndicator, INDICATOR_STEP, sameNumber, type RuleChecker } from './rule-context.js';

/** A value a yearly target is compared with: the baseline (no year) or a year's target. */
interface Compared {
  value: number;
  year?: number;
}

export const targetDirection: RuleChecker = {
  code: 'TARGET_DIRECTION',
  severity: 'warning',
  check({ doc, years, num }, report) {
    forEachIndicator(doc, ({ indicator, indicatorPath, positionAt }) => {
      const position = positionAt(INDICATOR_STEP.direction);
      const code = indicator.code;
      let previous: Compared | null = indicator.baseline === null ? null : { value: indicator.baseline };
      const reference = previous;
      const compared = (base: Compared, year: number, value: number) => ({
        code,
        year,
        value: num(value),
        ...(base.year !== undefined ? { since: base.year } : {}),
        base: num(base.value),
      });
      for (const year of years) {
        const value = indicator.targets[String(year)];
        if (typeof value !== 'number') continue;
        const yearPath = `${indicatorPath}.targets[${JSON.stringify(String(year))}]`;
        const current: Compared = { value, year };
        if (indicator.direction === 'koruma') {
          const base = reference ?? previous;
          if (base && !sameNumber(base.value, value)) {
            report.add(position, yearPath, 'TARGET_DIRECTION.keep', compared(base, year, value));
          }
          previous ??= current;
          continue;
        }
        if (previous) {
          const rising = indicator.direction === 'artis';
          const wrong = rising ? value < previous.value : value > previous.value;
          if (wrong && !sameNumber(value, previous.value)) {
            report.add(
              position,
              yearPath,
              rising ? 'TARGET_DIRECTION.rise' : 'TARGET_DIRECTION.fall',
              compared(previous, year, value),
            );
          }
        }
        previous = current;
      }
    });
  },
};
