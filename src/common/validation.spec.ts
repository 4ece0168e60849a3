import { describe, expect, it } from '@jest/globals';
import { unpairedSurrogatePaths } from './validation.js';

describe('unpairedSurrogatePaths', () => {
  it('finds unpaired surrogates at any depth, in values and keys, with detail paths', () => {
    expect(
      unpairedSurrogatePaths({
        email: 'a\ud800@b.tr',
        name: 'Pusula 🧭',
        units: ['PARK', 'x\udfff'],
        targets: { '2025': 1, 'y\ud801': 2 },
        nested: [{ note: '\udc00' }],
      }),
    ).toEqual(['email', 'units[1]', 'targets.y\ud801', 'nested[0].note']);
  });

  it('passes paired surrogates (emoji), NUL and non-strings', () => {
    expect(unpairedSurrogatePaths({ a: '🧭𝓟', b: 'a\u0000b', c: 1, d: null, e: [true] })).toEqual([]);
    expect(unpairedSurrogatePaths('\ud800')).toEqual(['']);
  });
});
