import { afterAll, beforeAll } from '@jest/globals';
import { createTestApp, type TestApp, type TestAppOptions } from './create-test-app.js';

/** Starting an app (a database, the migrations) with other files starting theirs beside it. */
const START_TIMEOUT = 60_000;

/**
 * One test app for the file: created in beforeAll, closed in afterAll. The answer is filled in
 * when beforeAll has run, so use it inside tests and hooks only.
 */
export function useTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await createTestApp(env, options));
  }, START_TIMEOUT);
  afterAll(async () => {
    await t.close();
  });
  return t;
}
