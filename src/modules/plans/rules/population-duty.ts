/** POPULATION_DUTY: a municipality below the obliged population makes its plan voluntarily. */
import { isObliged, OBLIGED_POPULATION } from '../../../contracts/preparation-timeline.js';
import { at, type RuleChecker } from './rule-context.js';

export { isObliged, OBLIGED_POPULATION };

export const populationDuty: RuleChecker = {
  code: 'POPULATION_DUTY',
  severity: 'warning',
  check({ doc, num }, report) {
    const institution = doc.institution;
    if (
      institution.kind !== 'belediye' ||
      typeof institution.population !== 'number' ||
      institution.population >= OBLIGED_POPULATION
    )
      return;
    report.add(at.institution, 'institution.population', 'POPULATION_DUTY', {
      population: num(institution.population),
      limit: num(OBLIGED_POPULATION),
    });
  },
};
