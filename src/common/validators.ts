import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { DIRECTIONS, METHODS, VALUE_TYPES } from '../contracts/plan-document.js';

const YEAR_KEY = /^\d{4}$/;

/** A class-validator rule named `name`: `validate` judges the value, `message` speaks when it fails. */
export function rule(
  name: string,
  message: string,
  options: ValidationOptions | undefined,
  validate: (value: unknown) => boolean,
): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate },
    });
}

function isRecordOf(
  value: unknown,
  keyOk: (key: string) => boolean,
  valueOk: (item: unknown) => boolean,
): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, item]) => keyOk(key) && valueOk(item));
}

/** { "2025": 1000000, … }: 4-digit year keys, finite non-negative numbers. */
export function IsYearAmounts(options?: ValidationOptions): PropertyDecorator {
  return rule('isYearAmounts', '$property must map 4-digit years to numbers ≥ 0', options, (value) =>
    isRecordOf(
      value,
      (key) => YEAR_KEY.test(key),
      (item) => typeof item === 'number' && Number.isFinite(item) && item >= 0,
    ),
  );
}

/** { "2025": 120000, … }: 4-digit year keys, finite numbers (targets may be negative, e.g. a balance). */
export function IsYearValues(options?: ValidationOptions): PropertyDecorator {
  return rule('isYearValues', '$property must map 4-digit years to numbers', options, (value) =>
    isRecordOf(
      value,
      (key) => YEAR_KEY.test(key),
      (item) => typeof item === 'number' && Number.isFinite(item),
    ),
  );
}

/** A list of non-empty strings of at most 2000 characters. */
export function IsTextList(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isTextList',
    '$property must be a list of non-empty texts (at most 2000 characters each)',
    options,
    (value) =>
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string' && item.trim().length > 0 && item.length <= 2000),
  );
}

/** A plain JSON object (settings, costing): checked by the plan rules after the edit. */
export function IsPlainObject(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isPlainObject',
    '$property must be an object',
    options,
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  );
}

/**
 * An optional field whose column is NOT NULL: it may be left out, but null is validated like
 * any value (and fails the type check). IsOptional would let null through to the database (500).
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/**
 * A field a subclass makes required: its conditional decorator replaces the base class's
 * IsOptional (class-validator keeps one per property and kind), so a missing value is reported.
 */
export function IsRequired(): PropertyDecorator {
  return ValidateIf(() => true);
}

/**
 * A field that holds one of `values` (a text enum of the contracts), documented as that enum;
 * `docs` adds to its documentation (`required: false` for an optional field, whose presence
 * check, IsOptional or IsOptionalNotNull, stands beside it).
 */
export function IsOneOf(values: readonly string[], docs: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(IsIn(values), ApiProperty({ enum: values, ...docs }));
}

/** An indicator's direction (artış, azalış, …), kind of value and method of measurement (plan-document.md). */
export const IsDirection = (docs?: ApiPropertyOptions): PropertyDecorator => IsOneOf(DIRECTIONS, docs);
export const IsValueType = (docs?: ApiPropertyOptions): PropertyDecorator => IsOneOf(VALUE_TYPES, docs);
export const IsMethod = (docs?: ApiPropertyOptions): PropertyDecorator => IsOneOf(METHODS, docs);

export const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,31}$/u;

/** A code (PARK, A1, H1.1, PG1.1.2): a text of at most 32 letters, digits, '.', '_' and '-', a letter or digit first. */
export const IsCode = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(Matches(CODE_PATTERN, options), IsString());
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date YYYY-MM-DD that exists: strict, so 2025-02-30 is refused, not rolled over to March. */
export function IsIsoDate(): PropertyDecorator {
  return applyDecorators(IsISO8601({ strict: true, strictSeparator: true }), Matches(ISO_DATE));
}

/** Keeps offset = (page − 1) × pageSize a safe integer. */
export const MAX_PAGE = 1_000_000;

/** Query strings arrive as text: digits become a number, anything else stays as sent and fails IsInt. */
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/*
 * Query parameter declarations. applyDecorators applies its list first to last, so each lists
 * its decorators bottom-up, in the order a stack of them on the property would register its
 * checks (and so report them).
 */

/** An optional whole-number query parameter from 1 to `max` (a page, a page size); `fallback` when left out. */
export function QueryCount(max: number, fallback: number): PropertyDecorator {
  return applyDecorators(
    Max(max),
    Min(1),
    IsInt(),
    Transform(toInteger),
    IsOptional(),
    ApiPropertyOptional({ minimum: 1, maximum: max, default: fallback }),
  );
}

/** The optional ?lang= of a query DTO that refuses unknown parameters: accepted as on every route. */
export function QueryLang(): PropertyDecorator {
  return applyDecorators(IsIn(['tr', 'en']), IsOptional(), ApiPropertyOptional({ enum: ['tr', 'en'] }));
}

/** An optional list (null refused) of at most `max` objects of the DTO class `type`, each validated. */
export function OptionalListOf(type: new () => object, max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    Type(() => type),
    ValidateNested({ each: true }),
    ArrayMaxSize(max),
    IsArray(),
    IsOptionalNotNull(),
    ApiPropertyOptional({
      type: [type],
      maxItems: max,
      ...(description === undefined ? {} : { description }),
    }),
  );
}

/**
 * A list of `min` (when given) to `max` objects of the DTO class `type`, each an object validated
 * as that class; `docs` adds to its documentation.
 */
export function ListOf(
  type: new () => object,
  { min, max }: { min?: number; max: number },
  docs: ApiPropertyOptions = {},
): PropertyDecorator {
  return applyDecorators(
    Type(() => type),
    ValidateNested({ each: true }),
    IsObject({ each: true }),
    ArrayMaxSize(max),
    ...(min === undefined ? [] : [ArrayMinSize(min)]),
    IsArray(),
    ApiProperty({ type: [type], ...docs }),
  );
}

/**
 * An optional object of the DTO class `type`, validated as that class; `presence` says what a
 * null is: refused (IsOptionalNotNull, the default) or taken as left out (IsOptional).
 */
export function OptionalObjectOf(
  type: new () => object,
  docs: ApiPropertyOptions = {},
  presence: () => PropertyDecorator = IsOptionalNotNull,
): PropertyDecorator {
  return applyDecorators(
    Type(() => type),
    ValidateNested(),
    IsObject(),
    presence(),
    ApiPropertyOptional({ type, ...docs }),
  );
}

/** The version of a record a step's client read: another stored version answers 409 STALE_VERSION. */
export function VersionRead(): PropertyDecorator {
  return applyDecorators(
    Min(1),
    IsInt(),
    IsOptionalNotNull(),
    ApiPropertyOptional({
      description: 'The version read; another stored version answers 409 STALE_VERSION',
    }),
  );
}

/** A text that must say something, of at most `max` characters. */
export const IsText = (max: number): PropertyDecorator =>
  applyDecorators(MaxLength(max), IsNotEmpty(), IsString());

/** A text that may be left out, or empty, of at most `max` characters. */
export const IsOptionalText = (max: number): PropertyDecorator =>
  applyDecorators(MaxLength(max), IsString(), IsOptional());
