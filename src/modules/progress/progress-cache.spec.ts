import { describe, expect, it } from '@jest/globals';
import { ProgressCache } from './progress-cache.js';

describe('ProgressCache', () => {
  it('serves an entry only while its stamp matches', () => {
    const cache = new ProgressCache<number>();
    cache.set('plan|2025', 'v1', 65);
    expect(cache.get('plan|2025', 'v1')).toBe(65);
    expect(cache.get('plan|2025', 'v2')).toBeUndefined();
    // A stale entry is dropped, not kept for later.
    expect(cache.get('plan|2025', 'v1')).toBeUndefined();
  });

  it('forgets the least recently used entry beyond its capacity', () => {
    const cache = new ProgressCache<number>(2);
    cache.set('a', 's', 1);
    cache.set('b', 's', 2);
    expect(cache.get('a', 's')).toBe(1);
    cache.set('c', 's', 3);
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBe(1);
    expect(cache.size).toBe(2);
  });

  it('counts each read as a hit or a miss: no entry and a stale entry are misses, latest() is not counted', () => {
    const cache = new ProgressCache<number>();
    expect(cache.get('a', 's1')).toBeUndefined();
    cache.set('a', 's1', 1);
    expect(cache.get('a', 's1')).toBe(1);
    expect(cache.get('a', 's1')).toBe(1);
    expect(cache.get('a', 's2')).toBeUndefined();
    cache.set('b', 's1', 2);
    expect(cache.latest('b')?.value).toBe(2);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 2, misses: 2 });
  });
});
