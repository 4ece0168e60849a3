import { ConflictError } from './app-error.js';

/**
 * Optimistic concurrency: a write that names the version it read is refused with 409
 * STALE_VERSION, carrying the record as it is now, when someone else changed it since.
 */
export async function assertFreshVersion(
  subject: {
    what:
      | 'plan'
      | 'aim'
      | 'target'
      | 'institution'
      | 'indicator'
      | 'team-member'
      | 'step'
      | 'event'
      | 'analysis-row'
      | 'analysis-item'
      | 'council-member'
      | 'consultation'
      | 'comment'
      | 'programme'
      | 'programme-target'
      | 'programme-indicator'
      | 'programme-activity'
      | 'programme-part';
    name: string;
    /** A programme-budget part: programme, sub-programme, goal, indicator, activity. */
    part?: string;
  },
  stored: number,
  given: number | undefined,
  current: () => Promise<unknown>,
): Promise<void> {
  if (given === undefined || given === stored) return;
  throw new ConflictError('STALE_VERSION', { ...subject, given, now: stored }, undefined, await current());
}
