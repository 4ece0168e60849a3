import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientHolds, type JsonAnswer } from './json-answer.js';

/**
 * Sends a kept JSON answer: 304 with no body when the request's If-None-Match names its tag, else
 * 200 with its text. Either way with the tag and `Cache-Control: <scope>, no-cache`, so a browser
 * keeps the answer and asks again with the tag every time (a figure is never taken from a copy
 * without asking). `private`: the answer depends on who asks (a signed-in route); `public`: the
 * same for everyone (a published plan), so a shared cache may keep it too.
 */
export function sendJsonAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: JsonAnswer,
  scope: 'private' | 'public' = 'private',
): void {
  void reply.header('etag', answer.etag).header('cache-control', `${scope}, no-cache`);
  if (clientHolds(request.headers['if-none-match'], answer.etag)) {
    void reply.code(304).send();
    return;
  }
  void reply.code(200).header('content-type', 'application/json; charset=utf-8').send(answer.json);
}
