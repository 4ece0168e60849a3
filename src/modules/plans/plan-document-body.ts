/**
 * The structural check of a plan document that arrives as a request body, off the event loop when
 * the body is large: on a 7 MiB document, parsePlanDocument alone held the event loop for most of
 * a second, stalling every other request (issue 9, point 10; `npm run bench` measures it). The
 * worker checks the body's own bytes (common/json-body.ts keeps them for a large body), which is
 * cheaper than copying the parsed document to it, and answers only the problems.
 */
import { availableParallelism } from 'node:os';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import { rawJsonOf } from '../../common/json-body.js';
import { WorkerPool, workerScript } from '../../common/worker-pool.js';
import type { PlanDocumentTask } from './plan-document-parser.worker.js';
import { parsePlanDocument, type ParseResult } from './plan-document-parser.js';

let pool: WorkerPool<PlanDocumentTask, ErrorDetail[]> | null = null;

/**
 * parsePlanDocument for a request body: a large JSON body (LARGE_JSON_BYTES) is checked on a
 * worker thread, anything else here. The result is the same: the problems, or the body itself as
 * the document (the body is a fresh value of its own, so it needs no copy).
 */
export async function parsePlanDocumentBody(body: unknown, lang: Lang): Promise<ParseResult> {
  const bytes = rawJsonOf(body);
  if (!bytes) return parsePlanDocument(body, lang);
  pool ??= new WorkerPool(
    workerScript(import.meta.url, './plan-document-parser.worker.js'),
    // Leave a core to the event loop; one thread checks one document at a time.
    Math.max(1, Math.min(2, availableParallelism() - 1)),
  );
  const problems = await pool.run({ bytes, lang });
  return problems.length > 0 ? { document: null, problems } : { document: body as PlanDocument, problems };
}
