import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Lang } from '../contracts/validation.js';

/** ?lang=en for English messages; Turkish otherwise. */
export const RequestLang = createParamDecorator((_data: unknown, context: ExecutionContext): Lang => {
  const query = context.switchToHttp().getRequest<FastifyRequest>().query as
    Record<string, unknown> | undefined;
  return query?.lang === 'en' ? 'en' : 'tr';
});

/** Documents the optional ?lang= query of a route or controller that answers in the caller's language. */
export function ApiLang(description?: string): MethodDecorator & ClassDecorator {
  return ApiQuery({
    name: 'lang',
    required: false,
    enum: ['tr', 'en'],
    ...(description === undefined ? {} : { description }),
  });
}
