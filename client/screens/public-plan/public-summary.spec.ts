import { describe, expect, it } from '@jest/globals';
import type { IndicatorProgress, ProgressResponse, TargetProgress } from '../../../src/contracts/progress.js';
import type { PublicIndicator, PublicPlan } from '../../../src/contracts/public.js';
import { aimSummaries, amount, possessive, possessiveSuffix } from './public-summary.js';

function indicator(code: string, name: string, unit: string | null): PublicIndicator {
  return {
    code,
    name,
    unit,
    weight: 25,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets: {},
    chartFromZero: true,
    values: [],
  };
}

const plan: Pick<PublicPlan, 'aims'> = {
  aims: [
    {
      code: 'A1',
      title: 'Yeşil ve erişilebilir bir kent',
      targets: [
        {
          code: 'H1.1',
          title: 'Ağaçlandırma',
          responsibleUnit: 'Park ve Bahçeler',
          indicators: [
            indicator('PG1.1.1', 'Dikilen ağaç sayısı', 'adet'),
            indicator('PG1.1.2', 'Bisiklet yolu uzunluğu', 'km'),
          ],
        },
        {
          code: 'H1.2',
          title: 'Erişilebilirlik',
          responsibleUnit: 'Fen İşleri',
          indicators: [
            indicator('PG1.2.1', 'Engelsiz durakların oranı', '%'),
            indicator('PG1.2.2', 'Yenilenen kaldırım', 'm²'),
          ],
        },
      ],
    },
    {
      code: 'A2',
      title: 'Katılımcı yönetim',
      targets: [
        {
          code: 'H2.1',
          title: 'Toplantılar',
          responsibleUnit: 'Basın',
          indicators: [indicator('PG2.1.1', 'Mahalle toplantısı', null)],
        },
      ],
    },
  ],
};

function figure(
  code: string,
  target: number | null,
  actual: number | null,
  rate: number | null,
  targetBasis: IndicatorProgress['targetBasis'] = 'year-end',
): IndicatorProgress {
  return { code, target, actual, rate, targetBasis } as IndicatorProgress;
}

function target(indicators: IndicatorProgress[], notDue: string[] = []): TargetProgress {
  return {
    indicators,
    excluded: [
      ...indicators
        .filter((item) => item.actual === null && !notDue.includes(item.code))
        .map((item) => ({ code: item.code, reason: 'NO_DATA' as const })),
      ...notDue.map((code) => ({ code, reason: 'NOT_DUE' as const })),
    ],
  } as unknown as TargetProgress;
}

type SummaryProgress = Pick<ProgressResponse, 'period' | 'year' | 'aims'>;

const year2022: SummaryProgress = {
  period: '2022',
  year: 2022,
  aims: [
    {
      targets: [
        // Cumulative trees: C = 15 500 against B = 9 000 → 172.2 %.
        target([figure('PG1.1.1', 9000, 15500, 172.2), figure('PG1.1.2', 20, 12.5, 40)]),
        target([figure('PG1.2.1', 50, 45.5, 80), figure('PG1.2.2', 3000, null, null)]),
      ],
    },
    { targets: [target([figure('PG2.1.1', 12, null, null)])] },
  ] as unknown as ProgressResponse['aims'],
};

describe('the plain-language summary of the public page', () => {
  it('writes a lead sentence and one sentence per indicator with data, without codes or A/B/C', () => {
    const [green, participation] = aimSummaries(plan, year2022, 'tr');
    expect(green).toEqual({
      code: 'A1',
      title: 'Yeşil ve erişilebilir bir kent',
      lead: "Bu amaçta 4 göstergeden 3'ü için 2022 verisi var; 1'i hedefe ulaştı.",
      sentences: [
        'Dikilen ağaç sayısı: 2022 yıl sonunda 15.500 adet (hedef 9.000 adet, %172,2).',
        'Bisiklet yolu uzunluğu: 2022 yıl sonunda 12,5 km (hedef 20 km, %40).',
        'Engelsiz durakların oranı: 2022 yıl sonunda %45,5 (hedef %50, %80).',
      ],
    });
    expect(participation.lead).toBe('Bu amaçtaki 1 göstergenin hiçbiri için 2022 verisi yok.');
    expect(participation.sentences).toEqual([]);
    const text = [green, participation].flatMap((aim) => [aim.lead, ...aim.sentences]).join(' ');
    expect(text).not.toMatch(/\b(A\d|H\d\.\d|PG\d)|\((A|B|C)\)/);
  });

  it('says so in English, with English number formats', () => {
    const [green] = aimSummaries(plan, year2022, 'en');
    expect(green.lead).toBe('3 of the 4 indicators of this aim have data for 2022; 1 reached the target.');
    expect(green.sentences[0]).toBe(
      'Dikilen ağaç sayısı: 15,500 adet at the end of 2022 (target 9,000 adet, 172.2%).',
    );
  });

  it('at 30 June reads against the year-end target, and leaves out indicators not yet due', () => {
    const midYear: SummaryProgress = {
      period: '2023-H1',
      year: 2023,
      aims: [
        {
          targets: [
            target([figure('PG1.1.1', 20000, 19000, 45.1), figure('PG1.1.2', 25, null, null)], ['PG1.1.2']),
            target([figure('PG1.2.1', 60, 61, 102), figure('PG1.2.2', 1000, 1000, 100, 'half-year')], []),
          ],
        },
        { targets: [target([figure('PG2.1.1', 12, null, null)], ['PG2.1.1'])] },
      ] as unknown as ProgressResponse['aims'],
    };
    const [green, participation] = aimSummaries(plan, midYear, 'tr');
    expect(green.lead).toBe(
      "Bu amaçtaki 3 göstergenin tümü için 2023 ilk altı ay verisi var; 2'si hedefe ulaştı.",
    );
    expect(green.sentences).toEqual([
      'Dikilen ağaç sayısı: 30 Haziran 2023 itibarıyla 19.000 adet (yıl sonu hedefi 20.000 adet, %45,1).',
      'Engelsiz durakların oranı: 30 Haziran 2023 itibarıyla %61 (yıl sonu hedefi %60, %102).',
      'Yenilenen kaldırım: 30 Haziran 2023 itibarıyla 1.000 m² (ilk altı ay hedefi 1.000 m², %100).',
    ]);
    expect(participation.lead).toBe('Bu amaçta 2023 ilk altı ay için izlenen gösterge yok.');
  });

  it('says when no indicator with data reached its target, and omits a missing target or rate', () => {
    const progress: SummaryProgress = {
      ...year2022,
      aims: [
        {
          targets: [
            target([figure('PG1.1.1', null, 800, null), figure('PG1.1.2', 20, 10, 50)]),
            target([figure('PG1.2.1', 50, null, null), figure('PG1.2.2', 3000, null, null)]),
          ],
        },
        { targets: [target([figure('PG2.1.1', 12, 3, 25)])] },
      ] as unknown as ProgressResponse['aims'],
    };
    const [green, participation] = aimSummaries(plan, progress, 'tr');
    expect(green.lead).toBe("Bu amaçta 4 göstergeden 2'si için 2022 verisi var; hiçbiri hedefe ulaşmadı.");
    expect(green.sentences[0]).toBe('Dikilen ağaç sayısı: 2022 yıl sonunda 800 adet.');
    expect(participation.sentences).toEqual(['Mahalle toplantısı: 2022 yıl sonunda 3 (hedef 12, %25).']);
  });
});

describe('Turkish counts with the possessive', () => {
  it.each([
    [1, "1'i"],
    [2, "2'si"],
    [3, "3'ü"],
    [4, "4'ü"],
    [6, "6'sı"],
    [9, "9'u"],
    [10, "10'u"],
    [20, "20'si"],
    [40, "40'ı"],
    [100, "100'ü"],
    [1000, "1.000'i"],
    [0, "0'ı"],
  ])('%d → %s', (value, expected) => {
    expect(possessive(value, 'tr')).toBe(expected);
  });

  it('follows the last word the number is read with', () => {
    expect(possessiveSuffix(23)).toBe('ü');
    expect(possessiveSuffix(2_000_000)).toBe('u');
    expect(possessive(12, 'en')).toBe('12');
  });

  it('writes an amount with its unit, a percentage unit as a rate', () => {
    expect(amount(1234.5, 'adet', 'tr')).toBe('1.234,5 adet');
    expect(amount(45, '%', 'tr')).toBe('%45');
    expect(amount(45, '%', 'en')).toBe('45%');
    expect(amount(7, null, 'tr')).toBe('7');
  });
});
