/**
 * CODE_PREFIX: aim, target and indicator codes follow the plan's prefixes and their parents'
 * numbers, and are unique in the plan; unit codes are unique in the document, activity codes
 * within a target.
 */
import { ACTIVITY_STEP, at, INDICATOR_STEP, TARGET_STEP, type RuleChecker } from './rule-context.js';

export const codePrefix: RuleChecker = {
  code: 'CODE_PREFIX',
  severity: 'error',
  check({ doc, prefixes }, report) {
    const unitCodes = new Set<string>();
    doc.units.forEach((unit, index) => {
      if (unitCodes.has(unit.code)) {
        report.add(at.unitCodes, `units[${index}].code`, 'CODE_PREFIX.unitTwice', { unit: unit.code });
      }
      unitCodes.add(unit.code);
    });

    const codePaths = new Map<string, string>();
    const checkDuplicate = (position: readonly number[], code: string, path: string): void => {
      const first = codePaths.get(code);
      if (first === undefined) {
        codePaths.set(code, path);
        return;
      }
      report.add(position, path, 'CODE_PREFIX.codeTwice', { code, first });
    };
    const aimPattern = new RegExp(`^${escapeRegExp(prefixes.aim)}(\\d+)$`);
    const targetPattern = new RegExp(`^${escapeRegExp(prefixes.target)}(\\d+)\\.(\\d+)$`);
    const indicatorPattern = new RegExp(`^${escapeRegExp(prefixes.indicator)}(\\d+)\\.(\\d+)\\.(\\d+)$`);

    doc.plan.aims.forEach((aim, aimIndex) => {
      const aimPath = `plan.aims[${aimIndex}]`;
      const aimPosition = at.aim(aimIndex);
      const aimNumber = aimPattern.exec(aim.code)?.[1] ?? null;
      if (aimNumber === null) {
        report.add(aimPosition, `${aimPath}.code`, 'CODE_PREFIX.aimFormat', {
          code: aim.code,
          prefix: prefixes.aim,
        });
      }
      checkDuplicate(aimPosition, aim.code, `${aimPath}.code`);

      aim.targets.forEach((target, targetIndex) => {
        const targetPath = `${aimPath}.targets[${targetIndex}]`;
        const targetPosition = at.target(aimIndex, targetIndex, TARGET_STEP.code);
        const match = targetPattern.exec(target.code);
        const targetNumber =
          match && (aimNumber === null || match[1] === aimNumber) ? `${match[1]}.${match[2]}` : null;
        if (!match) {
          const example = `${prefixes.target}${aimNumber ?? '1'}.1`;
          report.add(targetPosition, `${targetPath}.code`, 'CODE_PREFIX.targetFormat', {
            code: target.code,
            prefix: prefixes.target,
            example,
          });
        } else if (targetNumber === null) {
          report.add(targetPosition, `${targetPath}.code`, 'CODE_PREFIX.targetUnderAim', {
            code: target.code,
            aim: aim.code,
            start: `${prefixes.target}${aimNumber}.`,
          });
        }
        checkDuplicate(targetPosition, target.code, `${targetPath}.code`);

        const activityCodes = new Set<string>();
        (target.activities ?? []).forEach((activity, index) => {
          if (activity.code === undefined) return;
          if (activityCodes.has(activity.code)) {
            report.add(
              at.activity(aimIndex, targetIndex, index, ACTIVITY_STEP.code),
              `${targetPath}.activities[${index}].code`,
              'CODE_PREFIX.activityTwice',
              { code: activity.code, target: target.code },
            );
          }
          activityCodes.add(activity.code);
        });

        target.indicators.forEach((indicator, indicatorIndex) => {
          const indicatorPath = `${targetPath}.indicators[${indicatorIndex}]`;
          const indicatorPosition = at.indicator(aimIndex, targetIndex, indicatorIndex, INDICATOR_STEP.code);
          const indicatorMatch = indicatorPattern.exec(indicator.code);
          if (!indicatorMatch) {
            const example = `${prefixes.indicator}${targetNumber ?? '1.1'}.1`;
            report.add(indicatorPosition, `${indicatorPath}.code`, 'CODE_PREFIX.indicatorFormat', {
              code: indicator.code,
              prefix: prefixes.indicator,
              example,
            });
          } else if (targetNumber !== null && `${indicatorMatch[1]}.${indicatorMatch[2]}` !== targetNumber) {
            report.add(indicatorPosition, `${indicatorPath}.code`, 'CODE_PREFIX.indicatorUnderTarget', {
              code: indicator.code,
              target: target.code,
              start: `${prefixes.indicator}${targetNumber}.`,
            });
          }
          checkDuplicate(indicatorPosition, indicator.code, `${indicatorPath}.code`);
        });
      });
    });
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
