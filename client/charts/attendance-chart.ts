import type { ChartConfiguration } from 'chart.js';
import type { PersonRef } from '../../src/contracts/working-groups.js';
import { HORIZONTAL_BAR_OPTIONS, stackedCountScales } from './horizontal-bar.js';
import { STATUS_COLOURS } from './palette.js';

/** One member's attendance: the group's meetings they attended, out of all of them. */
export interface AttendanceRow {
  id: string;
  name: string;
  attended: number;
  meetings: number;
}

/**
 * Attendance per member of a group: every member (in the group's order) and anyone who attended
 * without being a member now (they left), each counted against all the group's meetings.
 */
export function attendanceRows(
  members: readonly PersonRef[],
  meetings: ReadonlyArray<{ attendance: readonly PersonRef[] }>,
): AttendanceRow[] {
  const rows = new Map<string, AttendanceRow>();
  for (const member of members) {
    rows.set(member.id, { id: member.id, name: member.name, attended: 0, meetings: meetings.length });
  }
  for (const meeting of meetings) {
    for (const person of new Map(meeting.attendance.map((entry) => [entry.id, entry])).values()) {
      const row = rows.get(person.id) ?? {
        id: person.id,
        name: person.name,
        attended: 0,
        meetings: meetings.length,
      };
      row.attended += 1;
      rows.set(person.id, row);
    }
  }
  return [...rows.values()];
}

/** Stacked bars per member: meetings attended (green) and missed (grey), from 0 to the meeting count. */
export function toAttendanceChartConfig(
  rows: readonly AttendanceRow[],
  options: { formatNumber: (value: number) => string; attended: string; missed: string },
): ChartConfiguration<'bar', number[], string> {
  const meetings = rows[0]?.meetings ?? 0;
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.name),
      datasets: [
        {
          label: options.attended,
          data: rows.map((row) => row.attended),
          backgroundColor: STATUS_COLOURS.good,
          borderWidth: 0,
        },
        {
          label: options.missed,
          data: rows.map((row) => row.meetings - row.attended),
          backgroundColor: STATUS_COLOURS.none,
          borderWidth: 0,
        },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: stackedCountScales(options.formatNumber, meetings),
      plugins: { legend: { display: true, position: 'bottom' } },
    },
  };
}
