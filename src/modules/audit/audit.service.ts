import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditPageResponse, AuditQuery } from '../../contracts/audit.js';
import { BadRequestError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { toAuditRange } from './audit-range.js';
import { toAuditEntryResponse } from './audit.mapper.js';
import { AuditRepository } from './audit.repository.js';

const DEFAULT_PAGE_SIZE = 50;

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AuditRepository,
  ) {}

  /**
   * A page of the plan's audit trail, newest first. The trail outlives a deleted plan, but it is
   * read only through an existing one: a deleted plan is not found, like any unknown id.
   */
  async listEntries(planId: string, query: AuditQuery): Promise<AuditPageResponse> {
    const { range, problems } = toAuditRange(query.from, query.to);
    if (problems.length > 0)
      throw new BadRequestError('VALIDATION_FAILED', 'The query is not valid', problems);
    const exists = isUuid(planId) && (await this.dataSource.manager.existsBy(Plan, { id: planId }));
    if (!exists) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
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
