import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuditRepository } from './audit.repository.js';

/**
 * Seals the audit trail's committed entries into the hash chain every PUSULA_AUDIT_SEAL_SECONDS,
 * outside the writing transactions, so audited writes never wait for each other. Several instances
 * on one database are safe: audit_seal_pending() seals under the chain head's row lock.
 */
@Injectable()
export class AuditSealService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AuditRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // A sealing still under way (a big import's entries) is not started twice.
      if (this.running) return;
      this.sealPending().catch((error: unknown) =>
        this.logger.warn(`Sealing the audit trail failed: ${String(error)}`),
      );
    }, this.config.auditSealInterval);
    this.timer.unref();
  }

  /** Stops the timer and lets a sealing under way finish before the database connections close. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Seals every entry committed so far (waiting for another instance's sealing); answers how many it sealed. */
  async sealPending(): Promise<number> {
    const sealing = this.repository.sealPending();
    this.running = sealing;
    try {
      return await sealing;
    } finally {
      if (this.running === sealing) this.running = null;
    }
  }
}
