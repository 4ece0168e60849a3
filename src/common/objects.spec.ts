import { describe, expect, it } from '@jest/globals';
import { groupBy, orNull } from './objects.js';

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

describe('groupBy', () => {
  it('lists the items under their key in the order given, keys in order of first appearance', () => {
    const rows = [
      { id: 'a', parent: 'x' },
      { id: 'b', parent: null },
      { id: 'c', parent: 'x' },
    ];
    expect([...groupBy(rows, (row) => row.parent)]).toEqual([
      ['x', [rows[0], rows[2]]],
      [null, [rows[1]]],
    ]);
    expect(groupBy([], (row: { parent: string }) => row.parent).size).toBe(0);
  });
});
