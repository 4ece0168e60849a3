import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditEntity } from '../../contracts/audit.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditRange } from './audit-range.js';

/** The filters of one audit query; absent ones do not restrict. */
export interface AuditFilter {
  planId: string;
  entity?: AuditEntity;
  actorId?: string;
  actorEmail?: string;
  period?: string;
  /** One indicator's entries: the indicator, its yearly targets, its values and their corrections. */
  indicatorId?: string;
  range: AuditRange;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of a plan's entries, newest first (at, then id: the order they were written), with the total. */
  async findPage(
    filter: AuditFilter,
    offset: number,
    limit: number,
  ): Promise<{ entries: AuditLog[]; total: number }> {
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('entry')
      .where('entry.planId = :planId', { planId: filter.planId });
    if (filter.entity !== undefined) query.andWhere('entry.entity = :entity', { entity: filter.entity });
    if (filter.actorId !== undefined) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actorEmail !== undefined)
      query.andWhere('lower(entry.actorEmail) = lower(:actorEmail)', { actorEmail: filter.actorEmail });
    if (filter.period !== undefined) query.andWhere('entry.period = :period', { period: filter.period });
    if (filter.indicatorId !== undefined) {
      // A value's (or a correction's) later updates record only the changed columns: its id links
      // them to the insert (or delete) entry, whose whole row names the indicator.
      query.andWhere(
        `((entry.entity = 'indicator' AND entry.entityId = :indicatorId)
          OR (entry.entity = 'indicator_target' AND entry.entityId LIKE :indicatorTargets)
          OR (entry.entity = 'indicator_value' AND entry.entityId IN (
            SELECT whole.entity_id FROM audit_log whole
             WHERE whole.plan_id = :planId AND whole.entity = 'indicator_value'
               AND COALESCE(whole.new_value, whole.old_value) ->> 'indicator_id' = :indicatorId))
          OR (entry.entity = 'value_correction' AND entry.entityId IN (
            SELECT whole.entity_id FROM audit_log whole
             WHERE whole.plan_id = :planId AND whole.entity = 'value_correction'
               AND COALESCE(whole.new_value, whole.old_value) ->> 'indicator_id' = :indicatorId)))`,
        { indicatorId: filter.indicatorId, indicatorTargets: `${filter.indicatorId}:%` },
      );
    }
    if (filter.range.from !== null)
      query.andWhere('entry.at >= CAST(:from AS timestamptz)', { from: filter.range.from });
    if (filter.range.to !== null)
      query.andWhere('entry.at <= CAST(:to AS timestamptz)', { to: filter.range.to });
    const [entries, total] = await query
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { entries, total };
  }
}
