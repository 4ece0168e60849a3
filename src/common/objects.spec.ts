import { describe, expect, it } from '@jest/globals';
import { orNull } from './objects.js';

describe('orNull', () => {
  it('stores a left-out optional field as null and keeps given ones, falsy values included', () => {
    const fields: { note?: string | null; count?: number; flag?: boolean; title: string } = {
      count: 0,
      flag: false,
      title: 'x',
    };
    expect(orNull(fields, ['note', 'count', 'flag'])).toEqual({ note: null, count: 0, flag: false });
  });

  it('takes only the keys it is given', () => {
    expect(Object.keys(orNull({ a: 1, b: 2 }, ['b']))).toEqual(['b']);
  });
});
