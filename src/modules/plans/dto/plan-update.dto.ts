import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { PlanUpdateRequest, UpdateTargets } from '../../../contracts/plan-versions.js';
import { IsOptionalNotNull, IsPlainObject, ISO_DATE } from '../../../common/validators.js';

/** Mission, vision and aims are not part of an update (UPDATE_RULES): unknown fields are refused. */
export class PlanUpdateDto implements PlanUpdateRequest {
  @ApiProperty({ example: 2027, description: 'First year the new version is in force' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  effectiveYear!: number;

  @ApiProperty({ example: 'Kamulaştırma gecikmesi nedeniyle hedefler revize edildi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-05', description: 'Council decision date (YYYY-MM-DD)' })
  @IsOptionalNotNull()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true, strictSeparator: true })
  decisionDate?: string;

  @ApiPropertyOptional({ example: '2026/212' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  decisionNumber?: string;

  @ApiProperty({
    example: { 'PG1.1.1': { '2027': 150000, '2028': 170000 } },
    description: 'New yearly targets per indicator code and year (remaining years only)',
  })
  @IsPlainObject()
  targets!: UpdateTargets;
}
