import { describe, expect, it } from '@jest/globals';
import { formatToken, hashSecret, newSecret, parseToken, secretMatches } from './session-token.js';

describe('session tokens', () => {
  it('round-trips a token and matches its secret against the stored hash only', () => {
    const secret = newSecret();
    const token = formatToken('1b4e28ba-2fa1-11d2-883f-0016d3cca427', secret);
    const parsed = parseToken(token);
    expect(parsed).toEqual({ sessionId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', secret });
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(secret))).toBe(false);
  });

  it('rejects tokens of the wrong shape', () => {
    expect(parseToken('abc')).toBeNull();
    expect(parseToken('1b4e28ba-2fa1-11d2-883f-0016d3cca427.')).toBeNull();
    expect(parseToken('x'.repeat(36) + '.' + newSecret())).toBeNull();
  });
});
