import { describe, expect, it } from '@jest/globals';
import type { EconomicCode } from '../../contracts/programme.js';
import { progressInputProblems, progressPeriods } from '../../modules/programmes/activity-progress.js';
import { BILECIK_PROGRAMME_2024, BILECIK_PROGRAMME_YEAR } from './bilecik-programme-2024.js';
import { BILECIK_PROGRESS_2024 } from './bilecik-progress-2024.js';

const activities = BILECIK_PROGRAMME_2024.programmes
  .flatMap((programme) => programme.subProgrammes)
  .flatMap((sub) => sub.goals)
  .flatMap((goal) => goal.activities);

describe('the demo 2024-H1 monitoring of Bilecik Belediyesi’s programme-budget programme', () => {
  it('names activities of the programme, in a period of its year, each once, approved and waiting', () => {
    const keys = BILECIK_PROGRESS_2024.map((entry) => `${entry.activity}|${entry.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of BILECIK_PROGRESS_2024) {
      expect(activities.map((activity) => activity.code)).toContain(entry.activity);
      expect(progressPeriods(BILECIK_PROGRAMME_YEAR)).toContain(entry.period);
    }
    expect(BILECIK_PROGRESS_2024.some((entry) => entry.status === 'approved')).toBe(true);
    expect(BILECIK_PROGRESS_2024.some((entry) => entry.status === 'submitted')).toBe(true);
  });

  it('passes the entry rules, says where the work stands, and spends below the 2024 cost code by code', () => {
    for (const entry of BILECIK_PROGRESS_2024) {
      expect(progressInputProblems({ percent: entry.percent, spending: entry.spending }, 'tr')).toEqual([]);
      expect(entry.note.length).toBeGreaterThan(10);
      const activity = activities.find((item) => item.code === entry.activity);
      for (const [code, spent] of Object.entries(entry.spending)) {
        const cost = activity?.costs.budget?.[code as EconomicCode]?.t ?? 0;
        expect(spent).toBeLessThan(cost);
      }
    }
  });
});
