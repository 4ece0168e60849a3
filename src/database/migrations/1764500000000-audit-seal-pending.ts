import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as auditSql from './audit-sql.js';

/**
 * The audit trail's hash chain is sealed after commit instead of at it, so audited writes never
 * wait for each other on the chain's head:
 *
 * - the audit trigger functions mark the rows they write `queued` (a row without the mark, e.g.
 *   inserted by a superuser with the triggers off, never joins the chain and verify reports it);
 * - `audit_seal_pending()` (SECURITY DEFINER, run by the app every PUSULA_AUDIT_SEAL_SECONDS and
 *   before GET /api/audit/verify) takes the chain head's row lock and seals the committed queued
 *   rows it sees, in id order; a row that commits later is sealed by a later call, further on;
 * - the commit-time constraint trigger `audit_log_seal` is dropped.
 *
 * chain_seq, chain_hash, the canonical content and the hash formula stay as they were, so every row
 * sealed before this migration stays verifiable and the chain continues from its head.
 */
export class AuditSealPending1764500000000 implements MigrationInterface {
  name = 'AuditSealPending1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const path = await auditSql.searchPath(queryRunner);
    await queryRunner.query('DROP TRIGGER audit_log_seal ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_seal()');
    await queryRunner.query('DROP INDEX audit_log_unsealed_idx');
    await queryRunner.query('ALTER TABLE audit_log ADD COLUMN queued boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'CREATE INDEX audit_log_pending_idx ON audit_log (id) WHERE queued AND chain_seq IS NULL',
    );
    await queryRunner.query(auditSql.rowChangeFunction(path, true));
    await queryRunner.query(auditSql.rowsInsertedFunction(path, true));

    // Under the head's row lock, so two sealers never fork the chain: the second waits, then (its
    // own statements' snapshots being newer) sees the first one's rows sealed and goes on from them.
    // Only committed rows of other transactions: the caller's own uncommitted rows wait for a later call.
    await queryRunner.query(`
      CREATE FUNCTION audit_seal_pending() RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        own_tx bigint := txid_current_if_assigned();
        entry record;
        ids bigint[] := '{}';
        seqs bigint[] := '{}';
        hashes text[] := '{}';
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM audit_log WHERE queued AND chain_seq IS NULL) THEN
          RETURN 0;
        END IF;
        SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_head WHERE id FOR UPDATE;
        FOR entry IN
          SELECT a.id, audit_log_content(a) AS content FROM audit_log a
           WHERE a.queued AND a.chain_seq IS NULL AND a.tx_id IS DISTINCT FROM own_tx
           ORDER BY a.id
        LOOP
          ${auditSql.SEAL_LOOP}
        IF cardinality(ids) = 0 THEN
          RETURN 0;
        END IF;
        ${auditSql.SEAL_UPDATE}
        RETURN cardinality(ids);
      END $$`);
    // The runtime role is granted it at start (RUNTIME_FUNCTIONS); nobody else.
    await queryRunner.query('REVOKE ALL ON FUNCTION audit_seal_pending() FROM PUBLIC');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const path = await auditSql.searchPath(queryRunner);
    // Whatever is still queued is sealed first: the commit-time trigger only seals its own transaction's rows.
    await queryRunner.query('SELECT audit_seal_pending()');
    await queryRunner.query('DROP FUNCTION audit_seal_pending()');
    await queryRunner.query(auditSql.rowChangeFunction(path, false));
    await queryRunner.query(auditSql.rowsInsertedFunction(path, false));
    await queryRunner.query('DROP INDEX audit_log_pending_idx');
    await queryRunner.query('ALTER TABLE audit_log DROP COLUMN queued');
    await queryRunner.query(
      'CREATE INDEX audit_log_unsealed_idx ON audit_log (tx_id) WHERE chain_seq IS NULL',
    );
    // The commit-time sealing of migration 1764200000000, as it was.
    await queryRunner.query(auditSql.commitSealFunction(path));
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_seal()`);
    await queryRunner.query('REVOKE ALL ON FUNCTION audit_log_seal() FROM PUBLIC');
  }
}
