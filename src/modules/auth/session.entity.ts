import { Entity } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';
import { UserSecretRecord } from './user-secret-record.entity.js';

/** A signed-in session; the token's secret part is kept only as a hash (session-token.ts). */
@Entity('sessions')
export class Session extends UserSecretRecord('sessions') {
  @TimestampColumn({ nullable: true })
  revokedAt!: Date | null;
}
