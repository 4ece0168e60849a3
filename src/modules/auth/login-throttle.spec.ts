import { describe, expect, it } from '@jest/globals';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('allows up to the limit within the window, then asks to wait until the oldest attempt expires', () => {
    const throttle = new LoginThrottle(3, 60_000);
    expect([throttle.hit('ip', 0), throttle.hit('ip', 1000), throttle.hit('ip', 2000)]).toEqual([0, 0, 0]);
    expect(throttle.hit('ip', 3000)).toBe(57);
    expect(throttle.hit('other', 3000)).toBe(0);
    expect(throttle.hit('ip', 60_001)).toBe(0);
  });
});
