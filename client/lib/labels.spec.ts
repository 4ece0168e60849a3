import { describe, expect, it } from '@jest/globals';
import { translate } from './i18n.js';
import { planStatusLabel } from './labels.js';

describe('plan status labels', () => {
  it('writes a plan past its last year that was never closed as "süresi doldu — kapatılmadı"', () => {
    expect(planStatusLabel({ status: 'yururlukte', expired: true })).toBe('süresi doldu — kapatılmadı');
    expect(planStatusLabel({ status: 'yururlukte', expired: false })).toBe('yürürlükte');
    expect(planStatusLabel({ status: 'kapandi' })).toBe('kapandı');
    expect(translate('en', 'common.planStatusExpired')).toBe('term over — not closed');
  });
});
