import type { ErrorDetail } from '../../src/contracts/errors.js';

/** The shortest password the server takes (PasswordChange, PasswordReset: 10–200 characters). */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * What is wrong with a new password typed twice, before it is sent: too short at `at.password`,
 * else a repeat that differs at `at.repeat` (the server still judges weakness: PASSWORD_WEAK).
 */
export function newPasswordProblems(
  password: string,
  repeat: string,
  at: { password: string; repeat: string },
  messages: { short: string; mismatch: string },
): ErrorDetail[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [{ path: at.password, code: 'INVALID_VALUE', message: messages.short }];
  if (repeat !== password) return [{ path: at.repeat, code: 'MISMATCH', message: messages.mismatch }];
  return [];
}
