import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { BadRequestError, ConflictError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { setActor } from '../../database/actor.js';
import { today } from './plan-document.service.js';
import { effectiveStatus, toPlanDocument, type PlanRows } from './plan-document.mapper.js';
import type { Plan } from './plan.entity.js';
import { validatePlan } from './plan-rules.js';
import { contentLockError, type LockedChange } from './plan-content-lock.js';
import { holdsApprovedValues, type ApprovedValueRow } from './approved-values.js';
import { fitsLimit, overLimitMessage, type PlanLimit } from './plan-limits.js';
import { loadPlanRows, lockPlan } from './plan-storage.repository.js';

/**
 * While a plan is a draft it is built one record at a time, so a target may still lack
 * indicators and weights may not yet sum to 100; from submission on these block too.
 */
const DRAFT_TOLERATED = new Set(['TARGET_HAS_INDICATOR', 'WEIGHTS_SUM']);

/**
 * Runs one-by-one edits of a plan under the rules of domain.md 5: in one transaction, with the
 * plan row locked, the edit is applied and the plan validated again; an edit that adds an
 * error-severity problem is rolled back with 400 PLAN_RULES listing what it would break.
 * Problems the plan already had (e.g. a draft past ELECTION_DEADLINE) do not block other edits,
 * but a plan leaving the draft status must break no error rule at all (domain.md 5: errors block
 * submission). A closed plan (kapandı) is not edited: 409 PLAN_CLOSED.
 */
@Injectable()
export class PlanEditorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `lifecycle`: the change is a lifecycle step (plan-lifecycle.ts), which answers a closed plan
   * itself with PLAN_STATUS; every other edit of a closed plan is refused with PLAN_CLOSED.
   */
  async edit<R>(
    planId: string,
    lang: Lang,
    change: (manager: EntityManager, rows: PlanRows) => Promise<R>,
    options: { lifecycle?: boolean } = {},
  ): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await lockPlan(manager, planId);
      const before = await loadPlanRows(manager, planId);
      const status = effectiveStatus(before.plan);
      if (status === 'kapandi' && !options.lifecycle) {
        throw new ConflictError('PLAN_CLOSED', errorMessage('PLAN_CLOSED', { what: 'content' }, lang));
      }
      const known = new Set(errorKeys(validateRows(before, lang)));
      const result = await change(manager, before);
      assertRulesHold(await loadPlanRows(manager, planId), lang, {
        known,
        wasDraft: status === 'taslak',
      });
      return result;
    });
  }
}

/**
 * Refuses (400 PLAN_RULES) a plan state with error-severity problems, except those the plan
 * already had (`known`) and, while it is a draft, the incompleteness of DRAFT_TOLERATED.
 */
export function assertRulesHold(
  after: PlanRows,
  lang: Lang,
  before: { known: Set<string>; wasDraft: boolean } = { known: new Set(), wasDraft: false },
): void {
  const draft = effectiveStatus(after.plan) === 'taslak';
  // Leaving the draft status ends every tolerance: what the draft was let off with blocks now.
  const grandfathered = (issue: ValidationIssue): boolean =>
    before.known.has(key(issue)) && !(before.wasDraft && !draft);
  const added = validateRows(after, lang).filter(
    (issue) =>
      issue.severity === 'error' && !grandfathered(issue) && !(draft && DRAFT_TOLERATED.has(issue.code)),
  );
  if (added.length > 0) {
    throw new BadRequestError(
      'PLAN_RULES',
      errorMessage('PLAN_RULES', { count: added.length }, lang),
      added.map(({ path, code, message }) => ({ path, code, message })),
    );
  }
}

/**
 * Refuses (400 PLAN_RULES) a plan document with error-severity problems that `before` did not
 * have: a plan update is judged on the plan as it would leave it, before anything is written.
 */
export function assertDocumentKeepsRules(before: PlanDocument, after: PlanDocument, lang: Lang): void {
  const known = new Set(errorKeys(validatePlan(before, { today: today(), lang })));
  const added = validatePlan(after, { today: today(), lang }).filter(
    (issue) => issue.severity === 'error' && !known.has(key(issue)),
  );
  if (added.length > 0) {
    throw new BadRequestError(
      'PLAN_RULES',
      errorMessage('PLAN_RULES', { count: added.length }, lang),
      added.map(({ path, code, message }) => ({ path, code, message })),
    );
  }
}

/**
 * A plan submitted to the council or in force changes its content only through a plan update
 * (plan-content-lock.ts): 409 of the *_VIA_UPDATE family listing what the write would change.
 * A draft takes every change; `changes` lists only what really differs from the stored plan.
 */
export function assertContentEditable(plan: Plan, changes: readonly LockedChange[], lang: Lang): void {
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
  rows: PlanRows,
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

function validateRows(rows: PlanRows, lang: Lang): ValidationIssue[] {
  return validatePlan(toPlanDocument(rows), { today: today(), lang });
}

function key(issue: ValidationIssue): string {
  return `${issue.code}|${issue.message}`;
}

function errorKeys(issues: ValidationIssue[]): string[] {
  return issues.filter((issue) => issue.severity === 'error').map(key);
}
