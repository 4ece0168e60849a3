import { describe, expect, it } from '@jest/globals';
import { holdsApprovedValues } from './approved-values.js';

describe('holdsApprovedValues', () => {
  it('lets a delete through when nothing under it is approved', () => {
    expect(holdsApprovedValues('H1.1', [])).toBeNull();
  });

  it('names each holder one level down with its counts, in the order first met', () => {
    const refused = holdsApprovedValues(
      'A1',
      [
        { path: 'targets.H1.1', name: 'H1.1', indicatorId: 'i1', values: 2 },
        { path: 'targets.H1.2', name: 'H1.2', indicatorId: 'i3', values: 1 },
        { path: 'targets.H1.1', name: 'H1.1', indicatorId: 'i2', values: 3 },
      ],
      'en',
    );
    expect(refused).toEqual({
      code: 'HOLDS_APPROVED_VALUES',
      message:
        'A1 holds 6 approved value(s) of 3 indicator(s) and cannot be deleted: approved values are never deleted',
      details: [
        {
          path: 'targets.H1.1',
          code: 'HOLDS_APPROVED_VALUES',
          message: 'H1.1: 5 approved value(s) of 2 indicator(s)',
        },
        {
          path: 'targets.H1.2',
          code: 'HOLDS_APPROVED_VALUES',
          message: 'H1.2: 1 approved value(s) of 1 indicator(s)',
        },
      ],
    });
  });

  it('speaks Turkish by default', () => {
    const refused = holdsApprovedValues('PG1.1.1', [
      { path: 'indicators.PG1.1.1', name: 'PG1.1.1', indicatorId: 'i1', values: 4 },
    ]);
    expect(refused?.message).toBe(
      'PG1.1.1, 1 göstergenin 4 onaylı değerini taşıyor ve silinemez: onaylı değerler hiçbir zaman silinmez',
    );
    expect(refused?.details[0].message).toBe('PG1.1.1: 1 göstergenin 4 onaylı değeri');
  });
});
