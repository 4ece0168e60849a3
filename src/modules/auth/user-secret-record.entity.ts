import {
  CreatedAtColumn,
  IdColumn,
  References,
  TextColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { User } from './user.entity.js';

/**
 * The columns of a secret a user is handed (a session, a password reset): its uuid `id`, the user
 * (indexed, `<table>_user_id_idx`) and the relation to them, deleted with them
 * (`<table>_user_id_fkey`, ON DELETE CASCADE), only the sha256 of the secret (session-token.ts),
 * when it was made and until when it holds. An entity extends `UserSecretRecord('<table>')`.
 */
export function UserSecretRecord(table: string) {
  abstract class UserSecretRecordOf {
    @IdColumn(table)
    id!: string;

    @UuidColumn({ index: `${table}_user_id_idx` })
    userId!: string;

    @References(() => User, table, 'user_id', 'CASCADE')
    user?: User;

    /** sha256 of the secret part. */
    @TextColumn()
    tokenHash!: string;

    @CreatedAtColumn()
    createdAt!: Date;

    @TimestampColumn()
    expiresAt!: Date;
  }
  return UserSecretRecordOf;
}
