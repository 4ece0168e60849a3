import { describe, expect, it } from '@jest/globals';
import { toCommentsByDayConfig, toCommentsBySubjectConfig } from './consultation-chart.js';

const results = {
  total: 5,
  bySubject: [
    { subjectCode: null, count: 2 },
    { subjectCode: 'H1.1', count: 3 },
  ],
  byDay: [
    { day: '2026-01-09', count: 1 },
    { day: '2026-01-10', count: 4 },
  ],
};
const options = {
  formatDay: (day: string) => day.split('-').reverse().join('.'),
  subjectLabel: (code: string | null) => code ?? 'Genel',
  formatNumber: (value: number) => String(value),
};

describe('the consultation charts', () => {
  it('draws one bar per Istanbul day with comments, labelled as the UI writes dates', () => {
    const config = toCommentsByDayConfig(results, options);
    expect(config.data.labels).toEqual(['09.01.2026', '10.01.2026']);
    expect(config.data.datasets[0].data).toEqual([1, 4]);
  });

  it('draws one horizontal bar per subject, the consultation as a whole named in words', () => {
    const config = toCommentsBySubjectConfig(results, options);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['Genel', 'H1.1']);
    expect(config.data.datasets[0].data).toEqual([2, 3]);
  });
});
