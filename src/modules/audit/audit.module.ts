import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditSealService } from './audit-seal.service.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AuditSealService],
})
export class AuditModule {}
