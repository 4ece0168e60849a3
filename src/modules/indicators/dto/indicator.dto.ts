import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import type { Direction, Method, ValueType } from '../../../contracts/plan-document.js';
import type {
  CorrectValueRequest,
  CorrectionDecisionRequest,
  DraftValueRequest,
  RejectCorrectionRequest,
  ReturnValueRequest,
  ValueTransitionRequest,
} from '../../../contracts/workflow.js';
import {
  IsDirection,
  IsMethod,
  IsOptionalNotNull,
  IsRequired,
  IsValueType,
  IsYearValues,
  VersionRead,
  IsText,
  IsOptionalText,
  IsCode,
} from '../../../common/validators.js';

const FINITE = { allowNaN: false, allowInfinity: false } as const;

class IndicatorFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) name?: string;
  @ApiPropertyOptional({ example: 'm²' }) @IsOptionalText(50) unit?: string;
  @ApiPropertyOptional({ description: 'hedefe etkisi (%)' })
  @IsOptionalNotNull()
  @IsNumber(FINITE)
  @Min(0)
  weight?: number;
  @IsOptionalNotNull() @IsDirection({ required: false }) direction?: Direction;
  @IsOptionalNotNull() @IsValueType({ required: false }) valueType?: ValueType;
  @IsOptional() @IsMethod({ required: false }) method?: Method;
  @ApiPropertyOptional({ description: 'A, the baseline' }) @IsOptional() @IsNumber(FINITE) baseline?: number;
  @ApiPropertyOptional({ example: { '2025': 120000, '2026': 140000 } })
  @IsOptionalNotNull()
  @IsYearValues()
  targets?: Record<string, number>;
  @ApiPropertyOptional({
    example: { '2025': 40 },
    nullable: true,
    description:
      'Optional half-year targets by plan year: the 30 June rate of that year is measured against it; null or {} clears them',
  })
  @IsOptional()
  @IsYearValues()
  halfYearTargets?: Record<string, number> | null;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) monitoringMonths?: 6 | 12;
  @ApiPropertyOptional({ enum: [6, 12] }) @IsOptional() @IsIn([6, 12]) reportingMonths?: 6 | 12;
  @ApiPropertyOptional() @IsOptionalText(500) dataSource?: string;
  // The column is NOT NULL: null is refused as a wrong type rather than reaching the database.
  @ApiPropertyOptional({
    default: true,
    description: "The chart's y axis starts at 0; false lets it fit the data (values far from 0)",
  })
  @IsOptionalNotNull()
  @IsBoolean()
  chartFromZero?: boolean;
}

export class CreateIndicatorDto extends IndicatorFieldsDto {
  @ApiProperty({ example: 'H1.1' }) @IsCode() target!: string;
  @ApiPropertyOptional({ example: 'PG1.1.1', description: 'Left out: the next free number under the target' })
  @IsOptionalNotNull()
  @IsCode()
  code?: string;
  @ApiProperty() @IsRequired() @IsText(500) declare name: string;
  @ApiProperty() @IsRequired() @IsNumber(FINITE) @Min(0) declare weight: number;
  @IsRequired() @IsDirection() declare direction: Direction;
  @IsRequired() @IsValueType() declare valueType: ValueType;
}

export class UpdateIndicatorDto extends IndicatorFieldsDto {
  /** The version the client read: a different stored version answers 409 STALE_VERSION with the record as it is. */
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
}

/** An http(s) link to the evidence (kanıt) of an entry. */
const EVIDENCE_URL = /^https?:\/\/\S+$/i;

/*
 * Declarations the value DTOs share. applyDecorators applies its list first to last: each lists
 * its checks bottom-up, in the order a stack of them on the property would register them.
 */

/** An entry's evidence link: an http(s) URL of at most 2000 characters. */
function IsEvidenceUrl(): PropertyDecorator {
  return applyDecorators(Matches(EVIDENCE_URL), MaxLength(2000), IsString());
}

/** A text a person writes on an entry (note, deviation reason): at most 4000 characters. */
function IsEntryText(): PropertyDecorator {
  return applyDecorators(MaxLength(4000), IsString());
}

/** Why a step is taken (a return, a correction, a rejection): not blank, at most 4000 characters. */
function IsReason(): PropertyDecorator {
  return applyDecorators(MaxLength(4000), IsNotEmpty(), IsString());
}

export class ValueTransitionDto implements ValueTransitionRequest {
  @VersionRead() version?: number;
}

export class PutValueDto extends ValueTransitionDto implements DraftValueRequest {
  @ApiProperty({ description: 'C for the entry period, as the value type defines it' })
  @IsNumber(FINITE)
  value!: number;
  @ApiPropertyOptional() @IsOptional() @IsEntryText() note?: string;
  @ApiPropertyOptional({ description: 'sapma nedeni: required at submission when a year-end C ≠ B' })
  @IsOptionalNotNull()
  @IsEntryText()
  deviationReason?: string;
  @ApiPropertyOptional({ example: 'https://belge.example.gov.tr/kanit/123' })
  @IsOptional()
  @IsEvidenceUrl()
  evidenceUrl?: string;
}

export class ReturnValueDto extends ValueTransitionDto implements ReturnValueRequest {
  @ApiProperty({ description: 'Why the value goes back to the unit' }) @IsReason() comment!: string;
}

export class CorrectValueDto extends ValueTransitionDto implements CorrectValueRequest {
  @ApiProperty({ description: 'The proposed C' }) @IsNumber(FINITE) value!: number;
  @ApiProperty({
    description:
      'Why an approved value is corrected (kept with the original once the correction is approved)',
  })
  @IsReason()
  reason!: string;
  @ApiPropertyOptional({ description: 'Replaces the deviation reason; blank clears it; kept when left out' })
  @IsOptionalNotNull()
  @IsEntryText()
  deviationReason?: string;
  @ApiPropertyOptional({ description: 'Replaces the note when given' })
  @IsOptionalNotNull()
  @IsEntryText()
  note?: string;
  @ApiPropertyOptional({ description: 'Replaces the evidence link when given' })
  @IsOptionalNotNull()
  @IsEvidenceUrl()
  evidenceUrl?: string;
}

export class CorrectionDecisionDto implements CorrectionDecisionRequest {
  @ApiPropertyOptional({
    description: 'The waiting correction the client saw; another one (or one decided since) answers 409',
  })
  @IsOptionalNotNull()
  @IsUUID()
  id?: string;
}

export class RejectCorrectionDto extends CorrectionDecisionDto implements RejectCorrectionRequest {
  @ApiProperty({ description: 'Why the correction is rejected, or withdrawn by its proposer' })
  @IsReason()
  comment!: string;
}
