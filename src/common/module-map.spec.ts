import { describe, expect, it } from '@jest/globals';
import { boundaryProblem, isRoleFile, MODULES, pureProblem } from '../../scripts/module-map.js';

// The logic of the lint rules pusula/module-boundaries and pusula/pure-imports; that the config
// runs them is checked by `node scripts/module-map.js --check` (npm run lint).
describe('module map', () => {
  it('lets a module import the exposed files of a module it uses', () => {
    expect(
      boundaryProblem('src/modules/indicators/indicators.service.ts', '../plans/plan-guards.js', [
        'assertRoom',
      ]),
    ).toBeNull();
    expect(
      boundaryProblem(
        'src/modules/periods/periods.controller.ts',
        '../indicators/indicator-values.service.js',
        ['IndicatorValuesService'],
      ),
    ).toBeNull();
    expect(
      boundaryProblem('src/modules/plans/rules/weights-sum.ts', '../../periods/period-keys.js', [
        'planYears',
      ]),
    ).toBeNull();
  });

  it('refuses a module the map does not let the importer use', () => {
    expect(
      boundaryProblem('src/modules/questions/questions.service.ts', '../indicators/value-rules.js', [
        'blankToNull',
      ]),
    ).toMatch(/questions may not use indicators/);
  });

  it('refuses a file that is not on the used module’s public surface', () => {
    expect(
      boundaryProblem('src/modules/public/public.service.ts', '../plans/plan.mapper.js', ['toPlanResponse']),
    ).toMatch(/plans\/plan.mapper.ts is not on plans's public surface/);
  });

  it('takes only classes and types from another module’s services, modules and controllers', () => {
    expect(
      boundaryProblem(
        'src/modules/target-card-import/target-card-import.service.ts',
        '../plans/plan-document.service.js',
        ['PlanDocumentService', 'today'],
      ),
    ).toMatch(/not today/);
    expect(
      boundaryProblem('src/modules/reports/reports.service.ts', '../progress/progress.service.js', null),
    ).toMatch(/not \*/);
  });

  it('keeps the shared layers under the modules and lets tests reach into any module', () => {
    expect(
      boundaryProblem('src/common/validation.ts', '../modules/plans/plan-limits.js', ['PLAN_LIMITS']),
    ).toMatch(/imports none/);
    expect(boundaryProblem('src/contracts/progress.ts', '../common/clock.js', ['istanbulDate'])).toMatch(
      /imports nothing else/,
    );
    expect(boundaryProblem('src/modules/plans/plan.mapper.ts', '../../bench/run.js', null)).toMatch(
      /imports only modules/,
    );
    expect(
      boundaryProblem(
        'src/modules/reports/rate-sheets.spec.ts',
        '../target-card-import/target-cards-reader.js',
        null,
      ),
    ).toBeNull();
  });

  it('refuses framework glue in a pure file, even for a type', () => {
    expect(pureProblem('src/modules/progress/progress-engine.ts', '../plans/plan.entity.js')).toMatch(
      /framework glue/,
    );
    expect(pureProblem('src/modules/plans/plan-rules.ts', './dto/plan.dto.js')).toMatch(/framework glue/);
    expect(pureProblem('src/modules/plans/plan-rules.ts', './plan-limits.js')).toBeNull();
    expect(pureProblem('src/modules/plans/plan.mapper.ts', './plan.entity.js')).toBeNull();
    expect(isRoleFile('rules/index.ts')).toBe(false);
    expect(isRoleFile('indicator-values.service.spec.ts')).toBe(true);
  });

  it('names only modules it knows as used', () => {
    for (const entry of Object.values(MODULES)) {
      for (const used of entry.uses) expect(Object.keys(MODULES)).toContain(used);
    }
  });
});
