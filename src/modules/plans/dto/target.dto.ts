import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Min,
  type ValidationOptions,
} from 'class-validator';
import type { ActivityDoc, YearAmounts } from '../../../contracts/plan-document.js';
import { PLAN_LIMITS } from '../plan-limits.js';
import {
  IsOptionalNotNull,
  IsRequired,
  IsYearAmounts,
  OptionalListOf,
  rule,
  IsText,
  IsCode,
} from '../../../common/validators.js';

/** Items of each text list of a card (plan-limits.ts). */
const LIST = PLAN_LIMITS.listItemsPerTarget;

/** IsTextList within the card's list limit, as one constraint (one detail for one bad list). */
export function IsCardList(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isTextList',
    `$property must be a list of at most ${LIST} non-empty texts (at most 2000 characters each)`,
    options,
    (value) =>
      Array.isArray(value) &&
      value.length <= LIST &&
      value.every((item) => typeof item === 'string' && item.trim().length > 0 && item.length <= 2000),
  );
}

/** An optional text list of a target card (risks, controls, …), within the card's list limit. */
function CardList(): PropertyDecorator {
  return applyDecorators(IsCardList(), IsOptional(), ApiPropertyOptional({ type: [String], maxItems: LIST }));
}

export class ActivityDto implements ActivityDoc {
  @ApiPropertyOptional({ example: 'F01' }) @IsOptional() @IsCode() code?: string;
  @ApiProperty() @IsText(500) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsCode() responsibleUnit?: string;
  @ApiPropertyOptional({ example: { '2025': 7500000 } }) @IsOptional() @IsYearAmounts() cost?: YearAmounts;
  @ApiPropertyOptional() @IsOptional() @IsYearAmounts() offBudgetCost?: YearAmounts;
}

class TargetFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) title?: string;
  @ApiPropertyOptional({ example: 'PARK' })
  @IsOptional()
  @IsCode()
  responsibleUnit?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLAN_LIMITS.collaboratingUnits)
  @IsString({ each: true })
  collaboratingUnits?: string[];
  @CardList() risks?: string[];
  @CardList() controls?: string[];
  @CardList() strategies?: string[];
  @OptionalListOf(ActivityDto, PLAN_LIMITS.activitiesPerTarget) activities?: ActivityDto[];
  @ApiPropertyOptional({ example: { '2025': 1000000 } })
  @IsOptional()
  @IsYearAmounts()
  costEstimate?: YearAmounts;
  @CardList() findings?: string[];
  @CardList() needs?: string[];
}

export class CreateTargetDto extends TargetFieldsDto {
  @ApiProperty({ example: 'A1' }) @IsCode() aim!: string;
  @ApiPropertyOptional({ example: 'H1.1', description: 'Left out: the next free number under the aim' })
  @IsOptionalNotNull()
  @IsCode()
  code?: string;
  @ApiProperty() @IsRequired() @IsText(500) declare title: string;
  @ApiProperty({ example: 'PARK' })
  @IsRequired()
  @IsCode()
  declare responsibleUnit: string;
}

export class UpdateTargetDto extends TargetFieldsDto {
  /** The version the client read: a different stored version answers 409 STALE_VERSION with the record as it is. */
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
  /** Re-weights several indicators at once (WEIGHTS_SUM holds only for the whole set). */
  @ApiPropertyOptional({ example: { 'PG1.1.1': 50, 'PG1.1.2': 50 } })
  @IsOptionalNotNull()
  @IsObject()
  indicatorWeights?: Record<string, number>;
}
