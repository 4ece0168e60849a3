import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  registerDecorator,
} from 'class-validator';
import {
  AIM_AGGREGATIONS,
  MAX_DEADLINE_DAYS,
  PLAN_STATUSES,
  type AimAggregation,
  type CodePrefixes,
  type CostingDoc,
  type MidYearBands,
  type PlanSettings,
  type PlausibilityFactors,
  type PlanStatus,
  type ResourceDoc,
  type YearAmounts,
} from '../../../contracts/plan-document.js';
import type { CreatePlanRequest } from '../../../contracts/resources.js';
import {
  IsOptionalNotNull,
  IsRequired,
  IsYearAmounts,
  IsIsoDate,
  OptionalListOf,
  IsText,
  IsOptionalText,
  OptionalObjectOf,
  IsCode,
} from '../../../common/validators.js';
import { currentLang } from '../../../common/request-context.js';
import { PLAN_LIMITS } from '../plan-limits.js';
import { midYearBandsProblem, plausibilityProblem } from '../plan-settings.js';

class CodePrefixesDto implements CodePrefixes {
  @ApiProperty({ example: 'A' }) @IsCode() aim!: string;
  @ApiProperty({ example: 'H' }) @IsCode() target!: string;
  @ApiProperty({ example: 'PG' }) @IsCode() indicator!: string;
}

class StatusThresholdsDto {
  @ApiProperty({ example: 85 }) @IsNumber({ allowNaN: false, allowInfinity: false }) good!: number;
  @ApiProperty({ example: 50 }) @IsNumber({ allowNaN: false, allowInfinity: false }) warning!: number;
}

const FINITE = { allowNaN: false, allowInfinity: false } as const;

/**
 * A check across the fields of a settings object (0 ≤ behind ≤ onTrack; 0 < low < 1 < high),
 * reported on the object with plan-settings.ts's message (detail code OUT_OF_RANGE).
 */
function SettingRange<T extends object>(problem: (value: T) => string | null): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'settingRange',
      target: object.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'object' || value === null) return true;
          const fields = Object.values(value as Record<string, unknown>);
          // Types are the nested DTO's to report; the range is judged on numbers only.
          if (!fields.every((field) => typeof field === 'number' && Number.isFinite(field))) return true;
          return problem(value as T) === null;
        },
        defaultMessage: (args) => problem(args?.value as T) ?? '',
      },
    });
}

class MidYearBandsDto implements MidYearBands {
  @ApiProperty({ example: 40 }) @IsNumber(FINITE) @Min(0) onTrack!: number;
  @ApiProperty({ example: 20 }) @IsNumber(FINITE) @Min(0) behind!: number;
}

class PlausibilityDto implements PlausibilityFactors {
  @ApiProperty({ example: 0.5, description: '0 < low < 1' }) @IsNumber(FINITE) low!: number;
  @ApiProperty({ example: 2, description: 'high > 1' }) @IsNumber(FINITE) high!: number;
}

/** Plan settings, checked field by field as the plan document's are (a bad value must not reach the engine). */
export class PlanSettingsDto implements Partial<PlanSettings> {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() clampTargetRates?: boolean;
  @ApiPropertyOptional({ enum: AIM_AGGREGATIONS })
  @IsOptionalNotNull()
  @IsIn(AIM_AGGREGATIONS)
  aimAggregation?: AimAggregation;
  @OptionalObjectOf(CodePrefixesDto) codePrefixes?: CodePrefixesDto;
  @OptionalObjectOf(StatusThresholdsDto) statusThresholds?: StatusThresholdsDto;
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: 'Coverage (% of the weight due) below which a rate reads "yetersiz veri" (default 50)',
  })
  @IsOptionalNotNull()
  @IsNumber(FINITE)
  @Min(0)
  @Max(100)
  minCoverage?: number;
  @OptionalObjectOf(
    MidYearBandsDto,
    {
      nullable: true,
      description: 'Mid-year bands, 0 ≤ behind ≤ onTrack (default 40 / 20); null: a neutral palette',
    },
    IsOptional,
  )
  @SettingRange<MidYearBands>((bands) => midYearBandsProblem(bands, currentLang()))
  midYearBands?: MidYearBandsDto | null;
  @OptionalObjectOf(PlausibilityDto, {
    description: 'Plausibility factors of a value entry, 0 < low < 1 < high (default 0.5 / 2)',
  })
  @SettingRange<PlausibilityFactors>((factors) => plausibilityProblem(factors, currentLang()))
  plausibility?: PlausibilityDto;
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_DEADLINE_DAYS,
    description:
      'Days after an assessment period ends by which its entries are due (default 15); later is late',
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_DEADLINE_DAYS)
  entryDeadlineDays?: number;
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_DEADLINE_DAYS,
    description:
      'Days after an assessment period ends by which the planner approves (default 30; never before the entry deadline)',
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_DEADLINE_DAYS)
  approvalDeadlineDays?: number;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5,
    description: 'A stakeholder score at or above this reads high (default 3)',
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(5)
  stakeholderThreshold?: number;
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: 'Percent a programme target’s cost may differ from the plan’s estimate (default 10)',
  })
  @IsOptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  programmeCostTolerance?: number;
}

class ResourceDto implements ResourceDoc {
  @ApiProperty() @IsText(500) source!: string;
  @ApiProperty({ enum: ['butce', 'butce-disi'] }) @IsIn(['butce', 'butce-disi']) kind!:
    'butce' | 'butce-disi';
  @ApiProperty({ example: { '2025': 1000000 } }) @IsYearAmounts() amounts!: YearAmounts;
}

/** Costing of domain.md 2.2: general administration and resources. */
export class CostingDto implements CostingDoc {
  @ApiPropertyOptional({ example: { '2025': 500000 } })
  @IsOptionalNotNull()
  @IsYearAmounts()
  generalAdministration?: YearAmounts;
  @OptionalListOf(ResourceDto, PLAN_LIMITS.resources) resources?: ResourceDto[];
}

/** The fields of a plan a client writes, all optional: CreatePlanDto requires some of them. */
class PlanFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) title?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1990) @Max(2200) startYear?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1990) @Max(2200) endYear?: number;
  @ApiPropertyOptional() @IsOptionalText(10000) mission?: string;
  @ApiPropertyOptional() @IsOptionalText(10000) vision?: string;
  @ApiPropertyOptional({ example: '2024-09-02' }) @IsOptional() @IsIsoDate() submittedToCouncil?: string;
  @ApiPropertyOptional({ example: '2024-09-05' }) @IsOptional() @IsIsoDate() councilDecisionDate?: string;
  @ApiPropertyOptional({ example: '2024/138' })
  @IsOptional()
  @IsText(100)
  councilDecisionNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(2147483647) population?: number;
  @ApiPropertyOptional({ example: '2024-03-31' }) @IsOptional() @IsIsoDate() electionDate?: string;
  @OptionalObjectOf(PlanSettingsDto, {}, IsOptional) settings?: PlanSettingsDto;
  @OptionalObjectOf(
    CostingDto,
    { description: 'generalAdministration and resources (domain.md 2.2)' },
    IsOptional,
  )
  costing?: CostingDto;
}

export class CreatePlanDto extends PlanFieldsDto implements CreatePlanRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() institutionId!: string;
  @ApiProperty({ example: '2025-2029 Stratejik Planı' })
  @IsRequired()
  @IsText(500)
  declare title: string;
  @ApiProperty({ example: 2025 }) @IsRequired() @IsInt() @Min(1990) @Max(2200) declare startYear: number;
  @ApiProperty({ example: 2029 }) @IsRequired() @IsInt() @Min(1990) @Max(2200) declare endYear: number;
  @ApiPropertyOptional({ enum: PLAN_STATUSES }) @IsOptional() @IsIn(PLAN_STATUSES) status?: PlanStatus;
}

export class UpdatePlanDto
  extends PlanFieldsDto
  implements Partial<Omit<CreatePlanRequest, 'institutionId' | 'status'>>
{
  /** The version the client read: a different stored version answers 409 STALE_VERSION with the record as it is. */
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
  /** Never accepted: the status changes through the lifecycle steps only (400 STATUS_VIA_LIFECYCLE). */
  @ApiPropertyOptional({
    deprecated: true,
    description: 'Refused with 400 STATUS_VIA_LIFECYCLE: use POST …/lifecycle/submit, enact or close',
  })
  @IsOptional()
  status?: unknown;
}

export class CoreValueDto {
  @ApiProperty() @IsText(500) title!: string;
  @ApiPropertyOptional() @IsOptionalText(10000) description?: string;
}

export class UpdateCoreValueDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) title?: string;
  @ApiPropertyOptional() @IsOptionalText(10000) description?: string;
}
