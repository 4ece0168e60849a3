/**
 * Refusals of plan writes that need no database and that other modules share: a document that
 * would break plan rules it did not break before (400 PLAN_RULES), a code already used (409
 * CODE_TAKEN). Pure: no framework, no I/O.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { BadRequestError, ConflictError } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { validatePlan } from './plan-rules.js';

/**
 * Refuses (400 PLAN_RULES) a plan document with error-severity problems that `before` did not
 * have: a plan update is judged on the plan as it would leave it, before anything is written.
 */
export function assertDocumentKeepsRules(before: PlanDocument, after: PlanDocument, lang: Lang): void {
  const known = new Set(errorKeys(validatePlan(before, { today: istanbulDate(), lang })));
  const added = validatePlan(after, { today: istanbulDate(), lang }).filter(
    (issue) => issue.severity === 'error' && !known.has(issueKey(issue)),
  );
  if (added.length > 0) {
    throw new BadRequestError(
      'PLAN_RULES',
      lang === 'en'
        ? `The change would break ${added.length} plan rule(s); nothing was saved`
        : `Değişiklik ${added.length} plan kuralını bozuyor; hiçbir şey kaydedilmedi`,
      added.map(({ path, code, message }) => ({ path, code, message })),
    );
  }
}

/** CODE_PREFIX: codes are unique inside a plan. */
export function assertCodeFree(codes: string[], code: string): void {
  if (codes.includes(code)) {
    throw new ConflictError('CODE_TAKEN', `Code ${code} is already used in this plan`, [
      { path: 'code', code: 'CODE_PREFIX', message: `Code ${code} is already used in this plan` },
    ]);
  }
}

/** The identity of a rule problem across two validations of the same plan. */
export function issueKey(issue: ValidationIssue): string {
  return `${issue.code}|${issue.message}`;
}

/** The keys of the error-severity problems (warnings never block a write). */
export function errorKeys(issues: ValidationIssue[]): string[] {
  return issues.filter((issue) => issue.severity === 'error').map(issueKey);
}
