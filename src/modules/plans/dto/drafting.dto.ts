import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Min } from 'class-validator';
import type {
  MoveRequest,
  TargetCardIndicatorInput,
  TargetCardSaveRequest,
} from '../../../contracts/drafting.js';
import type { Direction, Method, ValueType, YearAmounts } from '../../../contracts/plan-document.js';
import {
  IsDirection,
  IsMethod,
  IsOptionalNotNull,
  IsValueType,
  IsYearAmounts,
  IsYearValues,
  IsText,
  IsOptionalText,
  ListOf,
  IsCode,
} from '../../../common/validators.js';
import { PLAN_LIMITS } from '../plan-limits.js';
import { ActivityDto, IsCardList } from './target.dto.js';

const FINITE = { allowNaN: false, allowInfinity: false } as const;

/** POST …/aims/:code/move and …/indicators/:code/move: the 1-based place among the siblings. */
export class MoveDto implements MoveRequest {
  @ApiProperty({ minimum: 1, description: '1-based position among the siblings after the move' })
  @IsInt()
  @Min(1)
  position!: number;
}

/** POST …/targets/:code/move: the place, under another aim when `aim` is given. */
export class MoveTargetDto extends MoveDto {
  @ApiPropertyOptional({ example: 'A2', description: 'The aim to move under (default: the same aim)' })
  @IsOptionalNotNull()
  @IsCode()
  aim?: string;
}

/** One indicator of a card save; without `code` a new one the server numbers. */
export class CardIndicatorDto implements TargetCardIndicatorInput {
  @ApiPropertyOptional({ example: 'PG1.1.1', description: 'Left out: a new indicator' })
  @IsOptionalNotNull()
  @IsCode()
  code?: string;
  @ApiProperty() @IsText(500) name!: string;
  @ApiPropertyOptional({ example: 'm²', nullable: true })
  @IsOptionalText(50)
  unit?: string | null;
  @ApiProperty({ description: 'hedefe etkisi (%)' }) @IsNumber(FINITE) @Min(0) weight!: number;
  @IsDirection() direction!: Direction;
  @IsValueType() valueType!: ValueType;
  @IsOptional() @IsMethod({ nullable: true, required: false }) method?: Method | null;
  @ApiProperty({ nullable: true, description: 'A, the baseline' })
  @IsOptional()
  @IsNumber(FINITE)
  baseline!: number | null;
  @ApiProperty({ example: { '2025': 120000, '2026': 140000 } }) @IsYearValues() targets!: Record<
    string,
    number
  >;
  @ApiPropertyOptional({ example: { '2025': 40 } })
  @IsOptional()
  @IsYearValues()
  halfYearTargets?: Record<string, number>;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) monitoringMonths?: 6 | 12;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) reportingMonths?: 6 | 12;
  @ApiPropertyOptional({ nullable: true })
  @IsOptionalText(500)
  dataSource?: string | null;
}

/** PUT …/targets/:code/card: the whole card, stored at once or not at all. */
export class TargetCardSaveDto implements TargetCardSaveRequest {
  @ApiProperty({ minimum: 1, description: "The target's version as read; another answers 409 STALE_VERSION" })
  @IsInt()
  @Min(1)
  version!: number;
  @ApiProperty() @IsText(500) title!: string;
  @ApiProperty({ example: 'PARK' }) @IsCode() responsibleUnit!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(PLAN_LIMITS.collaboratingUnits)
  @IsString({ each: true })
  collaboratingUnits!: string[];
  @ApiProperty({ type: [String] }) @IsCardList() risks!: string[];
  @ApiProperty({ type: [String] }) @IsCardList() controls!: string[];
  @ApiProperty({ type: [String] }) @IsCardList() strategies!: string[];
  @ListOf(ActivityDto, { max: PLAN_LIMITS.activitiesPerTarget }) activities!: ActivityDto[];
  @ApiProperty({ example: { '2025': 1000000 } }) @IsYearAmounts() costEstimate!: YearAmounts;
  @ApiProperty({ type: [String] }) @IsCardList() findings!: string[];
  @ApiProperty({ type: [String] }) @IsCardList() needs!: string[];
  @ListOf(
    CardIndicatorDto,
    { max: PLAN_LIMITS.indicatorsPerTarget },
    { description: 'In order; an existing indicator left out is deleted' },
  )
  indicators!: CardIndicatorDto[];
}
