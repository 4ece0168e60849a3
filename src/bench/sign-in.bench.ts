import bcrypt from 'bcryptjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { hashPassword, verifyPassword } from '../modules/auth/password-hashing.js';
import { type BenchContext, type LoadResult, median, report, runLoad } from './measure.js';

const PARALLEL = 40;
const USER = { email: 'sign-in-bench@pusula.local', name: 'Bench Kişi', password: 'yesil-defter-2026' };

/**
 * Issue 9, point 10: passwords are checked with argon2id on libuv's thread pool instead of
 * bcryptjs on the main thread. Figures: 40 password checks at once with each (same machine, same
 * run), sign-ins per second over HTTP, and GET /api/health's p99 while 40 sign-ins run beside its
 * idle p99 (within 3×). The load runs in separate processes (load-client.ts); every sign-in
 * comes from its own X-Forwarded-For address (the bench app trusts the proxy header), so the
 * per-address limits of sign-in-rules.ts do not stop the load.
 */
export async function signInBench(context: BenchContext): Promise<void> {
  const config = context.app.get<AppConfig>(APP_CONFIG);
  const cost = config.passwordHashCost;
  const created = await fetch(`${context.base}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(USER),
  });
  if (created.status !== 201)
    throw new Error(`create the bench user: ${created.status} ${await created.text()}`);

  // The password check alone, 40 at once: the native argon2id beside bcryptjs with 12 rounds.
  const argonHash = await hashPassword(USER.password, cost);
  const bcryptHash = await bcrypt.hash(USER.password, 12);
  const batch = async (check: () => Promise<boolean>): Promise<number> => {
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: PARALLEL }, check));
    if (!results.every(Boolean)) throw new Error('a password check failed');
    return performance.now() - started;
  };
  await batch(() => verifyPassword(argonHash, USER.password));
  const argonTime = await batch(() => verifyPassword(argonHash, USER.password));
  const bcryptTime = await batch(() => bcrypt.compare(USER.password, bcryptHash));
  const perSecond = (ms: number) => (PARALLEL * 1000) / ms;
  console.log(
    `\n(password checks per second, ${PARALLEL} at once: argon2id m=${cost.memoryKib} KiB t=${cost.timeCost} ${perSecond(argonTime).toFixed(1)}/s, bcryptjs 12 rounds ${perSecond(bcryptTime).toFixed(1)}/s)`,
  );
  report({
    name: `${PARALLEL} password checks at once, argon2id (native, thread pool)`,
    value: argonTime,
    unit: 'ms',
    floor: { name: 'bcryptjs 12 rounds, the same 40 checks', value: bcryptTime, maxRatio: 1 },
  });

  const signIns = Array.from({ length: 500 }, (_, index) => ({
    method: 'POST',
    path: '/api/auth/login',
    body: { email: USER.email, password: USER.password },
    headers: { 'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
  }));
  // Idle and busy windows alternate, so a change in the machine's own load touches both alike.
  const health = [{ method: 'GET', path: '/api/health' }];
  const idle: LoadResult[] = [];
  const busy: LoadResult[] = [];
  const signInLoads: LoadResult[] = [];
  for (let round = 0; round < 3; round += 1) {
    idle.push(await runLoad(context.base, context.token, health, 1, 2000));
    const [healthLoad, signIn] = await Promise.all([
      runLoad(context.base, context.token, health, 1, 2000),
      runLoad(context.base, context.token, signIns, PARALLEL, 2000),
    ]);
    busy.push(healthLoad);
    signInLoads.push(signIn);
  }
  const failures = [...idle, ...busy, ...signInLoads].reduce((sum, result) => sum + result.failures, 0);
  if (failures > 0)
    throw new Error(`${failures} requests failed: ${JSON.stringify({ idle, busy, signInLoads })}`);
  const signInRate = median(signInLoads.map((result) => result.rps));
  console.log(
    `sign-ins over HTTP, ${PARALLEL} clients (argon2id): ${signInRate.toFixed(1)}/s | bcryptjs 12 rounds, the password check alone: ${perSecond(bcryptTime).toFixed(1)}/s, ratio ${(signInRate / perSecond(bcryptTime)).toFixed(1)}`,
  );
  report({
    name: `GET /api/health p99 while ${PARALLEL} sign-ins run (median of 3 windows of 2 s)`,
    value: median(busy.map((result) => result.p99)),
    unit: 'ms',
    floor: {
      name: 'its idle p99, windows in between',
      value: median(idle.map((result) => result.p99)),
      maxRatio: 3,
    },
  });
}
