import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditPageResponse } from '../../contracts/audit.js';
import { Allow } from '../auth/access.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('plans/:planId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin', 'planner', 'reviewer')
  @ApiOperation({
    summary:
      'The audit trail of a plan (who, when, what, old and new value, reason), newest first; written by the database',
  })
  listEntries(@Param('planId') planId: string, @Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.listEntries(planId, query);
  }
}
