import { describe, expect, it } from '@jest/globals';
import { ConcurrencyLimit, hashingLimit } from './concurrency-limit.js';

describe('ConcurrencyLimit', () => {
  it('runs at most `limit` tasks at once and starts the waiting ones in order', async () => {
    const limit = new ConcurrencyLimit(2);
    const started: number[] = [];
    let peak = 0;
    const releases: Array<() => void> = [];
    const tasks = [0, 1, 2, 3, 4].map((index) =>
      limit.run(async () => {
        started.push(index);
        peak = Math.max(peak, limit.load.running);
        await new Promise<void>((release) => releases.push(release));
        return index * 10;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limit.load).toEqual({ running: 2, waiting: 3 });
    // Finishing one task starts the next waiting one.
    for (let finished = 0; finished < 5; finished += 1) {
      releases.shift()?.();
      await new Promise((tick) => setImmediate(tick));
    }
    expect(await Promise.all(tasks)).toEqual([0, 10, 20, 30, 40]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('bozuk')))).rejects.toThrow('bozuk');
    await expect(limit.run(() => Promise.resolve('sonra'))).resolves.toBe('sonra');
  });

  it('leaves one core to the event loop', () => {
    expect([1, 2, 4, 16].map(hashingLimit)).toEqual([1, 1, 3, 15]);
  });
});
