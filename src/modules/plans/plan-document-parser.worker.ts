/**
 * The worker thread of `parsePlanDocumentBody` (plan-document-body.ts): the structural check of a
 * large plan document, from the bytes of its JSON body.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import { serveWorkerTasks } from '../../common/worker-pool.js';
import { parsePlanDocument } from './plan-document-parser.js';

export interface PlanDocumentTask {
  bytes: Uint8Array;
  lang: Lang;
}

serveWorkerTasks<PlanDocumentTask, ErrorDetail[]>(({ bytes, lang }) => {
  // The main thread's parser accepted these bytes (nesting, prototype keys); a byte order mark it skipped too.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const input: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return parsePlanDocument(input, lang).problems;
});
