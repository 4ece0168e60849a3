import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type {
  ClosePlanRequest,
  EnactPlanRequest,
  SubmitPlanRequest,
  WithdrawPlanRequest,
} from '../../../contracts/resources.js';
import { IsIsoDate, IsOptionalNotNull } from '../../../common/validators.js';

export class SubmitPlanDto implements SubmitPlanRequest {
  @ApiProperty({ example: '2024-09-02', description: 'Submitted to the council on (YYYY-MM-DD)' })
  @IsIsoDate()
  date!: string;
}

export class EnactPlanDto implements EnactPlanRequest {
  @ApiProperty({ example: '2024-09-05', description: 'Council decision date, not before the submission' })
  @IsIsoDate()
  date!: string;

  /** A blank number passes here and is refused by the plan rule COUNCIL_DECISION. */
  @ApiProperty({ example: '2024/138', description: 'Council decision number' })
  @IsString()
  @MaxLength(100)
  number!: string;
}

export class ClosePlanDto implements ClosePlanRequest {
  @ApiPropertyOptional({
    example: '2029-12-31',
    description: 'Closing date (default today), not before the council decision',
  })
  @IsOptionalNotNull()
  @IsIsoDate()
  date?: string;
}

export class WithdrawPlanDto implements WithdrawPlanRequest {
  @ApiProperty({
    example: '2024-09-20',
    description: 'The day the plan came back from the council (YYYY-MM-DD), not before the submission',
  })
  @IsIsoDate()
  date!: string;
}
