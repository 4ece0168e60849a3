/**
 * Refusals of plan writes that need no database, shared by the plan editor and the indicators:
 * a document that would break plan rules it did not break before (400 PLAN_RULES), a code
 * already used (409 CODE_TAKEN), content locked by the plan's status (409 *_VIA_UPDATE), a full
 * size limit (409 PLAN_LIMIT), approved values about to be deleted (409 HOLDS_APPROVED_VALUES).
 * Pure: no framework, no I/O.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, getByCode } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { errorMessage } from '../../common/messages/index.js';
import { holdsApprovedValues, type ApprovedValueRow } from './approved-values.js';
import { contentLockError, type LockedChange } from './plan-content-lock.js';
import { effectiveStatus, type PlanStatusFacts } from './plan-lifecycle.js';
import { fitsLimit, overLimitMessage, type PlanLimit } from './plan-limits.js';
import { validatePlan } from './plan-rules.js';

/**
 * Refuses (400 PLAN_RULES) a plan document with error-severity problems that `before` did not
 * have: a plan update is judged on the plan as it would leave it, before anything is written.
 */
/**
 * While a plan is a draft it is built one record at a time, so a target may still lack
 * indicators, baselines or yearly targets and weights may not yet sum to 100; from submission on
 * these block too.
 */
export const DRAFT_TOLERATED: ReadonlySet<string> = new Set(['TARGET_HAS_INDICATOR', 'WEIGHTS_SUM']);

/**
 * The problems that refuse storing a copied plan (POST …/copy): every error, except the
 * incompleteness a draft is let off (DRAFT_TOLERATED), as one-by-one edits of a draft are. An
 * imported document is held to every error rule.
 */
export function storingErrors(issues: ValidationIssue[], document: PlanDocument): ValidationIssue[] {
  const { plan } = document;
  const draft =
    effectiveStatus({
      status: plan.status ?? null,
      submittedToCouncil: plan.submittedToCouncil ?? null,
      councilDecisionDate: plan.councilDecision?.date ?? null,
      councilDecisionNumber: plan.councilDecision?.number ?? null,
    }) === 'taslak';
  return issues.filter((issue) => issue.severity === 'error' && !(draft && DRAFT_TOLERATED.has(issue.code)));
}

/** 400 PLAN_INVALID: a whole document (an import, a copy) breaks these error rules; nothing is stored. */
export function planInvalid(errors: ValidationIssue[], lang: Lang): BadRequestError {
  return new BadRequestError(
    'PLAN_INVALID',
    errorMessage('PLAN_INVALID', { count: errors.length }, lang),
    errors.map(({ path, code, message }) => ({ path, code, message })),
  );
}

export function assertDocumentKeepsRules(before: PlanDocument, after: PlanDocument, lang: Lang): void {
  const known = new Set(errorKeys(validatePlan(before, { today: istanbulDate(), lang })));
  const added = validatePlan(after, { today: istanbulDate(), lang }).filter(
    (issue) => issue.severity === 'error' && !known.has(issueKey(issue)),
  );
  refuseAddedProblems(added, lang);
}

/** Refuses (400 PLAN_RULES) a write that adds the error-severity problems `added`, listing them. */
export function refuseAddedProblems(added: ValidationIssue[], lang: Lang): void {
  if (added.length > 0) {
    throw new BadRequestError(
      'PLAN_RULES',
      errorMessage('PLAN_RULES', { count: added.length }, lang),
      added.map(({ path, code, message }) => ({ path, code, message })),
    );
  }
}

/** CODE_PREFIX: codes are unique inside a plan, among its aims, targets and indicators alike. */
export function assertCodeFree(
  rows: Readonly<Record<'aims' | 'targets' | 'indicators', ReadonlyArray<{ code: string }>>>,
  code: string,
): void {
  if (
    [rows.aims, rows.targets, rows.indicators].some((records) => records.some((item) => item.code === code))
  ) {
    throw new ConflictError('CODE_TAKEN', { code }, [
      { path: 'code', code: 'CODE_PREFIX', message: errorMessage('CODE_TAKEN', { code }) },
    ]);
  }
}

/**
 * The aim or target a new record goes under, named by `code` in the request's `path` field: 400
 * UNKNOWN_AIM or UNKNOWN_TARGET when the plan has none of that code.
 */
export function parentByCode<T extends { code: string }>(
  parents: readonly T[],
  code: string,
  unknown: 'UNKNOWN_AIM' | 'UNKNOWN_TARGET',
  path: string,
): T {
  return getByCode(
    parents,
    code,
    () =>
      new BadRequestError(unknown, { code }, [
        { path, code: unknown, message: errorMessage(unknown, { code }) },
      ]),
  );
}

/**
 * A plan submitted to the council or in force changes its content only through a plan update
 * (plan-content-lock.ts): 409 of the *_VIA_UPDATE family listing what the write would change.
 * A draft takes every change; `changes` lists only what really differs from the stored plan.
 */
export function assertContentEditable(
  plan: PlanStatusFacts & { id: string },
  changes: readonly LockedChange[],
  lang: Lang,
): void {
  const refused = contentLockError({ id: plan.id, status: effectiveStatus(plan) }, changes, lang);
  if (refused) throw new ConflictError(refused.code, refused.message, refused.details);
}

/**
 * 409 PLAN_LIMIT when `count` records of a kind already fill its limit (plan-limits.ts): adding
 * one more would pass it. The detail is at `path` of the request.
 */
export function assertRoom(limit: PlanLimit, count: number, path: string, lang: Lang, adding = 1): void {
  if (fitsLimit(limit, count, adding)) return;
  const message = overLimitMessage(limit, count + adding, lang);
  throw new ConflictError('PLAN_LIMIT', message, [{ path, code: 'PLAN_LIMIT', message }]);
}

/**
 * 409 HOLDS_APPROVED_VALUES (approved-values.ts) when the aim, target or indicator about to be
 * deleted holds approved values, whatever the plan's status; the details name the holders one
 * level down (an aim's targets, a target's indicators, the indicator itself) with their counts.
 */
export function assertHoldsNoApprovedValues(
  rows: {
    values: ReadonlyArray<{ status: string; indicatorId: string }>;
    targets: ReadonlyArray<{ id: string; code: string; aimId: string }>;
    indicators: ReadonlyArray<{ id: string; code: string; targetId: string }>;
  },
  doomed: { kind: 'aim' | 'target' | 'indicator'; id: string; code: string },
  lang: Lang,
): void {
  const approved = new Map<string, number>();
  for (const value of rows.values) {
    if (value.status === 'approved')
      approved.set(value.indicatorId, (approved.get(value.indicatorId) ?? 0) + 1);
  }
  const targets = new Map(rows.targets.map((target) => [target.id, target]));
  const holders: ApprovedValueRow[] = [];
  // In plan order (indicators are loaded by position), so the details read like the plan.
  for (const indicator of rows.indicators) {
    const values = approved.get(indicator.id);
    const target = targets.get(indicator.targetId);
    if (!values || !target) continue;
    const inside =
      doomed.kind === 'indicator'
        ? indicator.id === doomed.id
        : doomed.kind === 'target'
          ? target.id === doomed.id
          : target.aimId === doomed.id;
    if (!inside) continue;
    const holder =
      doomed.kind === 'aim'
        ? { path: `targets.${target.code}`, name: target.code }
        : { path: `indicators.${indicator.code}`, name: indicator.code };
    holders.push({ ...holder, indicatorId: indicator.id, values });
  }
  const refused = holdsApprovedValues(doomed.code, holders, lang);
  if (refused) throw new ConflictError(refused.code, refused.message, refused.details);
}

/** The identity of a rule problem across two validations of the same plan. */
export function issueKey(issue: ValidationIssue): string {
  return `${issue.code}|${issue.message}`;
}

/** The keys of the error-severity problems (warnings never block a write). */
export function errorKeys(issues: ValidationIssue[]): string[] {
  return issues.filter((issue) => issue.severity === 'error').map(issueKey);
}
