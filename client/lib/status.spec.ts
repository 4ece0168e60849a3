import { describe, expect, it } from '@jest/globals';
import { statusOf, thresholdsOf } from './status.js';

describe('rate status bands', () => {
  it('uses the plan settings when given, else the API defaults (85 / 50)', () => {
    expect(thresholdsOf({ statusThresholds: { good: 90, warning: 60 } })).toEqual({ good: 90, warning: 60 });
    expect(thresholdsOf({})).toEqual({ good: 85, warning: 50 });
    expect(thresholdsOf(null)).toEqual({ good: 85, warning: 50 });
  });

  it('puts a rate on a band boundary in the better band', () => {
    const thresholds = { good: 85, warning: 50 };
    expect(statusOf(85, thresholds)).toBe('good');
    expect(statusOf(84.9, thresholds)).toBe('warning');
    expect(statusOf(50, thresholds)).toBe('warning');
    expect(statusOf(-20, thresholds)).toBe('poor');
    expect(statusOf(150, thresholds)).toBe('good');
  });

  it('gives no data its own status, never "poor"', () => {
    expect(statusOf(null, { good: 85, warning: 50 })).toBe('none');
    expect(statusOf(0, { good: 85, warning: 50 })).toBe('poor');
  });
});
