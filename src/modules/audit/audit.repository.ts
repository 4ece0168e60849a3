import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditChainHead, AuditEntity } from '../../contracts/audit.js';
import type { ChainRow } from './audit-chain.js';
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

/**
 * The canonical content of an audit row, as the sealing hashes it (audit_log_content() of
 * migration 1764200000000, documented in docs/database.md#the-hash-chain). Spelt out here rather
 * than calling that function, so a replaced function cannot fool the check.
 */
const CANONICAL_CONTENT = `jsonb_build_array(
  a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.tx_id,
  a.institution_id, a.plan_id, a.entity, a.entity_id, a.action, a.period,
  a.old_value, a.new_value, a.reason, a.actor_id, a.actor_email, a.db_user)::text`;

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

  /** The chain's head, and where the rows in the table start (after the archived ones). */
  async findChainHead(): Promise<{ head: AuditChainHead; archived: AuditChainHead }> {
    const [row] = await this.dataSource.query<
      Array<{ seq: number; hash: string; archived_seq: number; archived_hash: string }>
    >('SELECT seq, hash, archived_seq, archived_hash FROM audit_chain_head WHERE id');
    return {
      head: { seq: row.seq, hash: row.hash },
      archived: { seq: row.archived_seq, hash: row.archived_hash },
    };
  }

  /**
   * The sealed rows with chain_seq in (afterSeq, lastSeq], in chain order. A bounded range, not
   * LIMIT: with a LIMIT over "all later rows" the planner may sort (and build the content of)
   * every later row for each batch.
   */
  findChainRows(afterSeq: number, lastSeq: number): Promise<ChainRow[]> {
    return this.dataSource.query<ChainRow[]>(
      `SELECT a.id::text AS id, a.chain_seq AS seq, a.chain_hash AS hash, ${CANONICAL_CONTENT} AS content
         FROM audit_log a
        WHERE a.chain_seq > $1 AND a.chain_seq <= $2
        ORDER BY a.chain_seq`,
      [afterSeq, lastSeq],
    );
  }

  /**
   * The first entry (by id) outside the chain that no sealing will take: one not written by an
   * audit trigger (not queued), e.g. inserted by hand with the triggers off.
   */
  async findFirstUnsealed(): Promise<string | null> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id::text AS id FROM audit_log WHERE chain_seq IS NULL AND NOT queued ORDER BY id LIMIT 1',
    );
    return rows[0]?.id ?? null;
  }

  /** Entries written by the audit triggers and not sealed yet (committed or not: the count sees only committed ones). */
  async countPending(): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM audit_log WHERE queued AND chain_seq IS NULL',
    );
    return count;
  }

  /** Seals the committed queued entries into the chain (audit_seal_pending() of migration 1764500000000). */
  async sealPending(): Promise<number> {
    const [{ sealed }] = await this.dataSource.query<Array<{ sealed: number }>>(
      'SELECT audit_seal_pending() AS sealed',
    );
    return sealed;
  }
}
