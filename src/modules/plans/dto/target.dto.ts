import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import type { ActivityDoc, YearAmounts } from '../../../contracts/plan-document.js';
import {
  CODE_PATTERN,
  IsOptionalNotNull,
  IsRequired,
  IsTextList,
  IsYearAmounts,
} from '../../../common/validators.js';

export class ActivityDto implements ActivityDoc {
  @ApiPropertyOptional({ example: 'F01' }) @IsOptional() @IsString() @Matches(CODE_PATTERN) code?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CODE_PATTERN) responsibleUnit?: string;
  @ApiPropertyOptional({ example: { '2025': 7500000 } }) @IsOptional() @IsYearAmounts() cost?: YearAmounts;
  @ApiPropertyOptional() @IsOptional() @IsYearAmounts() offBudgetCost?: YearAmounts;
}

class TargetFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(500) title?: string;
  @ApiPropertyOptional({ example: 'PARK' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN)
  responsibleUnit?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  collaboratingUnits?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsTextList() risks?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsTextList() controls?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsTextList() strategies?: string[];
  @ApiPropertyOptional({ type: [ActivityDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ActivityDto)
  activities?: ActivityDto[];
  @ApiPropertyOptional({ example: { '2025': 1000000 } })
  @IsOptional()
  @IsYearAmounts()
  costEstimate?: YearAmounts;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsTextList() findings?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsTextList() needs?: string[];
}

export class CreateTargetDto extends TargetFieldsDto {
  @ApiProperty({ example: 'A1' }) @IsString() @Matches(CODE_PATTERN) aim!: string;
  @ApiProperty({ example: 'H1.1' }) @IsString() @Matches(CODE_PATTERN) code!: string;
  @ApiProperty() @IsRequired() @IsString() @IsNotEmpty() @MaxLength(500) declare title: string;
  @ApiProperty({ example: 'PARK' })
  @IsRequired()
  @IsString()
  @Matches(CODE_PATTERN)
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
