import { describe, expect, it } from '@jest/globals';
import { periodChoices } from './period-choice.js';

const ALL = ['2025-H1', '2025', '2026-H1', '2026', '2027-H1', '2027'];

describe('periodChoices', () => {
  it('with nothing opened offers the period running today and the one that ended before it, today’s first', () => {
    expect(periodChoices(ALL, [], new Date('2026-03-10T09:00:00Z'))).toEqual({
      offered: ['2025', '2026-H1'],
      chosen: '2026-H1',
    });
  });

  it('offers what follows the latest opened period up to today, never an older gap', () => {
    expect(periodChoices(ALL, ['2025-H1'], new Date('2026-08-01T00:00:00Z'))).toEqual({
      offered: ['2025', '2026-H1', '2026'],
      chosen: '2026',
    });
    expect(periodChoices(ALL, ['2025'], new Date('2026-08-01T00:00:00Z')).offered).not.toContain('2025-H1');
  });

  it('offers nothing when today’s period is opened already', () => {
    expect(periodChoices(ALL, ['2026-H1'], new Date('2026-05-01T00:00:00Z'))).toEqual({
      offered: [],
      chosen: null,
    });
  });

  it('after the plan’s last period offers the remaining ones up to the last', () => {
    expect(periodChoices(ALL, ['2027-H1'], new Date('2030-01-01T00:00:00Z'))).toEqual({
      offered: ['2027'],
      chosen: '2027',
    });
  });

  it('before the plan starts offers its first period', () => {
    expect(periodChoices(ALL, [], new Date('2024-02-01T00:00:00Z'))).toEqual({
      offered: ['2025-H1'],
      chosen: '2025-H1',
    });
  });
});
