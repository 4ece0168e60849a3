/**
 * A small pool of worker threads for CPU-bound work that would stall the event loop (the
 * structural check of a large plan document): tasks wait in a queue for one of at most `size`
 * threads, started on first use and kept; an idle thread does not keep the process alive.
 *
 * The worker's side is `serveWorkerTasks(handle)` in the worker script. A task's input and
 * output are structured-cloned, so pass bytes (cheap to copy) rather than big object graphs
 * (cloning a 7 MiB document costs more than parsing its JSON).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<Out> = { ok: true; value: Out } | { ok: false; error: string };

interface Task<In, Out> {
  input: In;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

export class WorkerPool<In, Out> {
  private readonly queue: Array<Task<In, Out>> = [];
  private readonly idle: Worker[] = [];
  /** Every thread, with the task it runs (null while idle). */
  private readonly workers = new Map<Worker, Task<In, Out> | null>();

  constructor(
    private readonly script: URL,
    private readonly size: number,
  ) {}

  /** Runs one task on a worker thread; rejects with the worker's error (or its exit). */
  run(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; waiting and running tasks are rejected. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new Error('The worker pool was closed'));
    const workers = [...this.workers.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.workers.size < this.size) {
        try {
          worker = this.spawn();
        } catch (error) {
          for (const task of this.queue.splice(0)) task.reject(error as Error);
          return;
        }
      }
      if (!worker) return;
      const task = this.queue.shift() as Task<In, Out>;
      this.workers.set(worker, task);
      worker.ref();
      worker.postMessage(task.input);
    }
  }

  private spawn(): Worker {
    if (!existsSync(fileURLToPath(this.script))) {
      throw new Error(
        `The worker script ${fileURLToPath(this.script)} is missing: build the server first (npm run build)`,
      );
    }
    const worker = new Worker(this.script);
    this.workers.set(worker, null);
    worker.on('message', (reply: Reply<Out>) => {
      const task = this.workers.get(worker);
      this.workers.set(worker, null);
      worker.unref();
      this.idle.push(worker);
      if (task) {
        if (reply.ok) task.resolve(reply.value);
        else task.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    const lost = (error: Error): void => {
      const task = this.workers.get(worker);
      this.workers.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      task?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`A worker thread exited with code ${code}`)));
    return worker;
  }
}

/** The worker's side: answers every task posted to this thread with `handle`'s result or error. */
export function serveWorkerTasks<In, Out>(handle: (input: In) => Out): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks runs in a worker thread only');
  port.on('message', (input: In) => {
    let reply: Reply<Out>;
    try {
      reply = { ok: true, value: handle(input) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

/**
 * The URL of a worker script beside the calling module (`import.meta.url`). From the sources
 * (the tests run src/ through Jest), the compiled file of dist/, which scripts/test.js builds
 * first: Node starts a worker from JavaScript only.
 */
export function workerScript(moduleUrl: string, file: string): URL {
  const url = new URL(file, moduleUrl);
  if (!moduleUrl.endsWith('.ts')) return url;
  const path = url.pathname;
  const at = path.lastIndexOf('/src/');
  return new URL(`${path.slice(0, at)}/dist/${path.slice(at + '/src/'.length)}`, url);
}
