import { describe, expect, it } from '@jest/globals';
import { previousPlanYear, reasonsByTarget } from './previous-plan.js';

const span = { startYear: 2020, endYear: 2024 };

describe('the year part B shows', () => {
  it('is the previous plan’s last year once it has ended in Istanbul', () => {
    expect(previousPlanYear(span, '2025-01-01')).toEqual({ year: 2024, final: true });
    expect(previousPlanYear(span, '2031-06-30')).toEqual({ year: 2024, final: true });
  });

  it('is the latest ended year while the previous plan still runs (not final)', () => {
    expect(previousPlanYear(span, '2024-12-31')).toEqual({ year: 2023, final: false });
    expect(previousPlanYear(span, '2021-03-01')).toEqual({ year: 2020, final: false });
  });

  it('is none before the previous plan’s first year has ended', () => {
    expect(previousPlanYear(span, '2020-12-31')).toEqual({ year: null, final: false });
  });
});

describe('the reasons by target', () => {
  it('take the evaluation rows naming a target, the first of a code, and leave general text out', () => {
    const reasons = reasonsByTarget([
      { id: 'a', fields: { text: 'Genel' }, version: 1 },
      { id: 'b', fields: { text: 'Gecikti', previousTarget: 'H1.1' }, version: 3 },
      { id: 'c', fields: { text: 'İkinci', previousTarget: 'H1.1' }, version: 1 },
    ]);
    expect([...reasons]).toEqual([['H1.1', { rowId: 'b', text: 'Gecikti', version: 3 }]]);
  });
});
