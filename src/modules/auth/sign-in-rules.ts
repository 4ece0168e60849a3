/**
 * The sign-in rules of issue 9, point 1, as plain numbers and decisions; AuthService applies
 * them with one atomic statement per attempt (the counters live in PostgreSQL).
 *
 * - Per e-mail and client address: every attempt first reserves a number in its window; only
 *   numbers 1 to 5 have their password checked, so the sixth guess is never checked whatever
 *   the concurrency. The fifth failure locks that e-mail for that address for 15 minutes; a
 *   success resets the counter. A window without a lock ends 15 minutes after its first attempt.
 * - Per e-mail across addresses: once 10 failures fall within 15 minutes, every further attempt
 *   waits before its password is checked: 1 s at 10 failures, doubling with each further one,
 *   at most 30 s. A wait, not a refusal: the owner can still sign in from an address that has
 *   not failed.
 *
 * - Per client address, before any of the above: at most 50 attempts in a one-minute window
 *   (whatever the e-mails), counted in PostgreSQL, so spraying many e-mails from one address
 *   ends there on every instance.
 *
 * Everything is keyed by the e-mail as typed (normalised), never by user id, so an e-mail that
 * has no account answers exactly like one that has.
 */
export interface SignInRules {
  /** Failed password checks of one e-mail from one address that lock it there. */
  failuresPerAddress: number;
  lockMinutes: number;
  /** Window of the per-address counter and of the failures the delay counts. */
  windowMinutes: number;
  /** Failures of one e-mail (all addresses) within the window from which attempts wait. */
  delayFromFailures: number;
  delayBaseMs: number;
  delayCapMs: number;
  /** Attempts one client address may make in one window of `addressWindowSeconds`. */
  attemptsPerAddress: number;
  addressWindowSeconds: number;
}

export const SIGN_IN_RULES: SignInRules = {
  failuresPerAddress: 5,
  lockMinutes: 15,
  windowMinutes: 15,
  delayFromFailures: 10,
  delayBaseMs: 1000,
  delayCapMs: 30_000,
  attemptsPerAddress: 50,
  addressWindowSeconds: 60,
};

/** The e-mail as it is stored and counted: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only the first `failuresPerAddress` reservations of a window have their password checked. */
export function mayCheckPassword(reservation: number, rules: SignInRules = SIGN_IN_RULES): boolean {
  return reservation <= rules.failuresPerAddress;
}

/** The failure of this reservation sets the lock (exactly one attempt per window does). */
export function locksOnFailure(reservation: number, rules: SignInRules = SIGN_IN_RULES): boolean {
  return reservation === rules.failuresPerAddress;
}

/** How long an attempt waits before its password is checked, given the e-mail's recent failures. */
export function progressiveDelayMs(recentFailures: number, rules: SignInRules = SIGN_IN_RULES): number {
  if (recentFailures < rules.delayFromFailures) return 0;
  const doublings = Math.min(recentFailures - rules.delayFromFailures, 30);
  return Math.min(rules.delayCapMs, rules.delayBaseMs * 2 ** doublings);
}

/**
 * Whole seconds an address over its limit waits: until its window ends (0 while within the
 * limit). `attempts` counts this one; `windowStartedAt` is the window's start as the database saw it.
 */
export function addressWaitSeconds(
  attempts: number,
  windowStartedAt: Date,
  now: Date,
  rules: SignInRules = SIGN_IN_RULES,
): number {
  if (attempts <= rules.attemptsPerAddress) return 0;
  const ends = windowStartedAt.getTime() + rules.addressWindowSeconds * 1000;
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
}

/**
 * Whole seconds until a refused attempt may try again: until the lock ends, or a whole lock
 * period while the fifth attempt is still being checked (the lock is not written yet).
 */
export function retryAfterSeconds(
  lockedUntil: Date | null,
  now: Date,
  rules: SignInRules = SIGN_IN_RULES,
): number {
  if (!lockedUntil) return rules.lockMinutes * 60;
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
