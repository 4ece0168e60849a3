import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import type { PusulaRequest } from '../../common/request-user.js';

/**
 * The largest comment body taken (bytes): 2,000 characters of text, each up to 4 bytes in UTF-8
 * (6 as a JSON escape), with a name, an e-mail and a subject, fit within it.
 */
export const COMMENT_BODY_LIMIT = 16 * 1024;

/**
 * 413 PAYLOAD_TOO_LARGE for a comment body over COMMENT_BODY_LIMIT, before its fields are
 * validated (a guard runs before the pipes). The app-wide limit (PUSULA_BODY_LIMIT) still stops
 * far larger bodies while they arrive; a body sent without Content-Length is measured as parsed.
 */
@Injectable()
export class CommentBodyLimitGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<PusulaRequest>();
    const header = request.headers['content-length'];
    const length =
      header === undefined ? Buffer.byteLength(JSON.stringify(request.body ?? null)) : Number(header);
    if (length > COMMENT_BODY_LIMIT) throw new AppError(413, 'PAYLOAD_TOO_LARGE', {});
    return true;
  }
}
