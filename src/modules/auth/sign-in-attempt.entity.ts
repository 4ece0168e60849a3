import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  IntegerColumn,
  KeyColumn,
  TextColumn,
  TimestampColumn,
  TimestampNowColumn,
} from '../../database/columns.js';

/**
 * The sign-in counter of one e-mail (as typed: trimmed, lower case) from one client address:
 * reserved before the password is checked, deleted on success, locked at the fifth failure
 * (sign-in-rules.ts). Read and written with raw SQL in AuthService; mapped here so the schema is
 * described in one place.
 */
@Entity('sign_in_attempts')
export class SignInAttempt {
  @KeyColumn('sign_in_attempts', 'text')
  email!: string;

  @KeyColumn('sign_in_attempts', 'text')
  address!: string;

  @IntegerColumn()
  attempts!: number;

  @TimestampNowColumn()
  windowStartedAt!: Date;

  @TimestampColumn({ nullable: true })
  lockedUntil!: Date | null;
}

/** One failed password check of an e-mail from an address: the progressive delay counts these. */
@Entity('sign_in_failures')
@Index('sign_in_failures_email_failed_at_idx', ['email', 'failedAt'])
export class SignInFailure {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'sign_in_failures_pkey',
  })
  id!: string;

  @TextColumn()
  email!: string;

  @TextColumn()
  address!: string;

  @TimestampNowColumn()
  failedAt!: Date;
}

/**
 * The attempts of one client address in its current one-minute window: the first sign-in gate
 * (SIGN_IN_RULES.attemptsPerAddressMinute), counted by one atomic upsert in AuthService so that
 * it holds across instances.
 */
@Entity('sign_in_address_limits')
export class SignInAddressLimit {
  @KeyColumn('sign_in_address_limits', 'text')
  address!: string;

  @IntegerColumn()
  attempts!: number;

  @TimestampNowColumn()
  windowStartedAt!: Date;
}
