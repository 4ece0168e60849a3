/**
 * Unit activity reports (issue 14 point 8), pure: which units owe a report for a plan year, the
 * counts by state for the completion chart, and a unit's share of the year's progress.
 */
import type { TargetProgress } from '../../contracts/progress.js';
import type { UnitReportsResponse, UnitReportStatus } from '../../contracts/unit-reports.js';
import type { EntryState } from '../../contracts/workflow.js';

/** Every unit in `units` (code order) that owes a report: responsible for a target of the plan or an activity of the year. */
export function owingUnits<U extends { id: string; code: string }>(
  units: readonly U[],
  responsible: ReadonlySet<string>,
): U[] {
  return units.filter((unit) => responsible.has(unit.id)).sort((a, b) => a.code.localeCompare(b.code));
}

/** The counts by state of the reports owed: expected = the units listed. */
export function reportCounts(
  units: readonly Pick<UnitReportStatus, 'state'>[],
): UnitReportsResponse['counts'] {
  const counts = { expected: units.length, missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const unit of units) counts[unit.state satisfies EntryState] += 1;
  return counts;
}

/** The targets a unit is responsible for, with the engine's figures as computed (never recomputed). */
export function unitTargets(
  aims: ReadonlyArray<{ targets: readonly TargetProgress[] }>,
  unitCode: string,
): TargetProgress[] {
  return aims.flatMap((aim) => aim.targets.filter((target) => target.responsibleUnit === unitCode));
}
