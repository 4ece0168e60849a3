import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Lang, ValidationIssue, ValidationResponse } from '../../contracts/validation.js';
import { ConflictError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { actorStatement, asActorRefusal } from '../../database/actor.js';
import { istanbulDate } from '../../common/clock.js';
import { effectiveStatus } from './plan-lifecycle.js';
import { toPlanDocument, type PlanRows } from './plan-document.mapper.js';
import { validatePlan, validationResponse } from './plan-rules.js';
import { DRAFT_TOLERATED, errorKeys, issueKey, refuseAddedProblems } from './plan-guards.js';
import { PlanContentCache } from './plan-content-cache.js';
import { contentOf, loadPlanRows, type PlanContent } from './plan-storage.repository.js';
import { sameRows } from './predicted-rows.mapper.js';

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
  /** The content of plans edited with `reload` (card saves), kept between their edits. */
  readonly contentCache = new PlanContentCache<PlanContent>();

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
    return (await this.editAndValidate(planId, lang, change, options)).result;
  }

  /**
   * As `edit`, answering also the plan's rows after the change and their validation (the one the
   * edit was judged by), so a response that shows them reads and validates the plan no more.
   * `reload`: reads the rows after the change when the change knows which few it touched
   * (default: the whole plan again), with the plan's content version after the change (null: the
   * change wrote nothing). A change given one leaves the rows it is handed as they were: they may
   * come from the content cache, which then keeps the rows after the change once the transaction
   * has committed. The plan before the change is validated only when the plan after it has
   * problems that would block, to tell the ones it already had.
   */
  async editAndValidate<R>(
    planId: string,
    lang: Lang,
    change: (manager: EntityManager, rows: PlanRows) => Promise<R>,
    options: {
      lifecycle?: boolean;
      reload?: (manager: EntityManager, before: PlanRows, result: R) => Promise<Reloaded>;
      predict?: (result: R) => PlanRows | null;
    } = {},
  ): Promise<{ result: R; rows: PlanRows; issues: ValidationIssue[] }> {
    let written: { version: string; rows: PlanRows } | null = null;
    const edited = await this.dataSource.transaction(async (manager) => {
      // The audit's actor named, the plan row locked, then every row of the plan read under the
      // lock, in one round trip (the content tables only if the cached content is not current).
      const before = await asActorRefusal(
        loadPlanRows(manager, planId, {
          lock: 'update',
          first: actorStatement(),
          cache: options.reload ? this.contentCache : undefined,
        }),
      );
      const status = effectiveStatus(before.plan);
      if (status === 'kapandi' && !options.lifecycle) {
        throw new ConflictError('PLAN_CLOSED', errorMessage('PLAN_CLOSED', { what: 'content' }, lang));
      }
      // The plan as it was, as a document: a change may alter the rows it is given (one that
      // reloads its own rows leaves them as they were, and the document is made only if needed).
      const beforeDocument = options.reload ? null : toPlanDocument(before);
      const result = await change(manager, before);
      const reload = options.reload;
      const { rows, issues } = await judgedRows(
        reload
          ? reload(manager, before, result).then((reloaded) => {
              if (reloaded.version !== null) written = { version: reloaded.version, rows: reloaded.rows };
              return reloaded.rows;
            })
          : loadPlanRows(manager, planId),
        options.predict?.(result) ?? null,
        lang,
      );
      const wasDraft = status === 'taslak';
      if (blocking(rows, issues, { known: new Set(), wasDraft }).length > 0) {
        const known = new Set(
          errorKeys(validatePlan(beforeDocument ?? toPlanDocument(before), { today: istanbulDate(), lang })),
        );
        refuseAddedProblems(blocking(rows, issues, { known, wasDraft }), lang);
      }
      return { result, rows, issues };
    });
    // Committed: the rows written are the plan's content at the version the write moved it to.
    const committed = written as { version: string; rows: PlanRows } | null;
    if (committed) this.contentCache.put(planId, committed.version, contentOf(committed.rows));
    return edited;
  }
}

/** A change's rows read again after it, with the plan's content version then (null: nothing written). */
export interface Reloaded {
  rows: PlanRows;
  version: string | null;
}

/** How often a prediction of the stored rows held (its judgement kept) and missed (judged again). */
export const predictions = { held: 0, missed: 0 };

/**
 * The rows `stored` answers and their validation. With a prediction, the rules judge it while
 * `stored` is on its way to the database and back; the judgement stands only if the stored rows
 * are the same (`sameRows`), else the stored rows are judged again: what is answered is always the
 * validation of what was stored.
 */
async function judgedRows(
  stored: Promise<PlanRows>,
  predicted: PlanRows | null,
  lang: Lang,
): Promise<{ rows: PlanRows; issues: ValidationIssue[] }> {
  // Settled at once, so a failed write is never an unhandled rejection while the rules run.
  const outcome = stored.then(
    (rows) => ({ rows }),
    (error: unknown) => ({ error }),
  );
  let guess: ValidationIssue[] | null = null;
  if (predicted) {
    // One turn of the event loop: the writes' statements leave for the server first.
    await new Promise((resolve) => setImmediate(resolve));
    guess = validatePlanRows(predicted, lang);
  }
  const answer = await outcome;
  if ('error' in answer) throw answer.error;
  const { rows } = answer;
  if (guess && predicted && sameRows(rows, predicted)) {
    predictions.held += 1;
    return { rows, issues: guess };
  }
  if (guess) predictions.missed += 1;
  return { rows, issues: validatePlanRows(rows, lang) };
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
  assertIssuesHold(after, validatePlanRows(after, lang), lang, before);
}

/** As assertRulesHold, with `issues` the validation of `after` already made. */
function assertIssuesHold(
  after: PlanRows,
  issues: ValidationIssue[],
  lang: Lang,
  before: { known: Set<string>; wasDraft: boolean },
): void {
  refuseAddedProblems(blocking(after, issues, before), lang);
}

/**
 * The error-severity problems of `after` that refuse it: all but those the plan already had
 * (`known`) and, while it is a draft, the incompleteness of DRAFT_TOLERATED.
 */
function blocking(
  after: PlanRows,
  issues: ValidationIssue[],
  before: { known: Set<string>; wasDraft: boolean },
): ValidationIssue[] {
  const draft = effectiveStatus(after.plan) === 'taslak';
  // Leaving the draft status ends every tolerance: what the draft was let off with blocks now.
  const grandfathered = (issue: ValidationIssue): boolean =>
    before.known.has(issueKey(issue)) && !(before.wasDraft && !draft);
  return issues.filter(
    (issue) =>
      issue.severity === 'error' && !grandfathered(issue) && !(draft && DRAFT_TOLERATED.has(issue.code)),
  );
}

/** The plan rules on a plan's rows, as GET …/validation reports them. */
export function validatePlanRows(rows: PlanRows, lang: Lang): ValidationIssue[] {
  return validatePlan(toPlanDocument(rows), { today: istanbulDate(), lang });
}

/** The plan rows' validation as GET …/validation answers it (a target card's read answers it too). */
export function planRowsValidation(planId: string, rows: PlanRows, lang: Lang): ValidationResponse {
  return validationResponse(planId, validatePlanRows(rows, lang));
}
