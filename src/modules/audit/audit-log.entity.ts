import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { AuditAction, AuditEntity } from '../../contracts/audit.js';

/**
 * One change recorded by the triggers `audit_row_change` / `audit_rows_inserted` (migrations
 * 1763910000000, 1764200000000, 1764500000000). The table is append-only: its own triggers refuse
 * UPDATE (but the sealing of the chain columns), DELETE and TRUNCATE, and the app's role may only
 * read it. `audit_seal_pending()` seals the queued rows after their commit.
 */
@Entity('audit_log')
@Index('audit_log_plan_id_at_idx', ['planId', 'at'])
@Index('audit_log_pending_idx', ['id'], { where: 'queued AND chain_seq IS NULL' })
@Unique('audit_log_chain_seq_key', ['chainSeq'])
@Check('audit_log_action_check', `action IN ('insert', 'update', 'delete')`)
@Check('audit_log_chain_check', '(chain_seq IS NULL) = (chain_hash IS NULL)')
export class AuditLog {
  /** bigint identity; a string, so no id is ever rounded (pg-types parses int8 as a number). */
  @PrimaryColumn({
    type: 'bigint',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'audit_log_pkey',
    transformer: {
      from: (value: string | number | null) => (value === null ? null : String(value)),
      to: (value: string | undefined) => value,
    },
  })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  /** Kept after the plan is deleted: no foreign key, the trail outlives its records. */
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'text' })
  entity!: AuditEntity;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  oldValue!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  newValue!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorEmail!: string | null;

  /** The login role that made the change (session_user), also for changes made outside the app. */
  @Column({ type: 'text', default: () => 'SESSION_USER' })
  dbUser!: string;

  /** txid_current() of the writing transaction; NULL for rows written before migration 1764200000000. */
  @Column({ type: 'bigint', nullable: true, default: () => 'txid_current()' })
  txId!: number | null;

  /**
   * Written by an audit trigger, so `audit_seal_pending()` takes it into the chain. A row without
   * it (inserted by hand with the triggers off) never joins the chain: verify reports it.
   */
  @Column({ type: 'boolean', default: false })
  queued!: boolean;

  /** The row's place in the hash chain, in the order the sealer found the rows committed; set once. */
  @Column({ type: 'bigint', nullable: true })
  chainSeq!: number | null;

  /** sha256 (hex) of the previous row's chain_hash, chain_seq and this row's canonical content. */
  @Column({ type: 'text', nullable: true })
  chainHash!: string | null;
}
