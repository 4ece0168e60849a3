import { describe, expect, it } from '@jest/globals';
import { attendanceRows, toAttendanceChartConfig } from './attendance-chart.js';

const ayse = { id: 'a', name: 'Ayşe' };
const mehmet = { id: 'm', name: 'Mehmet' };
const zeynep = { id: 'z', name: 'Zeynep' };

describe('attendance chart', () => {
  it('counts each member’s meetings against all of the group’s, a member who never came at 0', () => {
    const rows = attendanceRows(
      [ayse, mehmet, zeynep],
      [{ attendance: [ayse, mehmet] }, { attendance: [ayse] }, { attendance: [ayse, ayse] }],
    );
    expect(rows).toEqual([
      { id: 'a', name: 'Ayşe', attended: 3, meetings: 3 },
      { id: 'm', name: 'Mehmet', attended: 1, meetings: 3 },
      { id: 'z', name: 'Zeynep', attended: 0, meetings: 3 },
    ]);
  });

  it('keeps someone who attended but is no longer a member, after the members', () => {
    const rows = attendanceRows([ayse], [{ attendance: [mehmet] }]);
    expect(rows.map((row) => [row.name, row.attended])).toEqual([
      ['Ayşe', 0],
      ['Mehmet', 1],
    ]);
  });

  it('stacks attended and missed so each bar reaches the meeting count, the axis ending there', () => {
    const config = toAttendanceChartConfig(
      attendanceRows([ayse, mehmet], [{ attendance: [ayse] }, { attendance: [ayse, mehmet] }]),
      { formatNumber: String, attended: 'katıldı', missed: 'katılmadı' },
    );
    expect(config.data.labels).toEqual(['Ayşe', 'Mehmet']);
    expect(config.data.datasets.map((set) => [set.label, set.data])).toEqual([
      ['katıldı', [2, 1]],
      ['katılmadı', [0, 1]],
    ]);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, min: 0, max: 2 });
  });
});
