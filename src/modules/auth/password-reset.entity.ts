import { Entity } from 'typeorm';
import { TimestampColumn, UuidColumn } from '../../database/columns.js';
import { UserSecretRecord } from './user-secret-record.entity.js';

/**
 * A one-time password reset an administrator issued: the link carries "<id>.<secret>", the
 * database only the secret's sha256 (session-token.ts). Usable once, until `expiresAt`.
 */
@Entity('password_resets')
export class PasswordReset extends UserSecretRecord('password_resets') {
  /** The administrator who issued it. */
  @UuidColumn({ nullable: true })
  createdBy!: string | null;

  @TimestampColumn({ nullable: true })
  usedAt!: Date | null;
}
