import {
  type ArgumentMetadata,
  type ValidationError,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import type { ErrorDetail } from '../contracts/errors.js';
import { BadRequestError } from './app-error.js';

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

export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      path,
      code: CONSTRAINT_CODES[constraint] ?? 'INVALID_VALUE',
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

export const VALIDATION_PIPE_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  stopAtFirstError: false,
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
            message: `${path || 'The value'} must be text without unpaired surrogate characters (\\uD800-\\uDFFF alone)`,
          })),
        );
      }
    }
    return (await super.transform(value, metadata)) as unknown;
  }
}
