import { describe, expect, it } from '@jest/globals';
import { setLang } from './i18n.js';
import { planStatusLabel, valueStatusLabel } from './labels.js';

describe('plan status labels', () => {
  it('writes a plan past its last year that was never closed as "süresi doldu — kapatılmadı"', () => {
    expect(planStatusLabel({ status: 'yururlukte', expired: true })).toBe('süresi doldu — kapatılmadı');
    expect(planStatusLabel({ status: 'yururlukte', expired: false })).toBe('yürürlükte');
    expect(planStatusLabel({ status: 'kapandi' })).toBe('kapandı');
  });

  it('takes the words of the shared label catalogue in the UI language', () => {
    expect(valueStatusLabel('submitted')).toBe('onaya gönderildi');
    setLang('en');
    try {
      expect(planStatusLabel({ status: 'yururlukte', expired: true })).toBe('term over — not closed');
      expect(valueStatusLabel('submitted')).toBe('submitted');
    } finally {
      setLang('tr');
    }
  });
});
