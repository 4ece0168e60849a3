import { describe, expect, it } from '@jest/globals';
import { OPEN_DATA_COLUMNS } from '../../contracts/public.js';
import type { IndicatorProgress, ProgressResponse } from '../../contracts/progress.js';
import {
  assessedPeriodOf,
  assessedPeriodsOf,
  csvField,
  openDataFileName,
  openDataRows,
  toCsv,
  type OpenDataIndicator,
  type OpenDataInput,
} from './open-data.js';

const trees: OpenDataIndicator = {
  aimCode: 'A1',
  aimName: 'Yeşil bir kent',
  targetCode: 'H1.1',
  targetName: 'Ağaçlandırma, "her mahalleye" bir koru',
  code: 'PG1.1.1',
  name: 'Dikilen ağaç sayısı',
  unit: 'adet',
  valueType: 'kumulatif',
  direction: 'artis',
  weight: 60,
  baseline: 1000,
  values: [
    { period: '2022-H1', value: 9300, revised: false, approvedAt: new Date('2022-07-10T08:00:00Z') },
    { period: '2022-H2', value: 5200, revised: true, approvedAt: null },
  ],
};

const input: OpenDataInput = {
  plan: {
    id: 'p-1',
    name: '2020-2024 Stratejik Planı',
    institution: 'Örnek Belediyesi',
    startYear: 2020,
    endYear: 2024,
  },
  indicators: [trees],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

function figure(code: string, target: number, actual: number, rate: number): IndicatorProgress {
  return { code, target, actual, rate } as IndicatorProgress;
}

function progressOf(indicator: IndicatorProgress): Pick<ProgressResponse, 'aims'> {
  return {
    aims: [{ targets: [{ indicators: [indicator] }] }],
  } as unknown as Pick<ProgressResponse, 'aims'>;
}

describe('open data rows', () => {
  it('maps an entry to the assessed period it closes', () => {
    expect(assessedPeriodOf('2022-H1')).toBe('2022-H1');
    expect(assessedPeriodOf('2022-H2')).toBe('2022');
    expect(assessedPeriodOf('2022')).toBe('2022');
    expect(
      assessedPeriodsOf([trees, { ...trees, values: [{ ...trees.values[0], period: '2021' }] }]),
    ).toEqual(['2021', '2022-H1', '2022']);
  });

  it('gives each approved entry the B, C and rate of its assessed period, the entry kept apart', () => {
    const progress = new Map([
      ['2022-H1', progressOf(figure('PG1.1.1', 9000, 10300, 116.3))],
      // Cumulative: C at the year end = A + both halves = 1000 + 9300 + 5200.
      ['2022', progressOf(figure('PG1.1.1', 9000, 15500, 181.3))],
    ]);
    const rows = openDataRows(input, progress);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      plan_id: 'p-1',
      plan_name: '2020-2024 Stratejik Planı',
      institution: 'Örnek Belediyesi',
      period: '2022-H2',
      assessed_period: '2022',
      aim_code: 'A1',
      aim_name: 'Yeşil bir kent',
      target_code: 'H1.1',
      target_name: 'Ağaçlandırma, "her mahalleye" bir koru',
      indicator_code: 'PG1.1.1',
      indicator_name: 'Dikilen ağaç sayısı',
      unit: 'adet',
      value_type: 'kumulatif',
      direction: 'artis',
      weight: 60,
      baseline: 1000,
      target_value: 9000,
      entered_value: 5200,
      actual_value: 15500,
      rate: 181.3,
      revised: true,
      approved_at: null,
    });
    expect(rows[0]).toMatchObject({
      actual_value: 10300,
      rate: 116.3,
      approved_at: '2022-07-10T08:00:00.000Z',
    });
    expect(Object.keys(rows[0])).toEqual([...OPEN_DATA_COLUMNS]);
  });

  it('leaves B, C and the rate empty when the engine has no figure for the period', () => {
    const [row] = openDataRows(
      { ...input, indicators: [{ ...trees, values: [trees.values[0]] }] },
      new Map(),
    );
    expect(row).toMatchObject({ entered_value: 9300, target_value: null, actual_value: null, rate: null });
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields holding a comma, a quote or a line break and doubles the quotes', () => {
    expect(csvField('Park, bahçe')).toBe('"Park, bahçe"');
    expect(csvField('"her mahalleye"')).toBe('"""her mahalleye"""');
    expect(csvField('satır\nsonu')).toBe('"satır\nsonu"');
    expect(csvField('satır\rsonu')).toBe('"satır\rsonu"');
    expect(csvField('Çiğdem Ğ ş İ')).toBe('Çiğdem Ğ ş İ');
  });

  it('writes numbers in machine form, booleans as words and nothing for null', () => {
    expect(csvField(15500)).toBe('15500');
    expect(csvField(-12.25)).toBe('-12.25');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM and the header line, ends every line with CRLF', () => {
    const rows = openDataRows(input, new Map([['2022', progressOf(figure('PG1.1.1', 9000, 15500, 181.3))]]));
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFplan_id,plan_name,institution,period,assessed_period,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, the empty string after the final CRLF
    expect(lines[3]).toBe('');
    expect(lines[2]).toBe(
      'p-1,2020-2024 Stratejik Planı,Örnek Belediyesi,2022-H2,2022,A1,Yeşil bir kent,H1.1,' +
        '"Ağaçlandırma, ""her mahalleye"" bir koru",PG1.1.1,Dikilen ağaç sayısı,adet,kumulatif,artis,' +
        '60,1000,9000,5200,15500,181.3,true,',
    );
    expect(toCsv([])).toBe(`\uFEFF${OPEN_DATA_COLUMNS.join(',')}\r\n`);
  });

  it('names the file by the plan years and id, in ASCII', () => {
    expect(openDataFileName({ id: 'abc', startYear: 2020, endYear: 2024 }, 'csv')).toBe(
      'pusula-acik-veri-2020-2024-abc.csv',
    );
  });
});
