import { expect } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { ApiResponse } from './api-client.js';

/** Asserts the status and the one error body of the API ({ statusCode, code, message }); answers the body. */
export function expectError<B = ErrorBody>(response: ApiResponse, status: number, code: string): B {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { statusCode: status, code, message: expect.any(String) },
  });
  return response.body as B;
}

/**
 * Asserts PostgreSQL refuses `query` for lack of privilege (42501, its message holding `message`)
 * and that `state` reads the same after the refusal as before it.
 */
export async function expectDeniedUnchanged(
  query: () => Promise<unknown>,
  message: string,
  state: () => Promise<unknown>,
): Promise<void> {
  const before = await state();
  await expect(query()).rejects.toMatchObject({ code: '42501', message: expect.stringContaining(message) });
  expect(await state()).toEqual(before);
}
