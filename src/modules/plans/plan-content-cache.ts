import { isContentStamp } from '../../database/content-stamp.js';
import { ProgressCache } from '../progress/progress-cache.js';

/**
 * The content rows of recently edited plans (`PlanContent` of plan-storage), each kept with the content stamp
 * (database/content-stamp.ts: content_version and the indicators' value stamps) it was read or
 * written at, so that the plan editor's next read under the plan lock can skip the large tables
 * when the version is still the same (plan-storage `loadPlanRows`, option `cache`). A stored
 * version names one committed content: it moves on every change and never comes back, and an
 * entry is put only for rows read under the plan's lock or written by a transaction that has
 * committed. Entries are frozen (deeply): a reader that changed a cached row would change every
 * later read, so it fails at once instead.
 */
export class PlanContentCache<C extends object> {
  private readonly entries: ProgressCache<C>;
  /** Reads that found the version unchanged (hits) or read the tables (misses). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(capacity = 32) {
    this.entries = new ProgressCache<C>(capacity);
  }

  /** The content kept for `planId` and the version it was kept at. */
  get(planId: string): { version: string; content: C } | undefined {
    const entry = this.entries.latest(planId);
    return entry && { version: entry.stamp, content: entry.value };
  }

  /** Keeps `content` as the plan's content at `version` (a content stamp, as text). */
  put(planId: string, version: string, content: C): void {
    if (!isContentStamp(version)) throw new Error(`PlanContentCache: not a content stamp: ${version}`);
    for (const rows of Object.values(content)) deepFreeze(rows);
    this.entries.set(planId, version, content);
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
