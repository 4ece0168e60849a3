import { describe, expect, it } from '@jest/globals';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validate,
  ValidateNested,
} from 'class-validator';
import type { Lang } from '../contracts/validation.js';
import { formatVariant } from './messages/validation-messages.js';
import { flattenValidationErrors, unpairedSurrogatePaths } from './validation.js';
import { CODE_PATTERN } from './validators.js';

describe('unpairedSurrogatePaths', () => {
  it('finds unpaired surrogates at any depth, in values and keys, with detail paths', () => {
    expect(
      unpairedSurrogatePaths({
        email: 'a\ud800@b.tr',
        name: 'Pusula 🧭',
        units: ['PARK', 'x\udfff'],
        targets: { '2025': 1, 'y\ud801': 2 },
        nested: [{ note: '\udc00' }],
      }),
    ).toEqual(['email', 'units[1]', 'targets.y\ud801', 'nested[0].note']);
  });

  it('passes paired surrogates (emoji), NUL and non-strings', () => {
    expect(unpairedSurrogatePaths({ a: '🧭𝓟', b: 'a\u0000b', c: 1, d: null, e: [true] })).toEqual([]);
    expect(unpairedSurrogatePaths('\ud800')).toEqual(['']);
  });
});

class NoteDto {
  @IsString() @MaxLength(20) title!: string;
  @IsInt() @Min(1) @Max(500) pageSize!: number;
  @IsIn(['butce', 'butce-disi']) kind!: string;
  @Matches(CODE_PATTERN, { message: 'code must be a short code such as PARK' }) code!: string;
  @IsOptional() @ValidateNested() @Type(() => NoteDto) child?: NoteDto;
}

async function details(body: object, lang: Lang): Promise<Array<[string, string, string]>> {
  const errors = await validate(plainToInstance(NoteDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return flattenValidationErrors(errors, '', lang).map(({ path, code, message }) => [path, code, message]);
}

describe('flattenValidationErrors', () => {
  const body = {
    title: 'x'.repeat(21),
    pageSize: 501,
    kind: 'nakit',
    code: '!',
    extra: 1,
    child: { title: 7 },
  };

  it('writes each detail in Turkish with the field’s label (its path when it has none) and the declared bound', async () => {
    expect(await details(body, 'tr')).toEqual([
      ['extra', 'UNKNOWN_FIELD', 'extra alanı tanınmıyor: gönderilmemeli'],
      ['title', 'TOO_LONG', 'Başlık en çok 20 karakter olmalı'],
      ['pageSize', 'OUT_OF_RANGE', 'pageSize en çok 500 olmalı'],
      ['kind', 'INVALID_ENUM', 'Tür izin verilen değerlerden biri olmalı: butce, butce-disi'],
      ['code', 'INVALID_FORMAT', 'Kod beklenen biçimde değil'],
      ['child.title', 'TOO_LONG', 'Başlık en çok 20 karakter olmalı'],
      ['child.title', 'INVALID_TYPE', 'Başlık metin olmalı'],
      ['child.pageSize', 'OUT_OF_RANGE', 'child.pageSize en çok 500 olmalı'],
      ['child.pageSize', 'OUT_OF_RANGE', 'child.pageSize en az 1 olmalı'],
      ['child.pageSize', 'INVALID_TYPE', 'child.pageSize tam sayı olmalı'],
      ['child.kind', 'INVALID_ENUM', 'Tür izin verilen değerlerden biri olmalı: butce, butce-disi'],
      ['child.code', 'INVALID_FORMAT', 'Kod beklenen biçimde değil'],
    ]);
  });

  it('writes them in English, keeping a message the DTO wrote itself', async () => {
    expect((await details(body, 'en')).slice(0, 5)).toEqual([
      ['extra', 'UNKNOWN_FIELD', 'property extra should not exist'],
      ['title', 'TOO_LONG', 'Title must be at most 20 characters long'],
      ['pageSize', 'OUT_OF_RANGE', 'pageSize must not be greater than 500'],
      ['kind', 'INVALID_ENUM', 'Kind must be one of the allowed values: butce, butce-disi'],
      ['code', 'INVALID_FORMAT', 'code must be a short code such as PARK'],
    ]);
  });

  it('writes a pattern check that names its catalogue text in both languages', async () => {
    class PeriodDto {
      @Matches(/^\d{4}(-H[12])?$/, formatVariant('entryPeriod')) period!: string;
    }
    const errors = await validate(plainToInstance(PeriodDto, { period: '2025-H3' }));
    expect(flattenValidationErrors(errors, '', 'tr')).toEqual([
      {
        path: 'period',
        code: 'INVALID_FORMAT',
        message: 'Dönem YYYY-H1, YYYY-H2 ya da YYYY biçiminde bir giriş dönemi olmalı',
      },
    ]);
    expect(flattenValidationErrors(errors, '', 'en')[0].message).toBe(
      'Period must be YYYY-H1, YYYY-H2 or YYYY',
    );
  });
});
