import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** The sign-in counters: per (e-mail, address), and every failed password check. */
const SIGN_IN_TABLES: kit.TableDefinition[] = [
  {
    name: 'sign_in_attempts',
    columns: [
      'email text NOT NULL',
      'address text NOT NULL',
      'attempts integer NOT NULL',
      'window_started_at timestamptz NOT NULL DEFAULT now()',
      'locked_until timestamptz',
    ],
    primaryKey: ['email', 'address'],
    constraints: [],
  },
  {
    name: 'sign_in_failures',
    columns: [
      'id bigint GENERATED ALWAYS AS IDENTITY',
      'email text NOT NULL',
      'address text NOT NULL',
      'failed_at timestamptz NOT NULL DEFAULT now()',
    ],
    constraints: [],
    indexes: [['email', 'failed_at']],
  },
];

const MEMBERSHIP_INVITATIONS: kit.TableDefinition = {
  name: 'membership_invitations',
  columns: [
    kit.INSTITUTION_ROW_COLUMNS,
    'user_id uuid NOT NULL',
    'role text NOT NULL',
    "unit_ids uuid[] NOT NULL DEFAULT '{}'",
    'invited_by uuid',
    'created_at timestamptz NOT NULL DEFAULT now()',
  ],
  constraints: [
    kit.unique('institution_id', 'user_id'),
    kit.references('institution_id', 'institutions', 'CASCADE'),
    kit.references('user_id', 'users', 'CASCADE'),
    kit.references('invited_by', 'users', 'SET NULL'),
    kit.check('role', "role IN ('admin', 'planner', 'unit_manager', 'reviewer')"),
  ],
  indexes: [['user_id']],
};

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
    await kit.createTables(queryRunner, SIGN_IN_TABLES);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until`);
    await kit.createTables(queryRunner, [MEMBERSHIP_INVITATIONS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropTables(queryRunner, [MEMBERSHIP_INVITATIONS]);
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`,
    );
    await kit.dropTables(queryRunner, SIGN_IN_TABLES);
  }
}
