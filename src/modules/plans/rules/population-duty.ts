/** POPULATION_DUTY: a municipality below the obliged population makes its plan voluntarily. */
import type { InstitutionDoc } from '../../../contracts/plan-document.js';
import { at, type RuleChecker } from './rule-context.js';

/** POPULATION_DUTY: Law 5393 art. 41 obliges municipalities of 50,000 or more (exactly 50,000 too). */
export const OBLIGED_POPULATION = 50000;

/**
 * Must this institution make a strategic plan? Metropolitan municipalities always,
 * municipalities of 50,000 or more (or of unknown population), nobody else.
 */
export function isObliged(institution: Pick<InstitutionDoc, 'kind' | 'population'>): boolean {
  if (institution.kind === 'buyuksehir') return true;
  if (institution.kind !== 'belediye') return false;
  const population = institution.population;
  return population === undefined || population === null || population >= OBLIGED_POPULATION;
}

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
