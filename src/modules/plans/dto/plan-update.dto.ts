import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  type ValidationOptions,
} from 'class-validator';
import type { Direction, Method, ValueType } from '../../../contracts/plan-document.js';
import {
  CARD_LIST_FIELDS,
  type ApproveUpdateRequest,
  type PlanUpdateRequest,
  type RejectUpdateRequest,
  type UpdateCard,
  type UpdateIndicator,
  type UpdateTargets,
  type UpdateWeights,
} from '../../../contracts/plan-versions.js';
import {
  IsDirection,
  IsIsoDate,
  IsMethod,
  IsOptionalNotNull,
  IsPlainObject,
  IsValueType,
  IsYearValues,
  OptionalListOf,
  rule,
  IsText,
  IsCode,
} from '../../../common/validators.js';
import { PLAN_LIMITS } from '../plan-limits.js';

const FINITE = { allowNaN: false, allowInfinity: false } as const;
/**
 * An indicator added by the update: a whole target card row. (Not `UpdateIndicatorDto`: that is
 * the PATCH of one indicator, and two DTO classes of one name are one schema in OpenAPI.)
 */
export class AddedIndicatorDto implements UpdateIndicator {
  @ApiProperty({ example: 'H1.1' }) @IsCode() target!: string;
  @ApiProperty({ example: 'PG1.1.4' }) @IsCode() code!: string;
  @ApiProperty() @IsText(500) name!: string;
  @ApiPropertyOptional({ example: 'adet' }) @IsOptionalNotNull() @IsString() @MaxLength(50) unit?: string;
  @ApiProperty({ description: 'hedefe etkisi (%)' }) @IsNumber(FINITE) @Min(0) weight!: number;
  @IsDirection() direction!: Direction;
  @IsValueType() valueType!: ValueType;
  @IsOptionalNotNull() @IsMethod({ required: false }) method?: Method;
  @ApiProperty({ description: 'A when the indicator is added' }) @IsNumber(FINITE) baseline!: number;
  @ApiProperty({
    example: { '2027': 10, '2028': 20, '2029': 30 },
    description: 'One target for every year from the effective year to the plan’s end',
  })
  @IsYearValues()
  targets!: Record<string, number>;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptionalNotNull() @IsIn([6, 12]) monitoringMonths?: 6 | 12;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptionalNotNull() @IsIn([6, 12]) reportingMonths?: 6 | 12;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(500) dataSource?: string;
}

/** Mission, vision and aims are not part of an update (UPDATE_RULES): unknown fields are refused. */
export class PlanUpdateDto implements PlanUpdateRequest {
  @ApiProperty({ example: 2027, description: 'First year the new version is in force' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  effectiveYear!: number;

  @ApiProperty({ example: 'Kamulaştırma gecikmesi nedeniyle hedefler revize edildi' })
  @IsText(2000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-05', description: 'Council decision date (YYYY-MM-DD)' })
  @IsOptionalNotNull()
  @IsIsoDate()
  decisionDate?: string;

  @ApiPropertyOptional({ example: '2026/212' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  decisionNumber?: string;

  @ApiPropertyOptional({
    example: { 'PG1.1.1': { '2027': 150000, '2028': 170000 } },
    description: 'New yearly targets per indicator code and year (remaining years only)',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  targets?: UpdateTargets;

  @ApiPropertyOptional({
    example: { 'PG1.1.1': 30, 'PG1.1.2': 35 },
    description: 'New weights (hedefe etkisi) per indicator code; each target’s weights still sum to 100',
  })
  @IsOptionalNotNull()
  @IsPlainObject()
  weights?: UpdateWeights;

  @OptionalListOf(AddedIndicatorDto, PLAN_LIMITS.indicators, 'Indicators added to targets')
  indicators?: AddedIndicatorDto[];

  @ApiPropertyOptional({
    example: { 'H1.1': { costEstimate: { '2027': 1400000 }, risks: ['Kamulaştırma gecikmeleri'] } },
    description: `Target card fields per target code: costEstimate (remaining years) and the lists ${CARD_LIST_FIELDS.join(', ')}`,
  })
  @IsOptionalNotNull()
  @IsUpdateCards()
  cards?: Record<string, UpdateCard>;
}

export class ApproveUpdateDto implements ApproveUpdateRequest {
  @ApiPropertyOptional({ example: '2026-11-20', description: 'In force from (YYYY-MM-DD); default today' })
  @IsOptionalNotNull()
  @IsIsoDate()
  date?: string;
}

export class RejectUpdateDto implements RejectUpdateRequest {
  @ApiProperty({ example: 'Bütçe imkânları bu hedefleri karşılamıyor' })
  @IsText(2000)
  reason!: string;
}

/**
 * { "H1.1": { costEstimate?: { "YYYY": amount ≥ 0 }, risks?: [text], … } }: known keys only, money
 * non-negative, lists of at most PLAN_LIMITS.listItemsPerTarget non-empty texts of at most
 * 10,000 characters.
 */
function IsUpdateCards(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isUpdateCards',
    `$property must map target codes to { costEstimate: { "YYYY": amount ≥ 0 }, ${CARD_LIST_FIELDS.join(', ')}: [at most ${PLAN_LIMITS.listItemsPerTarget} non-empty texts] }`,
    options,
    isUpdateCards,
  );
}

function isUpdateCards(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return Object.values(value).every(
    (card) =>
      isRecord(card) &&
      Object.entries(card).every(([key, field]) => {
        if (key === 'costEstimate')
          return (
            isRecord(field) &&
            Object.entries(field).every(
              ([year, amount]) =>
                /^\d{4}$/.test(year) && typeof amount === 'number' && Number.isFinite(amount) && amount >= 0,
            )
          );
        if (!(CARD_LIST_FIELDS as readonly string[]).includes(key)) return false;
        return (
          Array.isArray(field) &&
          field.length <= PLAN_LIMITS.listItemsPerTarget &&
          field.every((item) => typeof item === 'string' && item.trim() !== '' && item.length <= 10000)
        );
      }),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
