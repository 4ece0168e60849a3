import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as auditSql from './audit-sql.js';
import * as kit from './kit.js';

/**
 * The audit trail no longer trusts the role that makes the changes (issue 9, point 7):
 *
 * - the trigger functions run as their owner (SECURITY DEFINER, fixed search_path), so the app's
 *   runtime role needs no INSERT on audit_log and `db_user` is the login role (session_user);
 * - the actor is set only by `audit_set_actor(session, secret, reason)`, which checks the session
 *   and seals the settings with a key the runtime role cannot read; a set but unsealed actor makes
 *   the write fail, no actor at all is recorded as none;
 * - every row joins a hash chain at commit (a deferred constraint trigger): `chain_seq` in commit
 *   order and `chain_hash` = sha256(previous hash, seq, content), the head kept in audit_chain_head;
 *   the append-only guard allows exactly this sealing update.
 *
 * The rows written before this migration are sealed here, in id order.
 */
export class AuditRolesChain1764200000000 implements MigrationInterface {
  name = 'AuditRolesChain1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const path = await auditSql.searchPath(queryRunner);

    await queryRunner.query(`
      CREATE TABLE audit_seal_key (
        id boolean NOT NULL DEFAULT true,
        key text NOT NULL,
        ${kit.primaryKey('audit_seal_key')},
        CONSTRAINT audit_seal_key_id_check CHECK (id)
      )`);
    // 244 random bits (two version-4 UUIDs from the server's strong random source).
    await queryRunner.query(`
      INSERT INTO audit_seal_key (key)
      VALUES (encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))`);
    // seq/hash: the last sealed row. archived_seq/archived_hash: the last row moved out to an
    // archive (docs/database.md#retention-and-archiving); the rows in the table continue from it.
    await queryRunner.query(`
      CREATE TABLE audit_chain_head (
        id boolean NOT NULL DEFAULT true,
        seq bigint NOT NULL,
        hash text NOT NULL,
        archived_seq bigint NOT NULL DEFAULT 0,
        archived_hash text NOT NULL DEFAULT repeat('0', 64),
        ${kit.primaryKey('audit_chain_head')},
        CONSTRAINT audit_chain_head_id_check CHECK (id),
        CONSTRAINT audit_chain_head_archived_seq_check CHECK (archived_seq BETWEEN 0 AND seq)
      )`);
    await queryRunner.query(`INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64))`);
    await queryRunner.query('REVOKE ALL ON audit_seal_key, audit_chain_head FROM PUBLIC');

    // Old rows keep tx_id NULL: they were written before transactions were recorded.
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN tx_id bigint,
        ADD COLUMN chain_seq bigint,
        ADD COLUMN chain_hash text,
        ADD CONSTRAINT audit_log_chain_seq_key UNIQUE (chain_seq),
        ADD CONSTRAINT audit_log_chain_check CHECK ((chain_seq IS NULL) = (chain_hash IS NULL))`);
    await queryRunner.query(`
      ALTER TABLE audit_log
        ALTER COLUMN tx_id SET DEFAULT txid_current(),
        ALTER COLUMN db_user SET DEFAULT session_user`);
    await queryRunner.query(
      'CREATE INDEX audit_log_unsealed_idx ON audit_log (tx_id) WHERE chain_seq IS NULL',
    );

    // The canonical content of a row (docs/database.md#the-hash-chain): every column but the chain's.
    // No SET clause, so it is inlined; only the owner's functions, with their fixed search_path, call it.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_content(entry audit_log) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_array(
          entry.id, to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), entry.tx_id,
          entry.institution_id, entry.plan_id, entry.entity, entry.entity_id, entry.action, entry.period,
          entry.old_value, entry.new_value, entry.reason, entry.actor_id, entry.actor_email, entry.db_user)::text
      $$`);

    // Append-only, except the one update that seals a row: chain columns from NULL to a value.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        unsealed audit_log;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL AND NEW.chain_hash IS NOT NULL THEN
          unsealed := NEW;
          unsealed.chain_seq := NULL;
          unsealed.chain_hash := NULL;
          IF unsealed IS NOT DISTINCT FROM OLD THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION audit_set_actor(session_id uuid, secret text, reason text) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        found_id text := '';
        found_email text := '';
        given_reason text := COALESCE(reason, '');
      BEGIN
        IF session_id IS NOT NULL OR secret IS NOT NULL THEN
          SELECT u.id::text, u.email INTO found_id, found_email
            FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = session_id
             AND s.token_hash = encode(sha256(convert_to(COALESCE(secret, ''), 'UTF8')), 'hex')
             AND s.revoked_at IS NULL AND s.expires_at > now();
          IF NOT FOUND THEN
            RAISE EXCEPTION 'audit_set_actor: session % is unknown, revoked or expired, or its secret does not match', session_id
              USING ERRCODE = 'PU401';
          END IF;
        END IF;
        PERFORM set_config('pusula.actor_id', found_id, true),
                set_config('pusula.actor_email', found_email, true),
                set_config('pusula.reason', given_reason, true),
                set_config('pusula.actor_seal', ${sealOf('found_id', 'found_email', 'given_reason')}, true);
      END $$`);

    // The actor of the current transaction, checked against its seal; all NULL when none was set.
    await queryRunner.query(`
      CREATE FUNCTION audit_actor(OUT actor_id uuid, OUT actor_email text, OUT reason text)
      LANGUAGE plpgsql STABLE SET search_path = ${path} AS $$
      DECLARE
        given_id text := COALESCE(current_setting('pusula.actor_id', true), '');
        given_email text := COALESCE(current_setting('pusula.actor_email', true), '');
        given_reason text := COALESCE(current_setting('pusula.reason', true), '');
        given_seal text := COALESCE(current_setting('pusula.actor_seal', true), '');
      BEGIN
        IF given_id = '' AND given_email = '' AND given_reason = '' AND given_seal = '' THEN
          RETURN;
        END IF;
        IF given_seal IS DISTINCT FROM ${sealOf('given_id', 'given_email', 'given_reason')} THEN
          RAISE EXCEPTION 'audit actor not verified: pusula.actor_id, pusula.actor_email and pusula.reason are set only by audit_set_actor(session, secret, reason)'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        actor_id := NULLIF(given_id, '')::uuid;
        actor_email := NULLIF(given_email, '');
        reason := NULLIF(given_reason, '');
      END $$`);

    // The row triggers of migration 1763910000000, now as their owner with a verified actor.
    await queryRunner.query(auditSql.rowChangeFunction(path, false));
    await queryRunner.query(auditSql.rowsInsertedFunction(path, false));

    // At commit: this transaction's rows join the chain in one pass, under the head's row lock
    // (held only while they are sealed). Later firings for rows already sealed return at once.
    await queryRunner.query(auditSql.commitSealFunction(path));
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_seal()`);

    // What was written before: sealed now, in id order.
    await queryRunner.query(`
      DO $$
      DECLARE
        head_seq bigint := 0;
        head_hash text := repeat('0', 64);
        entry record;
        ids bigint[] := '{}';
        seqs bigint[] := '{}';
        hashes text[] := '{}';
      BEGIN
        FOR entry IN SELECT a.id, audit_log_content(a) AS content FROM audit_log a ORDER BY a.id LOOP
          ${auditSql.SEAL_LOOP}
        ${auditSql.SEAL_UPDATE}
      END $$`);

    // Only the owner (and so the triggers) may run these; the runtime role is granted audit_set_actor at start.
    await queryRunner.query(`
      REVOKE ALL ON FUNCTION audit_set_actor(uuid, text, text), audit_actor(), audit_log_seal(),
        audit_log_content(audit_log), audit_row_change(), audit_rows_inserted(), audit_log_refuse_change()
        FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_seal ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_seal()');
    // The functions of migration 1763910000000, as they were.
    await queryRunner.query(auditSql.trailRowChangeFunction('CREATE OR REPLACE'));
    await queryRunner.query(auditSql.trailRowsInsertedFunction('CREATE OR REPLACE'));
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      GRANT EXECUTE ON FUNCTION audit_row_change(), audit_rows_inserted(), audit_log_refuse_change() TO PUBLIC`);
    await queryRunner.query('DROP FUNCTION audit_actor()');
    await queryRunner.query('DROP FUNCTION audit_set_actor(uuid, text, text)');
    await queryRunner.query('DROP FUNCTION audit_log_content(audit_log)');
    await queryRunner.query('DROP INDEX audit_log_unsealed_idx');
    await queryRunner.query(`
      ALTER TABLE audit_log
        ALTER COLUMN db_user SET DEFAULT current_user,
        DROP CONSTRAINT audit_log_chain_check,
        DROP CONSTRAINT audit_log_chain_seq_key,
        DROP COLUMN chain_hash,
        DROP COLUMN chain_seq,
        DROP COLUMN tx_id`);
    await queryRunner.query('DROP TABLE audit_chain_head');
    await queryRunner.query('DROP TABLE audit_seal_key');
  }
}

/**
 * The seal of an actor: sha256 of key, [transaction, id, e-mail, reason] as jsonb text, key. The
 * key on both sides prevents length extension; the jsonb array keeps the fields apart.
 */
function sealOf(id: string, email: string, reason: string): string {
  return `(SELECT encode(sha256(convert_to(k.key || jsonb_build_array(txid_current(), ${id}, ${email}, ${reason})::text || k.key, 'UTF8')), 'hex')
             FROM audit_seal_key k)`;
}
