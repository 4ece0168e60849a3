/**
 * RESPONSIBLE_UNIT: the units form a tree; a target has exactly one responsible unit, never also
 * a collaborator; every unit named is in the units list.
 */
import {
  ACTIVITY_STEP,
  at,
  forEachTarget,
  isBlank,
  TARGET_STEP,
  type Position,
  type RuleChecker,
} from './rule-context.js';

export const responsibleUnit: RuleChecker = {
  code: 'RESPONSIBLE_UNIT',
  severity: 'error',
  check({ doc }, report) {
    const units = doc.units;
    const unitCodes = new Set(units.map((unit) => unit.code));
    const parentOf = new Map(units.map((unit) => [unit.code, unit.parent]));
    units.forEach((unit, index) => {
      if (unit.parent === undefined) return;
      const path = `units[${index}].parent`;
      if (!unitCodes.has(unit.parent)) {
        report.add(
          at.unitParents,
          path,
          `${unit.code} biriminin üst birimi ${unit.parent} birimler listesinde yok`,
          `parent unit ${unit.parent} of unit ${unit.code} is not in the units list`,
        );
      } else if (isInCycle(unit.code, parentOf)) {
        report.add(
          at.unitParents,
          path,
          `${unit.code} birimi kendi üst birimleri arasında yer alıyor; birimler bir ağaç oluşturmalı`,
          `unit ${unit.code} is among its own parents; units must form a tree`,
        );
      }
    });
    const checkKnownUnit = (position: Position, code: string, path: string, tr: string, en: string): void => {
      if (unitCodes.has(code)) return;
      report.add(
        position,
        path,
        `${tr} (${code}) birimler listesinde yok`,
        `${en} (${code}) is not in the units list`,
      );
    };

    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      const position = at.target(aimIndex, targetIndex, TARGET_STEP.units);
      if (isBlank(target.responsibleUnit)) {
        report.add(
          position,
          `${path}.responsibleUnit`,
          `${target.code} hedefinin sorumlu birimi yok; tam olarak bir sorumlu birim olmalı`,
          `target ${target.code} has no responsible unit; it needs exactly one`,
        );
      } else {
        checkKnownUnit(
          position,
          target.responsibleUnit,
          `${path}.responsibleUnit`,
          `${target.code} hedefinin sorumlu birimi`,
          `the responsible unit of target ${target.code}`,
        );
      }
      const seen = new Set<string>();
      (target.collaboratingUnits ?? []).forEach((unit, index) => {
        const unitPath = `${path}.collaboratingUnits[${index}]`;
        if (unit === target.responsibleUnit) {
          report.add(
            position,
            unitPath,
            `${unit}, ${target.code} hedefinin sorumlu birimi; işbirliği yapılacak birimler arasında yer alamaz`,
            `${unit} is the responsible unit of target ${target.code}; it cannot also be a collaborating unit`,
          );
        } else if (seen.has(unit)) {
          report.add(
            position,
            unitPath,
            `${unit}, ${target.code} hedefinin işbirliği yapılacak birimleri arasında birden fazla kez geçiyor`,
            `${unit} appears more than once among the collaborating units of target ${target.code}`,
          );
        } else {
          checkKnownUnit(
            position,
            unit,
            unitPath,
            `${target.code} hedefinin işbirliği yapılacak birimi`,
            `a collaborating unit of target ${target.code}`,
          );
        }
        seen.add(unit);
      });
      (target.activities ?? []).forEach((activity, index) => {
        if (activity.responsibleUnit === undefined) return;
        const label = activity.code ?? activity.name;
        checkKnownUnit(
          at.activity(aimIndex, targetIndex, index, ACTIVITY_STEP.unit),
          activity.responsibleUnit,
          `${path}.activities[${index}].responsibleUnit`,
          `${label} faaliyetinin sorumlu birimi`,
          `the responsible unit of activity ${label}`,
        );
      });
    });
  },
};

function isInCycle(code: string, parentOf: Map<string, string | undefined>): boolean {
  const visited = new Set<string>();
  let current = parentOf.get(code);
  while (current !== undefined && !visited.has(current)) {
    if (current === code) return true;
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}
