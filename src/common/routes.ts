import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';

/**
 * A POST that acts on a resource that exists (submit, approve, return, close, reopen, …): it
 * answers 200 with the resource as the step left it, not 201, and `summary` documents the step.
 */
export function PostAction(path: string, summary: string): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(200), ApiOperation({ summary }));
}
