import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Lang } from '../../../contracts/validation.js';
import { PUBLIC_PLANS_PAGE_SIZE } from '../../plans/plan-limits.js';

/** Keeps offset = (page − 1) × pageSize a safe integer. */
const MAX_PAGE = 1_000_000;

/** Query strings arrive as text: digits become a number, anything else stays as sent and fails IsInt. */
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** One page of the published plans: the list is never answered whole. */
export class PublicPlansQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PUBLIC_PLANS_PAGE_SIZE, default: PUBLIC_PLANS_PAGE_SIZE })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(PUBLIC_PLANS_PAGE_SIZE)
  pageSize?: number;

  /** Accepted as on every route. */
  @ApiPropertyOptional({ enum: ['tr', 'en'] })
  @IsOptional()
  @IsIn(['tr', 'en'])
  lang?: Lang;
}
