import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { PutUnitReportRequest } from '../../../contracts/unit-reports.js';
import type { ReturnValueRequest, ValueTransitionRequest } from '../../../contracts/workflow.js';
import { IsText, VersionRead } from '../../../common/validators.js';
import { TEXT_LIMITS } from '../../plans/plan-document-parser.js';

export class ReportTransitionDto implements ValueTransitionRequest {
  @VersionRead() version?: number;
}

export class ReturnReportDto extends ReportTransitionDto implements ReturnValueRequest {
  @ApiProperty({ description: 'Why the report goes back to the unit' })
  @IsText(TEXT_LIMITS.long)
  comment!: string;
}

/** The report's text; a field left out keeps what was stored, null clears it. */
export class PutUnitReportDto extends ReportTransitionDto implements PutUnitReportRequest {
  @ApiPropertyOptional({ description: 'Sorunlar: what held the unit back in the year' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  problems?: string | null;

  @ApiPropertyOptional({ description: 'Öneriler: what the unit proposes' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.long)
  proposals?: string | null;
}
