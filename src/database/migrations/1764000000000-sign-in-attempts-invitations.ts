import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Sign-in attempts counted in the database by e-mail and client address (issue 9, point 1):
 * `sign_in_attempts` holds the reservation counter and the lock of one (e-mail, address),
 * `sign_in_failures` every failed password check, for the progressive delay across addresses.
 * Both are keyed by the e-mail as typed (trimmed, lower case), not by user id, so an unknown
 * e-mail behaves exactly like an existing one; users.failed_logins and locked_until go.
 * Invitations (point 11): adding a member who belongs to another institution asks that person.
 */
export class SignInAttemptsInvitations1764000000000 implements MigrationInterface {
  name = 'SignInAttemptsInvitations1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_attempts (
        email text NOT NULL,
        address text NOT NULL,
        attempts integer NOT NULL,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (email, address)
      )`);
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        id bigint GENERATED ALWAYS AS IDENTITY,
        email text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('sign_in_failures')}
      )`);
    await queryRunner.query(kit.createIndex('sign_in_failures', ['email', 'failed_at']));
    await queryRunner.query(`ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until`);
    await queryRunner.query(`
      CREATE TABLE membership_invitations (
        ${kit.INSTITUTION_ROW_COLUMNS},
        user_id uuid NOT NULL,
        role text NOT NULL,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        invited_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('membership_invitations')},
        CONSTRAINT membership_invitations_institution_id_user_id_key UNIQUE (institution_id, user_id),
        CONSTRAINT membership_invitations_institution_id_fkey FOREIGN KEY (institution_id)
          REFERENCES institutions (id) ON DELETE CASCADE,
        ${kit.foreignKey('membership_invitations', 'user_id', 'users', 'CASCADE')},
        ${kit.foreignKey('membership_invitations', 'invited_by', 'users', 'SET NULL')},
        CONSTRAINT membership_invitations_role_check CHECK (role IN ('admin', 'planner', 'unit_manager', 'reviewer'))
      )`);
    await queryRunner.query(kit.createIndex('membership_invitations', ['user_id']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE membership_invitations');
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`,
    );
    await queryRunner.query('DROP TABLE sign_in_failures');
    await queryRunner.query('DROP TABLE sign_in_attempts');
  }
}
