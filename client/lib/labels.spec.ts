import { describe, expect, it } from '@jest/globals';
import { setLang } from './i18n.js';
import { planStatusLabel, unitNamer, valueStatusLabel } from './labels.js';

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

describe('unit names', () => {
  it('names a unit by its name alone, and by its code only when the list has no name for it', () => {
    const unitName = unitNamer([
      { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü', parent: null },
      { code: 'ESKI', name: '', parent: null },
    ]);
    expect(unitName('PARK')).toBe('Park ve Bahçeler Müdürlüğü');
    expect(unitName('ESKI')).toBe('ESKI');
    expect(unitName('YOK')).toBe('YOK');
  });
});
