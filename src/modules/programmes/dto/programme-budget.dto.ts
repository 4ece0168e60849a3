import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import type {
  ActivityJustification,
  BudgetActivityRequest,
  BudgetGoalRequest,
  BudgetIndicatorRequest,
  BudgetProgrammeRequest,
  BudgetSubProgrammeRequest,
} from '../../../contracts/programme.js';
import { CODE_PATTERN, IsOptionalNotNull, IsPlainObject } from '../../../common/validators.js';
import { TEXT_LIMITS } from '../../plans/plan-document-parser.js';
import { OptionalNested } from './programme.dto.js';

/** The id of the part a body hangs under: its programme, sub-programme or goal. */
const ParentId = (description: string): PropertyDecorator =>
  applyDecorators(MaxLength(64), IsNotEmpty(), IsString(), ApiProperty({ description }));

/** A part's code: unique among its siblings (CODE_TAKEN). */
const PartCode = (docs: ApiPropertyOptions): PropertyDecorator =>
  applyDecorators(Matches(CODE_PATTERN), IsString(), ApiProperty(docs));

/** A part's name or title. */
const PartName = (docs: ApiPropertyOptions): PropertyDecorator =>
  applyDecorators(MaxLength(TEXT_LIMITS.name), IsNotEmpty(), IsString(), ApiProperty(docs));

/** The version of the part the client read (PUT). */
const PartVersion = (): PropertyDecorator =>
  applyDecorators(Min(1), IsInt(), IsOptionalNotNull(), ApiPropertyOptional({ minimum: 1 }));

/** A text of the justification form: may be left out or null. */
const FormText = (description: string): PropertyDecorator =>
  applyDecorators(
    MaxLength(TEXT_LIMITS.long),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({ nullable: true, description }),
  );

/** A programme of the programme-budget card; a PUT sends the whole of it again. */
export class BudgetProgrammeDto implements BudgetProgrammeRequest {
  @PartCode({ example: '03', description: 'Program kodu' }) code!: string;

  @PartName({ example: 'Kentsel Altyapı', description: 'Program adı' }) name!: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The version read (PUT)' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}

export class BudgetSubProgrammeDto implements BudgetSubProgrammeRequest {
  @ParentId('The id of its programme') programme!: string;

  @PartCode({ example: '03.01', description: 'Alt program kodu' }) code!: string;

  @PartName({ example: 'Yeşil Alanlar', description: 'Alt program adı' }) name!: string;

  @PartVersion() version?: number;
}

export class BudgetGoalDto implements BudgetGoalRequest {
  @ParentId('The id of its sub-programme') subProgramme!: string;

  @PartCode({ example: 'AH1', description: 'Alt program hedefi kodu' }) code!: string;

  @PartName({ example: 'Kişi başına yeşil alanı artırmak' }) title!: string;

  @ApiProperty({ example: ['H1.1'], description: 'Plan targets of the programme year (PP_TARGET_IN_PLAN)' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.code, { each: true })
  targets!: string[];

  @PartVersion() version?: number;
}

export class BudgetIndicatorDto implements BudgetIndicatorRequest {
  @ParentId('The id of its goal') goal!: string;

  @PartCode({ example: 'G1' }) code!: string;

  @PartName({ example: 'Kişi başına yeşil alan' }) name!: string;

  @ApiPropertyOptional({ nullable: true, example: 'm²' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.code)
  unit?: string | null;

  @ApiPropertyOptional({
    example: {
      tMinus2Actual: 10.2,
      tMinus1Planned: 11,
      tMinus1Estimate: 10.8,
      tTarget: 12,
      tPlus1: 12.5,
      tPlus2: 13,
    },
    description:
      'Figures by column (tMinus2Actual, tMinus1Planned, tMinus1Estimate, tTarget, tPlus1, tPlus2); null leaves one empty',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  figures?: Record<string, number | null>;

  @PartVersion() version?: number;
}

export class ActivityJustificationDto implements Partial<ActivityJustification> {
  @FormText('Yasal dayanak') legalBasis?: string | null;

  @FormText('Gerekçe') rationale?: string | null;

  @FormText('Maliyet unsurları') costElements?: string | null;

  @FormText('Bütçe tertipleri') budgetLines?: string | null;
}

export class BudgetActivityDto implements BudgetActivityRequest {
  @ParentId('The id of its goal') goal!: string;

  @PartCode({ example: 'F01' }) code!: string;

  @PartName({ example: 'Mahalle parkları yapımı' }) name!: string;

  @ApiProperty({
    nullable: true,
    example: 'PARK',
    description: 'The responsible unit’s code (PP_ACTIVITY_UNIT)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.code)
  unit!: string | null;

  @ApiPropertyOptional({
    example: { budget: { '06': { tMinus1Budget: 900000, t: 1200000 } }, offBudget: { '06': { t: 100000 } } },
    description:
      'TL by funding type (budget, offBudget), economic code 01–09 and column (tMinus1Budget, tMinus1Actual, tMinus1Estimate, t, tPlus1, tPlus2)',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  costs?: Record<string, unknown>;

  @OptionalNested(ActivityJustificationDto, 'Faaliyet gerekçe formu')
  justification?: ActivityJustificationDto;

  @PartVersion() version?: number;
}
