import {
  applyDecorators,
  createParamDecorator,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import type { Lang } from '../contracts/validation.js';
import type { Actor } from '../database/actor.js';
import { requestLang } from './request-context.js';
import { toActor, type PusulaRequest } from './request-user.js';

/**
 * A POST that acts on a resource that exists (submit, approve, return, close, reopen, …): it
 * answers 200 with the resource as the step left it, not 201, and `summary` documents the step.
 */
export function PostAction(path?: string, summary?: string): MethodDecorator {
  return route([Post(path), HttpCode(200)], summary);
}

/** A route, documented by `summary` when it has one (a route without stays as Swagger names it). */
function route(decorators: MethodDecorator[], summary: string | undefined): MethodDecorator {
  return applyDecorators(...decorators, ...(summary === undefined ? [] : [ApiOperation({ summary })]));
}

/** GET `path`: a read. */
export const Read = (path?: string, summary?: string): MethodDecorator => route([Get(path)], summary);

/** POST `path` that creates a resource: it answers 201 with it. */
export const Create = (path?: string, summary?: string): MethodDecorator => route([Post(path)], summary);

/** PATCH `path`: the fields given change, the resource answers 200. */
export const Change = (path: string, summary?: string): MethodDecorator => route([Patch(path)], summary);

/** PUT `path`: the whole resource is replaced, or made. */
export const Replace = (path: string, summary?: string): MethodDecorator => route([Put(path)], summary);

/** DELETE `path`: it answers 204 with no body. */
export const Remove = (path: string, summary?: string): MethodDecorator =>
  route([Delete(path), HttpCode(204)], summary);

/** Who asks for a change and in which language: what a service needs beside the path and the body. */
export interface Caller {
  actor: Actor | null;
  lang: Lang;
}

/** The caller of a request: the signed-in user as the audit trail names them, and the request's language. */
export function callerOf(request: PusulaRequest): Caller {
  return {
    actor: toActor(request.user ?? null),
    lang: requestLang(request.query, request.headers['accept-language']),
  };
}

/**
 * A parameter decorator for one argument made of several path parameters (and the caller): it
 * documents each of `names` as a path parameter, as @Param(name) would.
 */
export function pathParams<T>(
  names: readonly string[],
  build: (params: Record<string, string>, request: PusulaRequest) => T,
): () => ParameterDecorator {
  return createParamDecorator(
    (_data: unknown, context: ExecutionContext): T => {
      const request = context.switchToHttp().getRequest<PusulaRequest>();
      return build(request.params as Record<string, string>, request);
    },
    [
      (target, key) => {
        const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
        if (!descriptor || key === undefined) return;
        for (const name of names) ApiParam({ name, type: String })(target, key, descriptor);
      },
    ],
  );
}

/** A route on a plan (:planId) and who asks. */
export interface PlanCall extends Caller {
  planId: string;
}

/** A route on something of a plan named by its code (:planId, :code: an aim, target or indicator) and who asks. */
export interface CodeCall extends PlanCall {
  code: string;
}

/** @PlanOf() call: PlanCall — the route's :planId and its caller. */
export const PlanOf = pathParams(['planId'], ({ planId }, request): PlanCall => ({
  planId,
  ...callerOf(request),
}));

/** @CodeOf() call: CodeCall — the route's :planId and :code and its caller. */
export const CodeOf = pathParams(['planId', 'code'], ({ planId, code }, request): CodeCall => ({
  planId,
  code,
  ...callerOf(request),
}));

/** Path parameters by name, as one handler argument. */
export type PathOf<K extends string> = Readonly<Record<K, string>>;

/** A parameter decorator for the route's path parameters `names` as one PathOf argument. */
export function pathOf<K extends string>(...names: K[]): () => ParameterDecorator {
  return pathParams(
    names,
    (params) => Object.fromEntries(names.map((name) => [name, params[name]])) as PathOf<K>,
  );
}
