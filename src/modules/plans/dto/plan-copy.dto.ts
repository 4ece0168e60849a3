import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { CopyPlanRequest } from '../../../contracts/resources.js';
import { IsOptionalNotNull, IsText } from '../../../common/validators.js';

export class CopyPlanDto implements CopyPlanRequest {
  @ApiPropertyOptional({ example: 2030, description: 'Default: the year after the copied plan’s last' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1990)
  @Max(2200)
  startYear?: number;

  @ApiPropertyOptional({ example: '2030-2034 Stratejik Planı' })
  @IsOptionalNotNull()
  @IsText(500)
  title?: string;
}
