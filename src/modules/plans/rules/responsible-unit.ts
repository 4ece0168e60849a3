/**
 * RESPONSIBLE_UNIT: the units form a tree; a target has exactly one responsible unit, never also
 * a collaborator; every unit named is in the units list.
 */
import type { UnitRole } from '../../../common/messages/rule-messages.js';
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
    const names = new Map(units.map((unit) => [unit.code, unit.name]));
    /** A unit as the messages name it: its code, and its name when the plan has one. */
    const named = (code: string): { unit: string; unitName?: string } => {
      const name = names.get(code);
      return name ? { unit: code, unitName: name } : { unit: code };
    };
    units.forEach((unit, index) => {
      if (unit.parent === undefined) return;
      const path = `units[${index}].parent`;
      if (!unitCodes.has(unit.parent)) {
        report.add(at.unitParents, path, 'RESPONSIBLE_UNIT.parentUnknown', {
          ...named(unit.code),
          parent: unit.parent,
        });
      } else if (isInCycle(unit.code, parentOf)) {
        report.add(at.unitParents, path, 'RESPONSIBLE_UNIT.cycle', named(unit.code));
      }
    });
    const checkKnownUnit = (
      position: Position,
      code: string,
      path: string,
      role: UnitRole,
      of: string,
    ): void => {
      if (unitCodes.has(code)) return;
      report.add(position, path, 'RESPONSIBLE_UNIT.unknownUnit', { role, of, unit: code });
    };

    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      const position = at.target(aimIndex, targetIndex, TARGET_STEP.units);
      if (isBlank(target.responsibleUnit)) {
        report.add(position, `${path}.responsibleUnit`, 'RESPONSIBLE_UNIT.none', { target: target.code });
      } else {
        checkKnownUnit(
          position,
          target.responsibleUnit,
          `${path}.responsibleUnit`,
          'targetResponsible',
          target.code,
        );
      }
      const seen = new Set<string>();
      (target.collaboratingUnits ?? []).forEach((unit, index) => {
        const unitPath = `${path}.collaboratingUnits[${index}]`;
        if (unit === target.responsibleUnit) {
          report.add(position, unitPath, 'RESPONSIBLE_UNIT.alsoCollaborating', {
            ...named(unit),
            target: target.code,
          });
        } else if (seen.has(unit)) {
          report.add(position, unitPath, 'RESPONSIBLE_UNIT.collaboratingTwice', {
            ...named(unit),
            target: target.code,
          });
        } else {
          checkKnownUnit(position, unit, unitPath, 'collaborating', target.code);
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
          'activityResponsible',
          label,
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
