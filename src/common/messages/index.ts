import type { ErrorCode } from '../../contracts/error-codes.js';
import type { Lang } from '../../contracts/validation.js';
import { currentLang } from '../request-context.js';
import { ERROR_MESSAGES, type MessageParams } from './error-messages.js';

export { ERROR_MESSAGES, type MessageParams, type Texts } from './error-messages.js';

/** The message of an error code in `lang` (the current request's language unless given). */
export function errorMessage(
  code: ErrorCode,
  params: MessageParams = {},
  lang: Lang = currentLang(),
): string {
  return ERROR_MESSAGES[code][lang](params);
}
