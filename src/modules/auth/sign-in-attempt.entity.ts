import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The sign-in counter of one e-mail (as typed: trimmed, lower case) from one client address:
 * reserved before the password is checked, deleted on success, locked at the fifth failure
 * (sign-in-rules.ts). Read and written with raw SQL in AuthService; mapped here so the schema is
 * described in one place.
 */
@Entity('sign_in_attempts')
export class SignInAttempt {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sign_in_attempts_pkey' })
  email!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sign_in_attempts_pkey' })
  address!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
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

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;
}
