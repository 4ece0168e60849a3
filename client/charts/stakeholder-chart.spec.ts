import { describe, expect, it } from '@jest/globals';
import { matrixPoints, quadrantSplit, toStakeholderChartConfig } from './stakeholder-chart.js';

const label = (strategy: string): string => `<${strategy}>`;
const axis = { importance: 'Önem', influence: 'Etki' };

describe('stakeholder matrix chart', () => {
  it('puts each stakeholder in the quadrant of its strategy at the plan threshold', () => {
    const points = matrixPoints(
      [
        { name: 'Valilik', importance: 5, influence: 5 },
        { name: 'Muhtarlar', importance: 2, influence: 4 },
        { name: 'Esnaf', importance: 4, influence: 1 },
        { name: 'Basın', importance: 1, influence: 2 },
      ],
      3,
    );
    expect(points.map((point) => point.strategy)).toEqual([
      'birlikte-calis',
      'cikarlarini-gozet',
      'bilgilendir',
      'izle',
    ]);
  });

  it('moves the split with the threshold: at 4 a score of 3 is low', () => {
    expect(quadrantSplit(4)).toBe(3.5);
    expect(matrixPoints([{ name: 'Üniversite', importance: 3, influence: 3 }], 4)[0]?.strategy).toBe('izle');
  });

  it('joins stakeholders with the same scores into one larger point naming them all', () => {
    const config = toStakeholderChartConfig(
      [
        { name: 'Valilik', importance: 5, influence: 5 },
        { name: 'Kaymakamlık', importance: 5, influence: 5 },
        { name: 'Basın', importance: 1, influence: 2 },
      ],
      { threshold: 3, strategyLabel: label, axis },
    );
    const [dataset] = config.data.datasets;
    expect(dataset?.data).toEqual([
      { x: 5, y: 5, names: ['Valilik', 'Kaymakamlık'], strategy: 'birlikte-calis' },
      { x: 1, y: 2, names: ['Basın'], strategy: 'izle' },
    ]);
    expect(dataset?.pointRadius).toEqual([8, 6]);
    expect(config.options?.scales?.x?.min).toBe(0.5);
    expect(config.options?.scales?.y?.max).toBe(5.5);
  });
});
