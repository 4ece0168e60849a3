/**
 * Runs at most `limit` tasks at once; the others wait in order. Password hashes run on libuv's
 * thread pool (four threads by default): on a small server four hashes at once would take every
 * core from the event loop, so AuthService lets fewer run at a time (one core stays free).
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a whole number ≥ 1: ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((start) => this.waiting.push(start));
    else this.running += 1;
    try {
      return await task();
    } finally {
      // Hand the slot to the next waiting task, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Tasks running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Hashes at once on a machine with `cores` cores: all but one, at least one. */
export function hashingLimit(cores: number): number {
  return Math.max(1, cores - 1);
}
