import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntity } from '../../contracts/audit.js';
import {
  BooleanColumn,
  JsonColumn,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';

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

  @TimestampColumn({ default: () => 'clock_timestamp()' })
  at!: Date;

  @UuidColumn({ nullable: true })
  institutionId!: string | null;

  /** Kept after the plan is deleted: no foreign key, the trail outlives its records. */
  @UuidColumn({ nullable: true })
  planId!: string | null;

  @TextColumn()
  entity!: AuditEntity;

  @TextColumn()
  entityId!: string;

  @TextEnumColumn('audit_log', 'action', AUDIT_ACTIONS)
  action!: AuditAction;

  @TextColumn({ nullable: true })
  period!: string | null;

  @JsonColumn({ nullable: true })
  oldValue!: Record<string, unknown> | null;

  @JsonColumn({ nullable: true })
  newValue!: Record<string, unknown> | null;

  @TextColumn({ nullable: true })
  reason!: string | null;

  @UuidColumn({ nullable: true })
  actorId!: string | null;

  @TextColumn({ nullable: true })
  actorEmail!: string | null;

  /** The login role that made the change (session_user), also for changes made outside the app. */
  @TextColumn({ default: () => 'SESSION_USER' })
  dbUser!: string;

  /** txid_current() of the writing transaction; NULL for rows written before migration 1764200000000. */
  @Column({ type: 'bigint', nullable: true, default: () => 'txid_current()' })
  txId!: number | null;

  /**
   * Written by an audit trigger, so `audit_seal_pending()` takes it into the chain. A row without
   * it (inserted by hand with the triggers off) never joins the chain: verify reports it.
   */
  @BooleanColumn({ default: false })
  queued!: boolean;

  /** The row's place in the hash chain, in the order the sealer found the rows committed; set once. */
  @Column({ type: 'bigint', nullable: true })
  chainSeq!: number | null;

  /** sha256 (hex) of the previous row's chain_hash, chain_seq and this row's canonical content. */
  @TextColumn({ nullable: true })
  chainHash!: string | null;
}
