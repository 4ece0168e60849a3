import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditPageResponse, AuditVerifyResponse } from '../../contracts/audit.js';
import { Allow, SuperadminOnly } from '../auth/access.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditQueryDto } from './dto/audit.dto.js';
import { Read } from '../../common/routes.js';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Read(
    'plans/:planId/audit',
    'The audit trail of a plan (who, when, what, old and new value, reason), newest first; written by the database',
  )
  @Allow('admin', 'planner', 'reviewer')
  listEntries(@Param('planId') planId: string, @Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.listEntries(planId, query);
  }

  /** The chain spans every institution, so only a superadmin checks it. */
  @Read(
    'audit/verify',
    'Recomputes the hash chain of the whole audit trail and reports the first broken link (an edited, removed or unchained entry)',
  )
  @SuperadminOnly()
  verifyChain(): Promise<AuditVerifyResponse> {
    return this.audit.verifyChain();
  }
}
