/**
 * A bounded, least-recently-used cache of computed progress. An entry is served only while
 * its stamp matches: the stamp is made of everything the engine reads at plan level (years,
 * settings) and the plan's content stamp (database/content-stamp.ts: content_version and the
 * indicators' value stamps), which database triggers move on every change of aims, targets,
 * indicators, yearly targets and values. A stale figure is never served.
 */
export class ProgressCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T }>();
  /** Reads by `get` served from the cache, and those that were not (no entry, or a stale one): the metrics. */
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 5000) {}

  get(key: string, stamp: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.entries.delete(key);
    if (entry.stamp !== stamp) {
      this.misses += 1;
      return undefined;
    }
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.value;
  }

  /** The entry kept under `key` whatever its stamp (its stamp is for the caller to judge), or undefined. */
  latest(key: string): { stamp: string; value: T } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, stamp: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
