/** How a unit manager's tasks are ordered (pure). */
import type { TaskEntry } from '../../contracts/tasks.js';

/** Late entries first, then the earliest deadline, then by plan, period and indicator. */
export function byUrgency(a: TaskEntry, b: TaskEntry): number {
  return (
    Number(b.late) - Number(a.late) ||
    a.entryDeadline.localeCompare(b.entryDeadline) ||
    a.planTitle.localeCompare(b.planTitle, 'tr') ||
    a.period.localeCompare(b.period) ||
    a.indicator.localeCompare(b.indicator, 'tr', { numeric: true })
  );
}

/** Splits owed entries into the ones to send (missing, draft) and the ones returned, each by urgency. */
export function splitTasks(entries: readonly TaskEntry[]): { due: TaskEntry[]; returned: TaskEntry[] } {
  return {
    due: entries.filter((entry) => entry.state === 'missing' || entry.state === 'draft').sort(byUrgency),
    returned: entries.filter((entry) => entry.state === 'returned').sort(byUrgency),
  };
}
