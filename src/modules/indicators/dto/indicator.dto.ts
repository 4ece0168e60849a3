import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  DIRECTIONS,
  METHODS,
  VALUE_TYPES,
  type Direction,
  type Method,
  type ValueType,
} from '../../../contracts/plan-document.js';
import type { PutValueRequest } from '../../../contracts/resources.js';
import { CODE_PATTERN, IsOptionalNotNull, IsRequired, IsYearValues } from '../../../common/validators.js';

const FINITE = { allowNaN: false, allowInfinity: false } as const;

class IndicatorFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(500) name?: string;
  @ApiPropertyOptional({ example: 'm²' }) @IsOptional() @IsString() @MaxLength(50) unit?: string;
  @ApiPropertyOptional({ description: 'hedefe etkisi (%)' })
  @IsOptionalNotNull()
  @IsNumber(FINITE)
  @Min(0)
  weight?: number;
  @ApiPropertyOptional({ enum: DIRECTIONS }) @IsOptionalNotNull() @IsIn(DIRECTIONS) direction?: Direction;
  @ApiPropertyOptional({ enum: VALUE_TYPES }) @IsOptionalNotNull() @IsIn(VALUE_TYPES) valueType?: ValueType;
  @ApiPropertyOptional({ enum: METHODS }) @IsOptional() @IsIn(METHODS) method?: Method;
  @ApiPropertyOptional({ description: 'A, the baseline' }) @IsOptional() @IsNumber(FINITE) baseline?: number;
  @ApiPropertyOptional({ example: { '2025': 120000, '2026': 140000 } })
  @IsOptionalNotNull()
  @IsYearValues()
  targets?: Record<string, number>;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) monitoringMonths?: 6 | 12;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) reportingMonths?: 6 | 12;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) dataSource?: string;
}

export class CreateIndicatorDto extends IndicatorFieldsDto {
  @ApiProperty({ example: 'H1.1' }) @IsString() @Matches(CODE_PATTERN) target!: string;
  @ApiProperty({ example: 'PG1.1.1' }) @IsString() @Matches(CODE_PATTERN) code!: string;
  @ApiProperty() @IsRequired() @IsString() @IsNotEmpty() @MaxLength(500) declare name: string;
  @ApiProperty() @IsRequired() @IsNumber(FINITE) @Min(0) declare weight: number;
  @ApiProperty({ enum: DIRECTIONS }) @IsRequired() @IsIn(DIRECTIONS) declare direction: Direction;
  @ApiProperty({ enum: VALUE_TYPES }) @IsRequired() @IsIn(VALUE_TYPES) declare valueType: ValueType;
}

export class UpdateIndicatorDto extends IndicatorFieldsDto {}

export class PutValueDto implements PutValueRequest {
  @ApiProperty({ description: 'C for the entry period, as the value type defines it' })
  @IsNumber(FINITE)
  value!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @ApiPropertyOptional({ description: 'sapma nedeni: required at year end when C ≠ B' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(4000)
  deviationReason?: string;
}
