import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** One-time password reset links an administrator issues. */
const PASSWORD_RESETS: kit.TableDefinition = {
  name: 'password_resets',
  columns: [
    kit.ID_COLUMN,
    'user_id uuid NOT NULL',
    'token_hash text NOT NULL',
    'created_by uuid',
    'created_at timestamptz NOT NULL DEFAULT now()',
    'expires_at timestamptz NOT NULL',
    'used_at timestamptz',
  ],
  constraints: [kit.references('user_id', 'users', 'CASCADE')],
  indexes: [['user_id']],
};

/**
 * Account administration: an administrator deactivates and reactivates accounts (a deactivated
 * account cannot sign in), and issues one-time password reset links. Both are audited by the
 * trigger functions of the audit trail (entities `user` and `password_reset`); the users trigger
 * fires only on deactivation, so names and password hashes never reach the trail.
 */
export class AccountAdministration1764600000000 implements MigrationInterface {
  name = 'AccountAdministration1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // This migration first shipped as AccountAdministration1764500000000 and was renumbered after
    // the audit sealing took that timestamp: a database that ran it under its first name has its
    // schema already, and keeps one record of it, under this name.
    const [{ ran }] = (await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM migrations WHERE name = 'AccountAdministration1764500000000') AS ran`,
    )) as Array<{ ran: boolean }>;
    if (ran) {
      await queryRunner.query(`DELETE FROM migrations WHERE name = 'AccountAdministration1764500000000'`);
      return;
    }
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivated_by uuid`);
    await queryRunner.query(`
      CREATE TRIGGER users_deactivation_audit AFTER UPDATE OF deactivated_at ON users
        FOR EACH ROW EXECUTE FUNCTION audit_row_change('user')`);
    await kit.createAuditedTables(queryRunner, [PASSWORD_RESETS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditedTables(queryRunner, [PASSWORD_RESETS], { indexes: true });
    await queryRunner.query('DROP TRIGGER users_deactivation_audit ON users');
    await queryRunner.query('ALTER TABLE users DROP COLUMN deactivated_by, DROP COLUMN deactivated_at');
  }
}
