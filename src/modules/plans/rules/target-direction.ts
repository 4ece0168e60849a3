/** TARGET_DIRECTION: from the baseline, yearly targets move the way the indicator should. */
import { at, forEachIndicator, INDICATOR_STEP, sameNumber, type RuleChecker } from './rule-context.js';

interface Label {
  tr: string;
  en: string;
}

export const targetDirection: RuleChecker = {
  code: 'TARGET_DIRECTION',
  severity: 'warning',
  check({ doc, years, num }, report) {
    forEachIndicator(doc, ({ aimIndex, targetIndex, indicator, indicatorIndex, indicatorPath }) => {
      const position = at.indicator(aimIndex, targetIndex, indicatorIndex, INDICATOR_STEP.direction);
      const code = indicator.code;
      let previous: { value: number; label: Label } | null =
        indicator.baseline === null
          ? null
          : { value: indicator.baseline, label: { tr: 'başlangıç değeri', en: 'the baseline' } };
      const reference = previous;
      for (const year of years) {
        const value = indicator.targets[String(year)];
        if (typeof value !== 'number') continue;
        const yearPath = `${indicatorPath}.targets[${JSON.stringify(String(year))}]`;
        const current = { value, label: { tr: `${year} hedefi`, en: `the ${year} target` } };
        if (indicator.direction === 'koruma') {
          const base = reference ?? previous;
          if (base && !sameNumber(base.value, value)) {
            report.add(
              position,
              yearPath,
              `${code} göstergesi düzeyi korumalı: ${year} hedefi ${num(value)}, ${base.label.tr} ${num(base.value)} ile aynı olmalı`,
              `indicator ${code} keeps a level: the ${year} target ${num(value)} should equal ${base.label.en} ${num(base.value)}`,
            );
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
              rising
                ? `${code} göstergesi artış yönlü: ${year} hedefi ${num(value)}, ${previous.label.tr} ${num(previous.value)} değerinden düşük`
                : `${code} göstergesi azalış yönlü: ${year} hedefi ${num(value)}, ${previous.label.tr} ${num(previous.value)} değerinden yüksek`,
              rising
                ? `indicator ${code} should rise: the ${year} target ${num(value)} is below ${previous.label.en} ${num(previous.value)}`
                : `indicator ${code} should fall: the ${year} target ${num(value)} is above ${previous.label.en} ${num(previous.value)}`,
            );
          }
        }
        previous = current;
      }
    });
  },
};
