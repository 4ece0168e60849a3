import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorBody } from '../contracts/errors.js';
import { type BenchContext, mib, report, runLoad } from './measure.js';
import { buildLargePlan } from './plan-generator.js';

/** 264 aims of the metropolitan shape: a 7 MiB plan document. */
const AIMS = 264;
const SECONDS = 6;

/**
 * The health endpoint's p99 while 7 MiB plan documents are parsed, beside its idle p99. The
 * document is five times past the plan size limits (plan-limits.ts), as a hostile client would
 * send it: each import is refused once the body has been parsed (the JSON, then the structure
 * on a worker thread, which counts it against the limits) and nothing is stored, so the figure
 * is the parsing's. Two load processes run side by side, one posting the document back to back,
 * one asking GET /api/health/live.
 */
export async function largeBodyBench(context: BenchContext): Promise<void> {
  const document = buildLargePlan(AIMS);
  const text = JSON.stringify(document);
  const file = join(context.tempDir, 'large-plan.json');
  writeFileSync(file, text);

  const refused = await fetch(`${context.base}/api/plans/import`, {
    method: 'POST',
    body: text,
    headers: { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' },
  });
  const answer = (await refused.json()) as ErrorBody;
  const byLimits = answer.details?.some(
    (detail) => detail.path === 'plan.aims' && detail.code === 'TOO_MANY',
  );
  if (refused.status !== 400 || answer.code !== 'VALIDATION_FAILED' || !byLimits) {
    throw new Error(
      `the large document should be refused by the plan size limits: ${JSON.stringify(answer).slice(0, 300)}`,
    );
  }

  const health = [{ method: 'GET', path: '/api/health/live' }];
  const idle = await runLoad(context.base, context.token, health, 1, 3000);
  const [busy, imports] = await Promise.all([
    runLoad(context.base, context.token, health, 1, SECONDS * 1000),
    runLoad(
      context.base,
      context.token,
      [{ method: 'POST', path: '/api/plans/import', bodyFile: file }],
      1,
      SECONDS * 1000,
    ),
  ]);
  console.log(
    `\n(${mib(Buffer.byteLength(text))} MiB plan document, ${AIMS} aims: ${(imports.rps * SECONDS).toFixed(0)} posted and refused in ${SECONDS} s)`,
  );
  report({
    name: `GET /api/health/live p99 while ${mib(Buffer.byteLength(text))} MiB plan documents are parsed`,
    value: busy.p99,
    unit: 'ms',
    floor: { name: 'its p99 idle', value: idle.p99, maxRatio: 100 },
    limit: 250,
  });
}
