import { Controller, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';
import { Read } from '../../common/routes.js';
import { ReadReplica } from '../../database/read-replica.service.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly replica: ReadReplica,
  ) {}

  /** Liveness: the process answers (no database call); for orchestrators and as the bench's floor. */
  @Read('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * The app and database state; 503 when the database does not answer. With DATABASE_REPLICA_URL,
   * `replica` says whether it answers and how far behind it is; a replica down is no 503 (reads
   * go to the primary).
   */
  @Read()
  @ApiOkResponse({ description: 'App and database are up' })
  async getHealth(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const started = performance.now();
    let database: { status: 'up' | 'down'; latencyMs?: number; migrations?: number; error?: string };
    try {
      const rows: Array<{ count: number }> = await this.dataSource.query(
        'SELECT count(*)::int AS count FROM migrations',
      );
      database = {
        status: 'up',
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        migrations: rows[0].count,
      };
    } catch {
      database = { status: 'down', error: 'The database does not answer' };
    }
    const replica = await this.replica.health().catch(() => null);
    const ok = database.status === 'up';
    void reply.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      app: {
        name: 'pusula',
        version: '0.1.0',
        uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      },
      database,
      ...(replica ? { replica } : {}),
    };
  }
}
