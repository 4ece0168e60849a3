import { fieldName } from './messages/field-labels.js';
import {
  type ArgumentMetadata,
  type ValidationError,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ErrorDetail } from '../contracts/errors.js';
import type { Lang } from '../contracts/validation.js';
import { BadRequestError } from './app-error.js';
import { validationMessage } from './messages/validation-messages.js';
import { currentLang } from './request-context.js';

/** class-validator constraint names → the stable detail codes of the API. */
const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  isString: 'INVALID_TYPE',
  isNumber: 'INVALID_TYPE',
  isInt: 'INVALID_TYPE',
  isBoolean: 'INVALID_TYPE',
  isArray: 'INVALID_TYPE',
  isObject: 'INVALID_TYPE',
  nestedValidation: 'INVALID_TYPE',
  isIn: 'INVALID_ENUM',
  isEnum: 'INVALID_ENUM',
  isIso8601: 'INVALID_DATE',
  isDateString: 'INVALID_DATE',
  maxLength: 'TOO_LONG',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  settingRange: 'OUT_OF_RANGE',
  matches: 'INVALID_FORMAT',
  isUuid: 'INVALID_FORMAT',
};

/**
 * Constraints whose message the DTO already writes in the request's language (settingRange
 * uses plan-settings.ts's catalogue texts): kept as written.
 */
const WRITTEN_IN_LANG = new Set(['settingRange']);

/** What a DTO declares of one constraint: its bounds, and whether it wrote its own message. */
interface Declared {
  min?: number;
  max?: number;
  values?: string;
  ownMessage: boolean;
}

const LOWER_BOUNDS = new Set(['min', 'minLength', 'arrayMinSize']);
const UPPER_BOUNDS = new Set(['max', 'maxLength', 'arrayMaxSize']);

/**
 * The bounds of `constraint` on the property of `error`, read from class-validator's metadata of
 * the validated class (the error's target); from the default message when there is no target.
 */
function declared(error: ValidationError, constraint: string, message: string): Declared {
  const target: unknown = error.target;
  const metadata =
    typeof target === 'object' && target !== null
      ? getMetadataStorage()
          .getTargetValidationMetadatas(target.constructor, '', true, false)
          .find((item) => item.propertyName === error.property && item.name === constraint)
      : undefined;
  const first: unknown = metadata?.constraints?.[0];
  const bound = typeof first === 'number' ? first : lastNumber(message);
  const found: Declared = { ownMessage: metadata?.message !== undefined };
  if (LOWER_BOUNDS.has(constraint) && bound !== undefined) found.min = bound;
  if (UPPER_BOUNDS.has(constraint) && bound !== undefined) found.max = bound;
  if (constraint === 'isIn' && Array.isArray(first)) found.values = first.map(String).join(', ');
  if (constraint === 'isEnum' && typeof first === 'object' && first !== null)
    found.values = Object.values(first).map(String).join(', ');
  // A list's item limit, when the DTO's message names one ("at most 50 non-empty texts").
  if (constraint === 'isTextList' || constraint === 'isUpdateCards') {
    const items = /at most (\d+) non-empty/.exec(message)?.[1];
    if (items !== undefined) found.max = Number(items);
  }
  return found;
}

/** The catalogue text a DTO names for a constraint (`formatVariant` of validation-messages.ts), if it names one. */
function namedVariant(error: ValidationError, constraint: string): string | undefined {
  const context: unknown = error.contexts?.[constraint];
  if (typeof context !== 'object' || context === null || !('variant' in context)) return undefined;
  return typeof context.variant === 'string' ? context.variant : undefined;
}

function lastNumber(message: string): number | undefined {
  const numbers = message.match(/-?\d+(?:\.\d+)?/g);
  return numbers ? Number(numbers[numbers.length - 1]) : undefined;
}

/**
 * Each failed constraint as a detail `{ path, code, message }` in the request's language: the
 * catalogue's text of its detail code (src/common/messages/validation-messages.ts) with the
 * field's path and the declared bound; a message the DTO wrote itself goes along (`written`).
 */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
  lang: Lang = currentLang(),
): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    // IsObject beside ValidateNested (an array where an object belongs) says what the nested
    // check says: one detail, the nested check's.
    const constraints = Object.entries(error.constraints ?? {}).filter(
      ([constraint]) => !(constraint === 'isObject' && error.constraints?.nestedValidation !== undefined),
    );
    const own = constraints.map(([constraint, written]) => {
      const code = CONSTRAINT_CODES[constraint] ?? 'INVALID_VALUE';
      if (WRITTEN_IN_LANG.has(constraint)) return { path, code, message: written };
      const { ownMessage, ...bounds } = declared(error, constraint, written);
      const params = { field: fieldName(path, lang), ...bounds, ...(ownMessage ? { written } : {}) };
      const variant = namedVariant(error, constraint) ?? constraint;
      return { path, code, message: validationMessage(code, variant, params, lang) };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], path, lang)];
  });
}

export const VALIDATION_PIPE_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  stopAtFirstError: false,
  // The validated object of each error: flattenValidationErrors reads the declared bounds from it.
  validationError: { target: true },
  exceptionFactory: (errors: ValidationError[]) =>
    new BadRequestError('VALIDATION_FAILED', {}, flattenValidationErrors(errors)),
};

/**
 * Where a request value holds text that is not Unicode: an unpaired surrogate, which JSON can
 * carry as `\uD800`. It would not survive UTF-8 on its way to PostgreSQL, and some checks of
 * class-validator (IsEmail) throw on it. Object keys count too; paths as in `details`.
 */
export function unpairedSurrogatePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /\p{Cs}/u.test(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => unpairedSurrogatePaths(item, `${path}[${index}]`));
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    return /\p{Cs}/u.test(key) ? [at] : unpairedSurrogatePaths(item, at);
  });
}

/**
 * The global pipe: class-validator with VALIDATION_PIPE_OPTIONS, after refusing text that is not
 * Unicode (`unpairedSurrogatePaths`) as 400 VALIDATION_FAILED, as the plan document parser does.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super(VALIDATION_PIPE_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (this.toValidate(metadata)) {
      const paths = unpairedSurrogatePaths(value);
      if (paths.length > 0) {
        throw new BadRequestError(
          'VALIDATION_FAILED',
          {},
          paths.map((path) => ({
            path,
            code: 'INVALID_TYPE',
            message: validationMessage(
              'INVALID_TYPE',
              'unpairedSurrogate',
              { field: fieldName(path, currentLang()) },
              currentLang(),
            ),
          })),
        );
      }
    }
    return (await super.transform(value, metadata)) as unknown;
  }
}
