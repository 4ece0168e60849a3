import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditPageResponse, AuditVerifyResponse } from '../../contracts/audit.js';
import { Allow, SuperadminOnly } from '../auth/access.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('plans/:planId/audit')
  @Allow('admin', 'planner', 'reviewer')
  @ApiOperation({
    summary:
      'The audit trail of a plan (who, when, what, old and new value, reason), newest first; written by the database',
  })
  listEntries(@Param('planId') planId: string, @Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.listEntries(planId, query);
  }

  /** The chain spans every institution, so only a superadmin checks it. */
  @Get('audit/verify')
  @SuperadminOnly()
  @ApiOperation({
    summary:
      'Recomputes the hash chain of the whole audit trail and reports the first broken link (an edited, removed or unchained entry)',
  })
  verifyChain(): Promise<AuditVerifyResponse> {
    return this.audit.verifyChain();
  }
}
