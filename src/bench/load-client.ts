/**
 * The load generator of `npm run bench`, run as its own process so that it does not share the
 * server's event loop: `node load-client.js '<json>'` with { base, token, clients, durationMs,
 * requests: [{ method, path, body? | bodyFile?, headers?, numbered?, status? }] }; prints { rps, p99,
 * failures, acknowledged } as JSON (a failure: another status than `status`, or without it, than 2xx). A `numbered` request has `{n}` in its body and headers replaced by the request's
 * number and `{ip}` by an address made from it (10.x.y.z): every request its own text and client.
 */
import { readFileSync } from 'node:fs';
import type { LoadRequest } from './measure.js';

/** The request's number as a client address 10.x.y.z (16.7 million before one repeats). */
function addressOf(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function numbered(text: string, n: number): string {
  return text.replaceAll('{n}', String(n)).replaceAll('{ip}', addressOf(n));
}

interface LoadConfig {
  base: string;
  token: string;
  clients: number;
  durationMs: number;
  requests: LoadRequest[];
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2]) as LoadConfig;
  const bodies = config.requests.map((request) =>
    request.bodyFile !== undefined
      ? readFileSync(request.bodyFile)
      : request.body === undefined
        ? undefined
        : JSON.stringify(request.body),
  );
  const latencies: number[] = [];
  let failures = 0;
  let acknowledged = 0;
  let next = 0;
  const started = performance.now();
  const until = started + config.durationMs;
  await Promise.all(
    Array.from({ length: config.clients }, async () => {
      while (performance.now() < until) {
        const count = next++;
        const index = count % config.requests.length;
        const request = config.requests[index];
        const body =
          request.numbered === true && bodies[index] !== undefined
            ? numbered(String(bodies[index]), count)
            : bodies[index];
        const headers =
          request.numbered === true && request.headers
            ? Object.fromEntries(
                Object.entries(request.headers).map(([name, value]) => [name, numbered(value, count)]),
              )
            : request.headers;
        const begin = performance.now();
        const response = await fetch(`${config.base}${request.path}`, {
          method: request.method,
          headers: {
            authorization: `Bearer ${config.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          body,
        });
        await response.arrayBuffer();
        if (request.status === undefined ? !response.ok : response.status !== request.status) failures += 1;
        else acknowledged += 1;
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))];
  process.stdout.write(JSON.stringify({ rps: latencies.length / elapsed, p99, failures, acknowledged }));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
