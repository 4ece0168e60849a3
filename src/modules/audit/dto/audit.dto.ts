import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { formatVariant } from '../../../common/messages/validation-messages.js';
import { CODE_PATTERN, MAX_PAGE, QueryCount, QueryLang, IsOptionalText } from '../../../common/validators.js';
import { AUDIT_ENTITIES, type AuditEntity, type AuditQuery } from '../../../contracts/audit.js';
import type { Lang } from '../../../contracts/validation.js';
import { AUDIT_INSTANT } from '../audit-range.js';

const UUID_OR_EMAIL = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[^\s@]+@[^\s@]+)$/i;
const ENTRY_PERIOD = /^\d{4}(-H[12])?$/;

/**
 * An optional end of the audit range: a UTC day or an ISO timestamp (audit-range.ts). The checks
 * are listed bottom-up, in the order a stack of them on the property would register them.
 */
function AuditInstantQuery(example: string, description: string): PropertyDecorator {
  return applyDecorators(
    IsDateString({ strict: true }),
    Matches(AUDIT_INSTANT, formatVariant('auditInstant')),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({ example, description }),
  );
}

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ enum: AUDIT_ENTITIES })
  @IsOptional()
  @IsIn(AUDIT_ENTITIES)
  entity?: AuditEntity;

  @ApiPropertyOptional({ description: "the actor's user id or e-mail address" })
  @IsOptionalText(320)
  @Matches(UUID_OR_EMAIL, formatVariant('userRef'))
  user?: string;

  @ApiPropertyOptional({ example: '2025-H1', description: 'entry period: YYYY-H1, YYYY-H2 or YYYY' })
  @IsOptional()
  @IsString()
  @Matches(ENTRY_PERIOD, formatVariant('entryPeriod'))
  period?: string;

  @ApiPropertyOptional({
    example: 'PG1.1.1',
    description: "an indicator code: the indicator's entries, its yearly targets and its values",
  })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, formatVariant('indicatorCode'))
  indicator?: string;

  @AuditInstantQuery(
    '2025-01-01',
    'inclusive; YYYY-MM-DD (UTC day) or an ISO timestamp (UTC unless it has an offset)',
  )
  from?: string;

  @AuditInstantQuery(
    '2025-12-31',
    'inclusive (a date includes the whole UTC day); YYYY-MM-DD or an ISO timestamp',
  )
  to?: string;

  @QueryCount(MAX_PAGE, 1) page?: number;
  @QueryCount(500, 50) pageSize?: number;
  /** Accepted as on every route; this route's messages are English. */
  @QueryLang() lang?: Lang;
}
