import { describe, expect, it } from '@jest/globals';
import { fieldName } from './field-labels.js';

describe('fieldName', () => {
  it.each([
    ['title', 'Başlık', 'Title'],
    ['indicators[2].weight', 'Hedefe etkisi (3. gösterge)', 'Weight in the target (indicator 3)'],
    ['indicators[2].targets.2026', 'Yıllık hedef 2026 (3. gösterge)', 'Yearly target 2026 (indicator 3)'],
    ['activities[0].cost.2025', 'Maliyet 2025 (1. faaliyet)', 'Cost 2025 (activity 1)'],
    ['risks[3]', '4. risk', 'risk 4'],
    ['indicatorWeights.PG1.1.1', 'Gösterge ağırlığı PG1.1.1', 'Indicator weight PG1.1.1'],
    ['position', 'Sıra', 'Position'],
  ])('names %s by its label and the items it is in', (path, tr, en) => {
    expect(fieldName(path, 'tr')).toBe(tr);
    expect(fieldName(path, 'en')).toBe(en);
  });

  it('answers a path whose property has no label as it is', () => {
    expect(fieldName('pageSize', 'tr')).toBe('pageSize');
    expect(fieldName('child.extra', 'tr')).toBe('child.extra');
  });
});
