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
