import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Min } from 'class-validator';
import {
  APPROVAL_ACTIONS,
  type ApprovalAction,
  type ApprovalItem,
  type ApprovalsRequest,
  type OpenPeriodRequest,
  type PeriodTransitionRequest,
} from '../../../contracts/workflow.js';
import { IsOptionalNotNull, VersionRead, ListOf, IsCode } from '../../../common/validators.js';

export class OpenPeriodDto implements OpenPeriodRequest {
  @ApiProperty({
    example: '2025-H1',
    description: 'YYYY-H1 (30 June izleme) or YYYY (year-end değerlendirme)',
  })
  @IsString()
  period!: string;
}

export class PeriodTransitionDto implements PeriodTransitionRequest {
  @VersionRead() version?: number;
}

export class ApprovalItemDto implements ApprovalItem {
  @ApiProperty({ example: 'PG1.1.1' }) @IsCode() indicator!: string;
  @ApiProperty({ example: '2025-H2' }) @IsString() period!: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
}

export class ApprovalsDto implements ApprovalsRequest {
  @ApiProperty({ enum: APPROVAL_ACTIONS }) @IsIn(APPROVAL_ACTIONS) action!: ApprovalAction;
  @ListOf(ApprovalItemDto, { min: 1, max: 1000 }) items!: ApprovalItemDto[];
}
