import { describe, expect, it } from '@jest/globals';
import { PlanContentCache } from './plan-content-cache.js';

interface Content {
  aims: Array<{ id: string; code: string; title: string; nested: { list: number[] } }>;
}

/** A content of one aim titled `title`. */
function content(title: string): Content {
  return { aims: [{ id: 'a1', code: 'A1', title, nested: { list: [1, 2] } }] };
}

describe('PlanContentCache', () => {
  it('answers the content kept for a plan with its version, and the latest put', () => {
    const cache = new PlanContentCache<Content>();
    expect(cache.get('p1')).toBeUndefined();
    cache.put('p1', '7.3', content('Bir'));
    cache.put('p1', '7.4', content('İki'));
    expect(cache.get('p1')?.version).toBe('7.4');
    expect(cache.get('p1')?.content.aims[0].title).toBe('İki');
  });

  it('freezes what it keeps, nested values included', () => {
    const cache = new PlanContentCache<Content>();
    const kept = content('Bir');
    cache.put('p1', '1.0', kept);
    const [aim] = kept.aims;
    expect(() => {
      aim.title = 'değişti';
    }).toThrow(TypeError);
    expect(() => aim.nested.list.push(3)).toThrow(TypeError);
    expect(() => kept.aims.pop()).toThrow(TypeError);
  });

  it('refuses a version that is not a content stamp', () => {
    const cache = new PlanContentCache<Content>();
    expect(() => cache.put('p1', '1.0 OR TRUE', content('Bir'))).toThrow(/not a content stamp/);
    expect(() => cache.put('p1', '', content('Bir'))).toThrow(/not a content stamp/);
    // content_version alone, as before the value stamps: no longer names the content.
    expect(() => cache.put('p1', '7', content('Bir'))).toThrow(/not a content stamp/);
    expect(cache.get('p1')).toBeUndefined();
  });

  it('lets the least recently used plan go when full', () => {
    const cache = new PlanContentCache<Content>(2);
    cache.put('p1', '1.0', content('Bir'));
    cache.put('p2', '1.0', content('İki'));
    // Reading p1 makes p2 the least recently used one.
    expect(cache.get('p1')).toBeDefined();
    cache.put('p3', '1.0', content('Üç'));
    expect(cache.get('p2')).toBeUndefined();
    expect(cache.get('p1')).toBeDefined();
    expect(cache.get('p3')).toBeDefined();
  });
});
