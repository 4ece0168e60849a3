/**
 * The rules of a public consultation, pure: its phase on an Istanbul calendar day, the order of
 * its dates, which aims and targets a comment may be about, the per-address rate limit and the
 * text a duplicate is judged by. No Nest, TypeORM or clock: the caller passes "today" and "now".
 */
import { createHash } from 'node:crypto';
import type { ConsultationPhase, ConsultationScope } from '../../contracts/consultations.js';

export interface PhaseInput {
  openedAt: Date | null;
  closedAt: Date | null;
  /** First and last day (YYYY-MM-DD, Istanbul), both inclusive. */
  opensOn: string;
  closesOn: string;
}

/**
 * The phase on `today` (YYYY-MM-DD in Istanbul, from clock.ts): not opened → draft; closed by a
 * planner or past its last day → closed; before its first day → scheduled; else open. The last
 * day counts whole: a comment at 23:59 Istanbul time on it is taken, one at 00:00 the next day not.
 */
export function consultationPhase(consultation: PhaseInput, today: string): ConsultationPhase {
  if (consultation.openedAt === null) return 'draft';
  if (consultation.closedAt !== null || today > consultation.closesOn) return 'closed';
  if (today < consultation.opensOn) return 'scheduled';
  return 'open';
}

/** The public sees open and closed consultations; a draft or scheduled one does not exist for it. */
export function isPublicPhase(phase: ConsultationPhase): phase is 'open' | 'closed' {
  return phase === 'open' || phase === 'closed';
}

/** The closing day may not be before the opening day (the same day is a one-day consultation). */
export function datesInOrder(opensOn: string, closesOn: string): boolean {
  return closesOn >= opensOn;
}

/** The aims and targets of the plan, by code, as a comment's subject is checked against them. */
export interface PlanSubjects {
  aims: ReadonlyArray<{ code: string }>;
  targets: ReadonlyArray<{ code: string; aimCode: string }>;
}

/**
 * Whether a comment may be about `code` in a consultation of `scope`: the whole plan takes any
 * aim or target; the aims take an aim; one aim's targets take that aim or one of its targets;
 * the mission and vision take none (a comment there is about them as a whole). `unknown`: the
 * plan has no such aim or target; `out-of-scope`: it has, but the consultation does not cover it.
 */
export function subjectProblem(
  scope: ConsultationScope,
  aimCode: string | null,
  code: string,
  plan: PlanSubjects,
): 'unknown' | 'out-of-scope' | null {
  const aim = plan.aims.find((item) => item.code === code);
  const target = plan.targets.find((item) => item.code === code);
  if (!aim && !target) return 'unknown';
  switch (scope) {
    case 'plan':
      return null;
    case 'aims':
      return aim ? null : 'out-of-scope';
    case 'aim-targets':
      return (aim && aim.code === aimCode) || (target && target.aimCode === aimCode) ? null : 'out-of-scope';
    case 'mission-vision':
      return 'out-of-scope';
  }
}

export interface RateLimit {
  /** Comments one address may send within the window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_COMMENT_RATE_LIMIT: RateLimit = { limit: 5, windowMs: 10 * 60_000 };

/**
 * A sliding window: the address's comments of the last `windowMs` before `now` (any
 * consultation). Under the limit → allowed; at it → refused until the oldest of them leaves the
 * window, in whole seconds rounded up (at least 1), which is what Retry-After says.
 */
export function rateLimitDecision(
  recent: readonly Date[],
  now: Date,
  rule: RateLimit,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const since = now.getTime() - rule.windowMs;
  const inWindow = recent
    .map((at) => at.getTime())
    .filter((at) => at > since)
    .sort((a, b) => a - b);
  if (inWindow.length < rule.limit) return { allowed: true };
  // The oldest comment that must leave for one more to fit.
  const leaving = inWindow[inWindow.length - rule.limit];
  const waitMs = leaving + rule.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/**
 * A comment's text as stored: line endings made \n, control characters other than tab and new
 * line removed, the ends trimmed. It stays text: nothing is interpreted as HTML or a link, and
 * every screen writes it with textContent.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (char) => (char === '\n' || char === '\t' ? char : ''))
    .trim();
}

/**
 * The key a duplicate is judged by: the same words, whatever the case (Turkish casing: I/ı,
 * İ/i), spacing or Unicode composition, are the same comment.
 */
export function duplicateKey(text: string): string {
  const words = cleanText(text).normalize('NFC').toLocaleLowerCase('tr').replace(/\s+/g, ' ');
  return createHash('sha256').update(words).digest('hex');
}

/** The client address as stored for the rate limit: a digest, so the table keeps no IP address. */
export function addressKey(address: string): string {
  return createHash('sha256').update(`pusula-consultation:${address}`).digest('hex');
}
