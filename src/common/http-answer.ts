import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientHolds, type JsonAnswer } from './json-answer.js';

/**
 * Sends a kept JSON answer with its entity tag: 304 with no body when the request's If-None-Match
 * names the tag, else 200 with its text. `private` (a signed-in route): `Cache-Control: no-store`
 * as every signed-in answer (a shared computer keeps no figure a user saw); a client that keeps
 * the answer itself (an integration, the bench) still asks by tag. `public` (a published plan,
 * the same for everyone): `public, no-cache`, so browsers and shared caches keep it and ask again
 * by tag every time (a figure is never taken from a copy without asking).
 */
export function sendJsonAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: JsonAnswer,
  scope: 'private' | 'public' = 'private',
): void {
  void reply
    .header('etag', answer.etag)
    .header('cache-control', scope === 'public' ? 'public, no-cache' : 'no-store');
  if (clientHolds(request.headers['if-none-match'], answer.etag)) {
    void reply.code(304).send();
    return;
  }
  void reply.code(200).header('content-type', 'application/json; charset=utf-8').send(answer.json);
}
