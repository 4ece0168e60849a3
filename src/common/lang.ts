import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Lang } from '../contracts/validation.js';
import { requestLang } from './request-context.js';

/** The request's language: ?lang=tr|en, else Accept-Language, else Turkish (as currentLang()). */
export const RequestLang = createParamDecorator((_data: unknown, context: ExecutionContext): Lang => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return requestLang(request.query, request.headers['accept-language']);
});

/** Documents the optional ?lang= query (Accept-Language works too) of a route or controller that answers in the caller's language. */
export function ApiLang(description?: string): MethodDecorator & ClassDecorator {
  return ApiQuery({
    name: 'lang',
    required: false,
    enum: ['tr', 'en'],
    ...(description === undefined ? {} : { description }),
  });
}
