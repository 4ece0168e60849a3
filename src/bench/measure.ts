import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { PlanDocument } from '../contracts/plan-document.js';

/** Measurement helpers shared by every section of `npm run bench`. */

export interface BenchContext {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** http://127.0.0.1:port of the started server. */
  base: string;
  /** The bench superadmin's bearer token. */
  token: string;
  /** The metropolitan plan (12 aims, 60 targets, 400 indicators) as imported, and its id. */
  metropolitan: PlanDocument;
  metropolitanPlanId: string;
  /** A scratch directory removed after the run. */
  tempDir: string;
  /** The app's database role (DATABASE_URL) and the owner that migrates (the same role without a migration URL). */
  databaseUrl: string;
  ownerUrl: string;
}

export interface Line {
  name: string;
  value: number;
  unit: string;
  floor?: { name: string; value: number; maxRatio: number };
  limit?: number;
}

export const lines: Line[] = [];

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function sample(count: number, run: () => Promise<unknown>, warmUp = 3): Promise<number> {
  for (let index = 0; index < warmUp; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) samples.push(await time(run));
  return median(samples);
}

/**
 * Times `runs` in turn, `count` rounds after `warmUp` untimed ones, so that each meets the same
 * load of a shared machine (a measure and its floor alternate); answers each run's samples.
 */
export async function alternate(
  count: number,
  runs: Array<() => Promise<unknown>>,
  warmUp = 2,
): Promise<number[][]> {
  for (let index = 0; index < warmUp; index += 1) for (const run of runs) await run();
  const samples = runs.map((): number[] => []);
  for (let index = 0; index < count; index += 1)
    for (const [position, run] of runs.entries()) samples[position].push(await time(run));
  return samples;
}

export function report(line: Line): void {
  lines.push(line);
  const parts = [`${line.name}: ${line.value.toFixed(1)} ${line.unit}`];
  if (line.floor) {
    const ratio = line.value / line.floor.value;
    parts.push(
      `floor (${line.floor.name}) ${line.floor.value.toFixed(1)} ${line.unit}, ratio ${ratio.toFixed(2)} (≤ ${line.floor.maxRatio})`,
    );
  }
  if (line.limit !== undefined) parts.push(`limit ≤ ${line.limit} ${line.unit}`);
  parts.push(verdict(line) ? 'PASS' : 'FAIL');
  console.log(parts.join(' | '));
}

/** Throughput beside the constant endpoint's (printed, not judged: the issue sets no limit). */
export function reportThroughput(name: string, value: number, floor: number): void {
  console.log(
    `${name}: ${value.toFixed(0)} req/s | floor (GET /api/health/live) ${floor.toFixed(0)} req/s, ratio ${(value / floor).toFixed(3)}`,
  );
}

/** A latency under load beside the constant endpoint's, as a ratio (printed, not judged). */
export function reportRatio(name: string, value: number, floor: number): void {
  console.log(
    `${name}: ${value.toFixed(1)} ms | floor (GET /api/health/live p99) ${floor.toFixed(1)} ms, ratio ${(value / floor).toFixed(2)}`,
  );
}

export function verdict(line: Line): boolean {
  const ratioOk = !line.floor || line.value / line.floor.value <= line.floor.maxRatio;
  const limitOk = line.limit === undefined || line.value <= line.limit;
  return ratioOk && limitOk;
}

/**
 * The highest RSS and heap above the level before `run`, sampled every 2 ms while it runs (when it
 * lets the event loop run) and at its end: a lower bound of the peak.
 */
export async function peakMemory(run: () => Promise<unknown>): Promise<{ rss: number; heap: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const take = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - before.rss);
    heap = Math.max(heap, now.heapUsed - before.heapUsed);
  };
  const timer = setInterval(take, 2);
  try {
    await run();
    take();
  } finally {
    clearInterval(timer);
  }
  return { rss, heap };
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A request of the load generator: `bodyFile` sends a JSON file as it is (too large for argv). */
export interface LoadRequest {
  method: string;
  path: string;
  body?: unknown;
  bodyFile?: string;
  headers?: Record<string, string>;
  /** `{n}` in the body and headers becomes the request's number, `{ip}` an address of its own (load-client.ts). */
  numbered?: boolean;
  /** The status every answer must have (e.g. 304 for a read by entity tag); default: any 2xx. */
  status?: number;
}

/**
 * Runs the load generator in its own process (load-client.ts) against the server: `clients`
 * clients cycle through `requests` for `durationMs`, with the bench's bearer token.
 */
export async function runLoad(
  base: string,
  token: string,
  requests: LoadRequest[],
  clients = 50,
  durationMs = 3000,
): Promise<LoadResult> {
  const config = JSON.stringify({ base, token, clients, durationMs, requests });
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'load-client.js'), config], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((done) => child.on('exit', () => done()));
  return JSON.parse(output) as LoadResult;
}

/** What the load generator measured: requests per second, p99 latency (ms), answers with another status, and answers with it (acknowledged). */
export interface LoadResult {
  rps: number;
  p99: number;
  failures: number;
  acknowledged: number;
}
