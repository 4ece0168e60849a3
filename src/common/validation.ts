import { type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
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
    new BadRequestError('VALIDATION_FAILED', 'The request is not valid', flattenValidationErrors(errors)),
};
