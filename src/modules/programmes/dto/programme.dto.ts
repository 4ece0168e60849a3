import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PROGRAMME_FORMATS,
  type ProgrammeFormat,
  type PublishProgrammeRequest,
  type PutActivityProgressRequest,
  type PutProgrammeRequest,
} from '../../../contracts/programme.js';
import type { ReturnValueRequest, ValueTransitionRequest } from '../../../contracts/workflow.js';
import {
  CODE_PATTERN,
  IsIsoDate,
  IsOptionalNotNull,
  IsPlainObject,
  IsText,
  VersionRead,
} from '../../../common/validators.js';
import { TEXT_LIMITS } from '../../plans/plan-document-parser.js';

const AMOUNTS_EXAMPLE = { '01': 120000, '03': 45000.5 };
const OFF_BUDGET_EXAMPLE = { 'doner-sermaye': 10000 };

/** An optional object (null refused) of the DTO class `type`, validated as such. */
export const OptionalNested = (type: new () => object, description: string): PropertyDecorator =>
  applyDecorators(
    Type(() => type),
    ValidateNested(),
    IsObject(),
    IsOptionalNotNull(),
    ApiPropertyOptional({ type, description }),
  );

/** A resource need: TL by economic code 01–09 and by off-budget source (checked by the service: PP_ECONOMIC_CODE, PP_NEGATIVE_COST). */
export class ResourceNeedDto {
  @ApiPropertyOptional({ example: AMOUNTS_EXAMPLE, description: 'TL by first-level economic code 01–09' })
  @IsOptionalNotNull()
  @IsPlainObject()
  budget?: Record<string, number>;

  @ApiPropertyOptional({
    example: OFF_BUDGET_EXAMPLE,
    description: 'TL by off-budget source: doner-sermaye, diger-yurt-ici, diger-yurt-disi',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  offBudget?: Record<string, number>;
}

/** The programme of a year, made or changed: what is sent replaces what was stored. */
export class PutProgrammeDto implements PutProgrammeRequest {
  @ApiPropertyOptional({ enum: PROGRAMME_FORMATS, description: 'classic by default' })
  @IsOptionalNotNull()
  @IsIn(PROGRAMME_FORMATS)
  format?: ProgrammeFormat;

  @ApiPropertyOptional({
    example: AMOUNTS_EXAMPLE,
    description: 'The budget proposal (bütçe teklifi) by economic code',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  proposal?: Record<string, number>;

  @OptionalNested(ResourceNeedDto, 'Genel yönetim giderleri')
  generalAdministration?: ResourceNeedDto;

  @OptionalNested(ResourceNeedDto, 'Diğer idarelere transfer edilecek kaynaklar')
  transfers?: ResourceNeedDto;

  @ApiPropertyOptional({ minimum: 1, description: 'The version read' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateProgrammeTargetDto {
  @ApiPropertyOptional({ example: 'PH1', description: 'PH1, PH2… in order when left out' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(CODE_PATTERN)
  code?: string;

  @ApiProperty({ example: 'H1.1', description: 'A target of the plan for the programme year' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  target!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Açıklamalar' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  explanation?: string | null;
}

export class UpdateProgrammeTargetDto {
  @ApiPropertyOptional({ example: 'PH1' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(CODE_PATTERN)
  code?: string;

  @ApiPropertyOptional({ example: 'H1.1' })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  target?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  explanation?: string | null;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

/** An indicator's figures typed into the programme (years t-2, t-1, t; null clears one) and its explanation. */
export class PutProgrammeIndicatorDto {
  @ApiPropertyOptional({ example: { '2023': 12, '2024': 15 }, description: 'Figures by year: t-2, t-1, t' })
  @IsOptionalNotNull()
  @IsPlainObject()
  figures?: Record<string, number | null>;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  explanation?: string | null;

  @ApiPropertyOptional({ minimum: 0, description: 'The version read; 0 while nothing was typed for it' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  version?: number;
}

class ActivityFields {
  @ApiPropertyOptional({ example: 'F01', description: 'F01, F02… in order when left out' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(CODE_PATTERN)
  code?: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'PARK',
    description: 'The responsible spending unit’s code (required: PP_ACTIVITY_UNIT)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.code)
  unit?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  description?: string | null;

  @ApiPropertyOptional({ example: AMOUNTS_EXAMPLE })
  @IsOptionalNotNull()
  @IsPlainObject()
  budget?: Record<string, number>;

  @ApiPropertyOptional({ example: OFF_BUDGET_EXAMPLE })
  @IsOptionalNotNull()
  @IsPlainObject()
  offBudget?: Record<string, number>;
}

export class CreateProgrammeActivityDto extends ActivityFields {
  @ApiProperty({ example: 'PH1', description: 'The performance target it serves' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  target!: string;

  @ApiProperty({ example: 'Park yapımı' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;
}

export class UpdateProgrammeActivityDto extends ActivityFields {
  @ApiPropertyOptional({ example: 'PH2' })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  target?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name?: string;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

export class SubmitProgrammeDto {
  @ApiProperty({ example: '2025-10-01', description: 'Sent to the council on' }) @IsIsoDate() date!: string;
}

export class AcceptProgrammeDto {
  @ApiProperty({ example: '2025-10-10', description: 'The council decision’s date' })
  @IsIsoDate()
  date!: string;
  @ApiProperty({ example: '2025/142' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  number!: string;
}

export class OpenRevisionDto {
  @ApiProperty({ example: 'Bütçe görüşmelerinde ödenek değişti' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.long)
  reason!: string;
}

export class PublishProgrammeDto implements PublishProgrammeRequest {
  @ApiProperty({ example: '2025-11-01', description: 'The day it was published, not before the decision' })
  @IsIsoDate()
  date!: string;
}

/** A step of an activity progress entry (submit, withdraw, approve): the version read. */
export class ProgressTransitionDto implements ValueTransitionRequest {
  @VersionRead() version?: number;
}

export class ReturnProgressDto extends ProgressTransitionDto implements ReturnValueRequest {
  @ApiProperty({ description: 'Why the entry goes back to the unit' })
  @IsText(TEXT_LIMITS.long)
  comment!: string;
}

/** Progress and spending of an activity in a period (checked by the service: ACTIVITY_PERCENT, PP_ECONOMIC_CODE, PP_NEGATIVE_COST). */
export class PutActivityProgressDto extends ProgressTransitionDto implements PutActivityProgressRequest {
  @ApiProperty({ example: 60, description: '% of the activity done, 0–100' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  percent!: number;

  @ApiPropertyOptional({ description: 'What was done, what is late and why' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  note?: string | null;

  @ApiPropertyOptional({
    example: AMOUNTS_EXAMPLE,
    description: 'TL spent by first-level economic code 01–09',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  spending?: Record<string, number>;
}
