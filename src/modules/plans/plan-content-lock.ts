/**
 * A plan submitted to the council or in force keeps its content (issue 9, point 2): on a plan in
 * force every change of structure or content goes through a plan update (güncelleme) that the
 * institution's administrator approves (plan-updates.ts), and a plan with the council is what the
 * council votes on. One-by-one writes name what they would change; this file decides whether that
 * is allowed and, if not, builds the 409 of the *_VIA_UPDATE family. Pure: no framework, no I/O.
 *
 * Kinds of change, and the part of a plan update (POST …/updates) that carries each:
 * - `targets`: yearly targets of an indicator → the update's `targets` (TARGETS_VIA_UPDATE);
 * - `weights`: an indicator's weight → `weights` (WEIGHTS_VIA_UPDATE);
 * - `indicators`: a new indicator → `indicators` (INDICATORS_VIA_UPDATE);
 * - `cards`: a card's cost estimate, risks, controls, strategies, findings, needs → `cards`
 *   (CARDS_VIA_UPDATE);
 * - `content`: anything an update keeps (UPDATE_RULES: mission, vision, aims; and what no update
 *   carries: core values, the plan's title, years, costing and rate settings, a target's title,
 *   units and activities, an indicator's other fields, every deletion) (CONTENT_VIA_UPDATE).
 *
 * An indicator's chart axis (chartFromZero) is a presentation setting, not content: it is no
 * change of this file's and may be set in any status but closed.
 */
import type { ErrorCode } from '../../contracts/error-codes.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { PlanStatus } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

export type LockedKind = 'targets' | 'weights' | 'indicators' | 'cards' | 'content';

/** One change a write would make: `subject` is a code (PG1.1.1, H1.1, A1) or a field name. */
export interface LockedChange {
  kind: LockedKind;
  action: 'create' | 'change' | 'delete';
  /** The request path of the change (a body field, or `code` for a whole record). */
  path: string;
  subject: string;
}

export interface ContentLockError {
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
}

/** Statuses whose content is locked: with the council, or in force. */
export const LOCKED_STATUSES: readonly PlanStatus[] = ['meclis-onayinda', 'yururlukte'];

const DETAIL_CODE: Record<LockedKind, ErrorCode> = {
  targets: 'TARGETS_VIA_UPDATE',
  weights: 'WEIGHTS_VIA_UPDATE',
  indicators: 'INDICATORS_VIA_UPDATE',
  cards: 'CARDS_VIA_UPDATE',
  content: 'CONTENT_VIA_UPDATE',
};

/** The update field that carries a kind of change. */
const UPDATE_FIELD: Record<Exclude<LockedKind, 'content'>, string> = {
  targets: 'targets',
  weights: 'weights',
  indicators: 'indicators',
  cards: 'cards',
};

/**
 * Null when the plan may take these changes in place (a draft, or nothing changes); otherwise the
 * 409 to answer: the code of the kind when every change is of one kind, CONTENT_VIA_UPDATE when
 * they are of several; one detail per change. A closed plan is PlanEditorService's (PLAN_CLOSED).
 */
export function contentLockError(
  plan: { id: string; status: PlanStatus },
  changes: readonly LockedChange[],
  lang: Lang = 'tr',
): ContentLockError | null {
  if (!LOCKED_STATUSES.includes(plan.status) || changes.length === 0) return null;
  const route = `POST /api/plans/${plan.id}/updates`;
  const details = changes.map((change) => ({
    path: change.path,
    code: DETAIL_CODE[change.kind],
    message: changeMessage(change, lang),
  }));
  const codes = new Set(details.map((detail) => detail.code));
  const code = codes.size === 1 ? details[0].code : 'CONTENT_VIA_UPDATE';
  const withdraw = `POST /api/plans/${plan.id}/lifecycle/withdraw`;
  const message = detailMessage(
    plan.status === 'meclis-onayinda' ? 'CONTENT_LOCK.submitted' : 'CONTENT_LOCK.inForce',
    { status: plan.status, route, withdraw },
    lang,
  );
  return { code, message, details };
}

function changeMessage(change: LockedChange, lang: Lang): string {
  const field = change.kind === 'content' ? undefined : UPDATE_FIELD[change.kind];
  return detailMessage(
    'CONTENT_LOCK.change',
    { action: change.action, subject: change.subject, field },
    lang,
  );
}

/**
 * Is a value sent the one stored (a form sending a field back unchanged changes nothing)? Equal as
 * JSON: lists in order, objects with the same keys and values in any key order; null, a field
 * left out, an empty list and an empty object are all "nothing" (a response gives unset lists as
 * [] and an unset cost estimate as {}).
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, item]): [string, unknown] => [key, canonical(item)])
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value ?? null;
}
