import { describe, expect, it } from '@jest/globals';
import { newPasswordProblems, PASSWORD_MIN_LENGTH } from './password.js';

const AT = { password: 'newPassword', repeat: 'repeat' };
const MESSAGES = { short: 'kısa', mismatch: 'farklı' };

describe('newPasswordProblems', () => {
  it('takes ten characters typed the same twice', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(newPasswordProblems('0123456789', '0123456789', AT, MESSAGES)).toEqual([]);
  });

  it('names a password of nine characters too short at its field, whatever the repeat says', () => {
    expect(newPasswordProblems('012345678', 'x', AT, MESSAGES)).toEqual([
      { path: 'newPassword', code: 'INVALID_VALUE', message: 'kısa' },
    ]);
  });

  it('names a differing repeat at the repeat field', () => {
    expect(newPasswordProblems('0123456789', '0123456788', AT, MESSAGES)).toEqual([
      { path: 'repeat', code: 'MISMATCH', message: 'farklı' },
    ]);
  });
});
