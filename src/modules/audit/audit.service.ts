import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  AuditChainBreak,
  AuditPageResponse,
  AuditQuery,
  AuditVerifyResponse,
} from '../../contracts/audit.js';
import { BadRequestError, planNotFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { checkChainEnd, checkChainRows, unsealedBreak } from './audit-chain.js';
import { toAuditRange } from './audit-range.js';
import { AuditSealService } from './audit-seal.service.js';
import { toAuditEntryResponse } from './audit.mapper.js';
import { AuditRepository } from './audit.repository.js';

const DEFAULT_PAGE_SIZE = 50;
/** Chain places read per query while the chain is checked: a million rows never load at once. */
const CHAIN_BATCH = 5000;

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AuditRepository,
    private readonly sealer: AuditSealService,
  ) {}

  /**
   * A page of the plan's audit trail, newest first. The trail outlives a deleted plan, but it is
   * read only through an existing one: a deleted plan is not found, like any unknown id.
   */
  async listEntries(planId: string, query: AuditQuery): Promise<AuditPageResponse> {
    const { range, problems } = toAuditRange(query.from, query.to);
    if (problems.length > 0) throw new BadRequestError('VALIDATION_FAILED', { query: 1 }, problems);
    const exists = isUuid(planId) && (await this.dataSource.manager.existsBy(Plan, { id: planId }));
    if (!exists) throw planNotFound(planId);
    const indicatorId =
      query.indicator === undefined ? undefined : await this.indicatorId(planId, query.indicator);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const user = query.user;
    const { entries, total } = await this.repository.findPage(
      {
        planId,
        entity: query.entity,
        actorId: user !== undefined && isUuid(user) ? user : undefined,
        actorEmail: user !== undefined && !isUuid(user) ? user : undefined,
        period: query.period,
        indicatorId,
        range,
      },
      (page - 1) * pageSize,
      pageSize,
    );
    return { items: entries.map(toAuditEntryResponse), total, page, pageSize };
  }

  /**
   * Seals what has committed so far, then walks the chain from its start in the table (genesis, or
   * the last archived entry) to the head read after the sealing, in batches, recomputing every
   * link; then looks for entries outside the chain that no sealing will take. Stops at the first
   * broken link. Entries committed since the sealing wait for the next one: counted as pending,
   * not an error.
   */
  async verifyChain(): Promise<AuditVerifyResponse> {
    await this.sealer.sealPending();
    const { head, archived } = await this.repository.findChainHead();
    let position = archived;
    const report = async (firstBroken?: AuditChainBreak): Promise<AuditVerifyResponse> => ({
      ok: firstBroken === undefined,
      checked: position.seq - archived.seq,
      archived,
      head,
      pending: await this.repository.countPending(),
      ...(firstBroken ? { firstBroken } : {}),
    });
    // Ranges of chain_seq, not of rows: a removed row leaves its range short, and the next row
    // found (in this range or a later one) reports the gap.
    for (let from = archived.seq; from < head.seq; from += CHAIN_BATCH) {
      const rows = await this.repository.findChainRows(from, Math.min(from + CHAIN_BATCH, head.seq));
      const step = checkChainRows(position, rows);
      position = step.position;
      if (step.broken) return report(step.broken);
    }
    const end = checkChainEnd(position, head);
    if (end) return report(end);
    const unsealed = await this.repository.findFirstUnsealed();
    return report(unsealed === null ? undefined : unsealedBreak(unsealed));
  }

  /** The id of the plan's indicator `code`; 400 UNKNOWN_INDICATOR (detail on `indicator`) when none. */
  private async indicatorId(planId: string, code: string): Promise<string> {
    const indicator = await this.dataSource.manager.findOne(Indicator, {
      select: { id: true },
      where: { planId, code },
    });
    if (indicator) return indicator.id;
    const message = `Indicator ${code} not found in plan ${planId}`;
    throw new BadRequestError('UNKNOWN_INDICATOR', message, [
      { path: 'indicator', code: 'UNKNOWN_INDICATOR', message },
    ]);
  }
}
