import { describe, expect, it } from '@jest/globals';
import {
  hasNote,
  implausibleDetail,
  implausibleNoteMessage,
  judgePlausibility,
  type PlausibilityInput,
} from './plausibility.js';

/** Green area per person (m²): A 6.2, B 6.5 → 8.5, earlier values up to 7.9. */
const greenArea: PlausibilityInput = {
  valueType: 'duzey',
  baseline: 6.2,
  targets: { '2021': 6.5, '2022': 7, '2023': 7.5, '2024': 8, '2025': 8.5 },
  entries: { '2021-H2': 6.6, '2022-H1': 7.2, '2022-H2': 7.9 },
};

describe('plausibility of an entry', () => {
  it('flags a level below half the lowest reference: 3 m² per person against A 6.2', () => {
    expect(judgePlausibility(greenArea, '2023-H1', 3)).toEqual({
      implausible: true,
      compared: 3,
      range: { low: 3.1, high: 17 },
    });
  });

  it('accepts a level inside the range, on its bounds too', () => {
    expect(judgePlausibility(greenArea, '2023-H1', 8.1).implausible).toBe(false);
    expect(judgePlausibility(greenArea, '2023-H1', 3.1).implausible).toBe(false);
    expect(judgePlausibility(greenArea, '2023-H1', 17).implausible).toBe(false);
    expect(judgePlausibility(greenArea, '2023-H1', 17.01).implausible).toBe(true);
  });

  it('counts only earlier values as references, not later ones', () => {
    const withLater = { ...greenArea, entries: { ...greenArea.entries, '2024-H1': 40 } };
    // 30 is above 2 × 8.5 = 17; the later 40 does not widen the range of a 2023 entry.
    expect(judgePlausibility(withLater, '2023-H1', 30).implausible).toBe(true);
    expect(judgePlausibility(withLater, '2024-H2', 30).implausible).toBe(false);
  });

  it('takes its factors from the plan settings', () => {
    expect(judgePlausibility(greenArea, '2023-H1', 4, { low: 0.7, high: 1.5 })).toMatchObject({
      implausible: true,
      range: { low: 6.2 * 0.7, high: 8.5 * 1.5 },
    });
  });

  it('judges a cumulative entry by the C it makes: trees planted, A 1,000', () => {
    const trees: PlausibilityInput = {
      valueType: 'kumulatif',
      baseline: 1000,
      targets: { '2025': 1300, '2026': 1600 },
      entries: { '2025-H1': 100, '2025-H2': 150 },
    };
    // C = 1,000 + 100 + 150 + 200 = 1,450: plausible.
    expect(judgePlausibility(trees, '2026-H1', 200)).toMatchObject({ implausible: false, compared: 1450 });
    // A typing slip of 20,000: C = 21,250 > 2 × 1,600.
    expect(judgePlausibility(trees, '2026-H1', 20000)).toMatchObject({ implausible: true, compared: 21250 });
    // A negative amount that takes C under half of A.
    expect(judgePlausibility(trees, '2026-H1', -900).implausible).toBe(true);
  });

  it('does not judge a cumulative entry whose earlier entries have a gap, or without a baseline', () => {
    const gap: PlausibilityInput = {
      valueType: 'kumulatif',
      baseline: 1000,
      targets: { '2025': 1300 },
      entries: { '2025-H1': 100 },
    };
    expect(judgePlausibility(gap, '2026-H1', 99999)).toEqual({
      implausible: false,
      compared: null,
      range: null,
    });
    expect(judgePlausibility({ ...gap, baseline: null }, '2025-H2', 99999).compared).toBeNull();
    // Yearly entries run one year apart.
    const yearly: PlausibilityInput = { ...gap, entries: { '2025': 100 } };
    expect(judgePlausibility(yearly, '2026', 99999).implausible).toBe(true);
  });

  it('compares a half-year flow as a flow per year', () => {
    const events: PlausibilityInput = {
      valueType: 'donemsel',
      baseline: 8,
      targets: { '2025': 10, '2026': 12 },
      entries: { '2025-H1': 4, '2025-H2': 5 },
    };
    // 3 events in a half year is 6 a year: above half of 8, plausible although 3 < 4.
    expect(judgePlausibility(events, '2026-H1', 3)).toMatchObject({ implausible: false, compared: 6 });
    // 1 in a half year is 2 a year: below 4.
    expect(judgePlausibility(events, '2026-H1', 1).implausible).toBe(true);
    // 13 in a half year is 26 a year: above 2 × 12.
    expect(judgePlausibility(events, '2026-H1', 13).implausible).toBe(true);
  });

  it('catches a negative entry where every reference is 0 or more, and sets no high bound at 0', () => {
    const accidents: PlausibilityInput = {
      valueType: 'duzey',
      baseline: 0,
      targets: { '2025': 0 },
      entries: {},
    };
    expect(judgePlausibility(accidents, '2025', -1).implausible).toBe(true);
    expect(judgePlausibility(accidents, '2025', 5)).toEqual({
      implausible: false,
      compared: 5,
      range: { low: 0, high: null },
    });
  });

  it('does not judge without any reference or with a period it cannot read', () => {
    const bare: PlausibilityInput = { valueType: 'duzey', baseline: null, targets: {}, entries: {} };
    expect(judgePlausibility(bare, '2025', 1e9).implausible).toBe(false);
    expect(judgePlausibility(greenArea, 'yıl sonu', 1e9).implausible).toBe(false);
  });
});

describe('implausible entry messages', () => {
  const result = judgePlausibility(
    { valueType: 'duzey', baseline: 6.2, targets: { '2023': 7 }, entries: { '2022-H2': 7.9 } },
    '2023-H1',
    3,
  );

  it('names the range expected, in Turkish numbers or English ones', () => {
    // Lowest reference 6.2 × 0.5 = 3.1; highest 7.9 × 2 = 15.8.
    expect(result).toEqual({ implausible: true, compared: 3, range: { low: 3.1, high: 15.8 } });
    expect(implausibleNoteMessage('PG2.1.1', '2023-H1', 3, result, 'tr')).toBe(
      'PG2.1.1 2023 ara dönem: 3 olağan dışı görünüyor (beklenen aralık 3,1 – 15,8); yine de kaydetmek için bir açıklama yazın',
    );
    expect(implausibleNoteMessage('PG2.1.1', '2023-H1', 3, result, 'en')).toContain(
      'expected range 3.1 – 15.8',
    );
  });

  it('gives the detail the figure compared and the range, and a one-sided range in words', () => {
    expect(implausibleDetail('note', 'PG2.1.1', '2023-H1', 3, result, 'tr')).toMatchObject({
      path: 'note',
      code: 'VALUE_IMPLAUSIBLE_NOTE',
      value: 3,
      compared: 3,
      range: { low: 3.1, high: 15.8 },
    });
    const oneSided = (range: { low: number | null; high: number | null }, lang: 'tr' | 'en'): string =>
      implausibleNoteMessage('PG2.1.1', '2023', 30, { implausible: true, compared: 30, range }, lang);
    expect(oneSided({ low: null, high: 20 }, 'tr')).toContain('(beklenen aralık en çok 20)');
    expect(oneSided({ low: 2.5, high: null }, 'en')).toContain('(expected range at least 2.5)');
  });

  it('counts a note only when it says something', () => {
    expect(hasNote('  ')).toBe(false);
    expect(hasNote(undefined)).toBe(false);
    expect(hasNote('Sayım yenilendi')).toBe(true);
  });
});
