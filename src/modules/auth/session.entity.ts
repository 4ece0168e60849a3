import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  IdColumn,
  References,
  TextColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { User } from './user.entity.js';

/** A signed-in session; the token's secret part is kept only as a hash (session-token.ts). */
@Entity('sessions')
@Index('sessions_user_id_idx', ['userId'])
export class Session {
  @IdColumn('sessions')
  id!: string;

  @UuidColumn()
  userId!: string;

  @References(() => User, 'sessions', 'user_id', 'CASCADE')
  user?: User;

  /** sha256 of the token's secret part. */
  @TextColumn()
  tokenHash!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @TimestampColumn()
  expiresAt!: Date;

  @TimestampColumn({ nullable: true })
  revokedAt!: Date | null;
}
