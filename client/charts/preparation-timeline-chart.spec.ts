import { describe, expect, it } from '@jest/globals';
import type { PreparationStepResponse } from '../../src/contracts/preparation.js';
import {
  dayNumber,
  isoOfDay,
  monthTicks,
  STEP_COLOURS,
  stepState,
  toTimelineChartConfig,
} from './preparation-timeline-chart.js';

function step(overrides: Partial<PreparationStepResponse>): PreparationStepResponse {
  return {
    id: 's',
    title: 'Durum analizi',
    ownerId: null,
    startDate: '2019-04-01',
    dueDate: '2019-04-30',
    status: 'planned',
    doneDate: null,
    position: 1,
    late: false,
    lateDays: 0,
    version: 1,
    ...overrides,
  };
}

const options = {
  formatMonth: (iso: string) => iso.slice(0, 7),
  label: (item: PreparationStepResponse) => item.title,
  title: (item: PreparationStepResponse) => item.title,
  detail: () => '',
  today: '2019-05-01',
};

describe('the preparation timeline chart', () => {
  it('counts days without a time zone shift, both ways', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2019-09-30') - dayNumber('2019-03-31')).toBe(183);
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('draws each step from its start to the end of its due date, late steps red', () => {
    const steps = [
      step({ id: 'a', status: 'done', doneDate: '2019-04-30' }),
      step({ id: 'b', startDate: '2019-05-01', dueDate: '2019-05-01', late: true, lateDays: 3 }),
      step({ id: 'c', status: 'in-progress', startDate: '2019-05-02', dueDate: '2019-06-01' }),
    ];
    const config = toTimelineChartConfig(steps, options);
    const [dataset] = config.data.datasets;
    expect(dataset.data).toEqual([
      [dayNumber('2019-04-01'), dayNumber('2019-04-30') + 1],
      [dayNumber('2019-05-01'), dayNumber('2019-05-01') + 1],
      [dayNumber('2019-05-02'), dayNumber('2019-06-01') + 1],
    ]);
    expect(dataset.backgroundColor).toEqual([
      STEP_COLOURS.done,
      STEP_COLOURS.late,
      STEP_COLOURS['in-progress'],
    ]);
    expect(stepState(steps[1])).toBe('late');
    // A done step is never late, whatever its dates.
    expect(stepState(step({ status: 'done', late: true }))).toBe('done');
  });

  it('puts ticks on the first of months, few enough not to overlap', () => {
    const ticks = monthTicks(dayNumber('2019-03-31'), dayNumber('2020-01-08'));
    // Quarters: four ticks at most over nine months.
    expect(ticks.map(isoOfDay)).toEqual(['2019-04-01', '2019-07-01', '2019-10-01', '2020-01-01']);
    expect(monthTicks(dayNumber('2019-04-01'), dayNumber('2019-06-15')).map(isoOfDay)).toEqual([
      '2019-04-01',
      '2019-05-01',
      '2019-06-01',
    ]);
  });
});
