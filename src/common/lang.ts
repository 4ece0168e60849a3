import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Lang } from '../contracts/validation.js';

/** ?lang=en for English messages; Turkish otherwise. */
export const RequestLang = createParamDecorator((_data: unknown, context: ExecutionContext): Lang => {
  const query = context.switchToHttp().getRequest<FastifyRequest>().query as
    Record<string, unknown> | undefined;
  return query?.lang === 'en' ? 'en' : 'tr';
});
