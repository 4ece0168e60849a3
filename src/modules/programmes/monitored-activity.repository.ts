import type { EntityManager } from 'typeorm';
import type { MonitoredActivity } from './monitored-activity.js';
import { ProgrammeActivity } from './programme-activity.entity.js';
import { ProgrammeBudgetActivity } from './programme-budget-activity.entity.js';
import type { Programme } from './programme.entity.js';

/**
 * The activity `code` of `programme` in the programme's format (a classic activity or a
 * programme-budget one), locked FOR NO KEY UPDATE when `lock` (so the steps on one activity run
 * one after another); null when it has none.
 */
export async function findMonitoredActivity(
  manager: EntityManager,
  programme: Programme,
  code: string,
  lock: boolean,
): Promise<MonitoredActivity | null> {
  const options = {
    where: { programmeId: programme.id, code },
    ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  };
  const row =
    programme.format === 'programme-budget'
      ? await manager.findOne(ProgrammeBudgetActivity, options)
      : await manager.findOne(ProgrammeActivity, options);
  return row ? { format: programme.format, id: row.id, code: row.code, unitId: row.unitId } : null;
}
