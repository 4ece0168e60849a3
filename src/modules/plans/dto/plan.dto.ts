import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  PLAN_STATUSES,
  type CostingDoc,
  type PlanSettings,
  type PlanStatus,
} from '../../../contracts/plan-document.js';
import type { CreatePlanRequest } from '../../../contracts/resources.js';
import { IsPlainObject, ISO_DATE } from '../../../common/validators.js';

const DATE_OPTIONS = { strict: true, strictSeparator: true } as const;

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  institutionId!: string;

  @ApiProperty({ example: '2025-2029 Stratejik Planı' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(1990)
  @Max(2200)
  startYear!: number;

  @ApiProperty({ example: 2029 })
  @IsInt()
  @Min(1990)
  @Max(2200)
  endYear!: number;

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  mission?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  vision?: string;

  @ApiPropertyOptional({ example: '2024-09-02' })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601(DATE_OPTIONS)
  submittedToCouncil?: string;

  @ApiPropertyOptional({ example: '2024-09-05' })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601(DATE_OPTIONS)
  councilDecisionDate?: string;

  @ApiPropertyOptional({ example: '2024/138' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  councilDecisionNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number;

  @ApiPropertyOptional({ example: '2024-03-31' })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601(DATE_OPTIONS)
  electionDate?: string;

  @ApiPropertyOptional({ description: 'clampTargetRates, aimAggregation, codePrefixes, statusThresholds' })
  @IsOptional()
  @IsPlainObject()
  settings?: Partial<PlanSettings>;

  @ApiPropertyOptional({ description: 'generalAdministration and resources (domain.md 2.2)' })
  @IsOptional()
  @IsPlainObject()
  costing?: CostingDoc;
}

export class UpdatePlanDto implements Partial<Omit<CreatePlanRequest, 'institutionId'>> {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1990) @Max(2200) startYear?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1990) @Max(2200) endYear?: number;
  @ApiPropertyOptional({ enum: PLAN_STATUSES }) @IsOptional() @IsIn(PLAN_STATUSES) status?: PlanStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) mission?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) vision?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601(DATE_OPTIONS)
  submittedToCouncil?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601(DATE_OPTIONS)
  councilDecisionDate?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  councilDecisionNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) population?: number;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DATE) @IsISO8601(DATE_OPTIONS) electionDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsPlainObject() settings?: Partial<PlanSettings>;
  @ApiPropertyOptional() @IsOptional() @IsPlainObject() costing?: CostingDoc;
}

export class CoreValueDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) description?: string;
}

export class UpdateCoreValueDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) description?: string;
}
