import { Check, Entity, Unique } from 'typeorm';
import {
  BooleanColumn,
  IdColumn,
  TextColumn,
  TimestampColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';

@Entity('users')
@Unique('users_email_key', ['email'])
@Check('users_email_check', `email = lower(email)`)
export class User extends VersionedRecord {
  @IdColumn('users')
  id!: string;

  @TextColumn()
  email!: string;

  @TextColumn()
  name!: string;

  /** argon2id (PHC string), or bcrypt for accounts not signed in since argon2id came; never leaves the server. */
  @TextColumn()
  passwordHash!: string;

  @BooleanColumn({ default: false })
  isSuperadmin!: boolean;

  /** Set while the account is deactivated: it cannot sign in and holds no session. */
  @TimestampColumn({ nullable: true })
  deactivatedAt!: Date | null;

  /** The administrator who deactivated it. */
  @UuidColumn({ nullable: true })
  deactivatedBy!: string | null;
}
