import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction, AuditEntity } from '../../contracts/audit.js';

/**
 * One change recorded by the trigger `audit_row_change` (migration 1763910000000). The table
 * is append-only: its own triggers refuse UPDATE, DELETE and TRUNCATE, so the app only reads it.
 */
@Entity('audit_log')
@Index('audit_log_plan_id_at_idx', ['planId', 'at'])
@Check('audit_log_action_check', `action IN ('insert', 'update', 'delete')`)
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

  @Column({ type: 'text', default: () => 'CURRENT_USER' })
  dbUser!: string;
}
