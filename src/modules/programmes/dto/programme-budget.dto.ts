import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
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

/** A programme of the programme-budget card; a PUT sends the whole of it again. */
export class BudgetProgrammeDto implements BudgetProgrammeRequest {
  @ApiProperty({ example: '03', description: 'Program kodu' })
  @IsString()
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Kentsel Altyapı', description: 'Program adı' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The version read (PUT)' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}

export class BudgetSubProgrammeDto implements BudgetSubProgrammeRequest {
  @ApiProperty({ description: 'The id of its programme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  programme!: string;

  @ApiProperty({ example: '03.01', description: 'Alt program kodu' })
  @IsString()
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Yeşil Alanlar', description: 'Alt program adı' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

export class BudgetGoalDto implements BudgetGoalRequest {
  @ApiProperty({ description: 'The id of its sub-programme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  subProgramme!: string;

  @ApiProperty({ example: 'AH1', description: 'Alt program hedefi kodu' })
  @IsString()
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Kişi başına yeşil alanı artırmak' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  title!: string;

  @ApiProperty({ example: ['H1.1'], description: 'Plan targets of the programme year (PP_TARGET_IN_PLAN)' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.code, { each: true })
  targets!: string[];

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

export class BudgetIndicatorDto implements BudgetIndicatorRequest {
  @ApiProperty({ description: 'The id of its goal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  goal!: string;

  @ApiProperty({ example: 'G1' })
  @IsString()
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Kişi başına yeşil alan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

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

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

export class ActivityJustificationDto implements Partial<ActivityJustification> {
  @ApiPropertyOptional({ nullable: true, description: 'Yasal dayanak' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  legalBasis?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Gerekçe' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  rationale?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Maliyet unsurları' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  costElements?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Bütçe tertipleri' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  budgetLines?: string | null;
}

export class BudgetActivityDto implements BudgetActivityRequest {
  @ApiProperty({ description: 'The id of its goal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  goal!: string;

  @ApiProperty({ example: 'F01' })
  @IsString()
  @Matches(CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Mahalle parkları yapımı' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

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

  @ApiPropertyOptional({ type: ActivityJustificationDto, description: 'Faaliyet gerekçe formu' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ActivityJustificationDto)
  justification?: ActivityJustificationDto;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}
