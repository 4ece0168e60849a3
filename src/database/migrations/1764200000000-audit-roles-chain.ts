import type { MigrationInterface, QueryRunner } from 'typeorm';

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
    const path = await searchPath(queryRunner);

    await queryRunner.query(`
      CREATE TABLE audit_seal_key (
        id boolean NOT NULL DEFAULT true,
        key text NOT NULL,
        CONSTRAINT audit_seal_key_pkey PRIMARY KEY (id),
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
        CONSTRAINT audit_chain_head_pkey PRIMARY KEY (id),
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
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        ${ROW_CHANGE_DECLARATIONS}
        who record;
      BEGIN
        ${CHANGED_COLUMNS}
        SELECT * INTO who FROM audit_actor();
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email, db_user)
        VALUES (
          ${ROW_KEYS}
          who.reason,
          who.actor_id,
          who.actor_email,
          session_user
        );
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_rows_inserted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        who record;
      BEGIN
        SELECT * INTO who FROM audit_actor();
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email, db_user)
        ${INSERTED_ROW_KEYS}
               who.reason,
               who.actor_id,
               who.actor_email,
               session_user
          FROM (SELECT to_jsonb(inserted) AS r FROM new_rows AS inserted) AS rows;
        RETURN NULL;
      END $$`);

    // At commit: this transaction's rows join the chain in one pass, under the head's row lock
    // (held only while they are sealed). Later firings for rows already sealed return at once.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_seal() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        sealed_seq bigint;
        head_seq bigint;
        head_hash text;
        entry record;
        ids bigint[] := '{}';
        seqs bigint[] := '{}';
        hashes text[] := '{}';
      BEGIN
        -- By primary key: a condition on chain_seq would let the planner pick audit_log_unsealed_idx,
        -- whose entries of the rows just sealed are dead but still scanned (quadratic in big imports).
        SELECT chain_seq INTO sealed_seq FROM audit_log WHERE id = NEW.id;
        IF sealed_seq IS NOT NULL OR NOT FOUND THEN
          RETURN NULL;
        END IF;
        SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_head WHERE id FOR UPDATE;
        FOR entry IN
          SELECT a.id, audit_log_content(a) AS content FROM audit_log a
           WHERE a.tx_id = txid_current() AND a.chain_seq IS NULL ORDER BY a.id
        LOOP
          ${SEAL_LOOP}
        ${SEAL_UPDATE}
        RETURN NULL;
      END $$`);
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
          ${SEAL_LOOP}
        ${SEAL_UPDATE}
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
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ${ROW_CHANGE_DECLARATIONS}
      BEGIN
        ${CHANGED_COLUMNS}
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email)
        VALUES (
          ${ROW_KEYS}
          NULLIF(current_setting('pusula.reason', true), ''),
          NULLIF(current_setting('pusula.actor_id', true), '')::uuid,
          NULLIF(current_setting('pusula.actor_email', true), '')
        );
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email)
        ${INSERTED_ROW_KEYS}
               NULLIF(current_setting('pusula.reason', true), ''),
               NULLIF(current_setting('pusula.actor_id', true), '')::uuid,
               NULLIF(current_setting('pusula.actor_email', true), '')
          FROM (SELECT to_jsonb(inserted) AS r FROM new_rows AS inserted) AS rows;
        RETURN NULL;
      END $$`);
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

/** The schema the migration builds in, then pg_temp last: what every function here resolves names in. */
async function searchPath(queryRunner: QueryRunner): Promise<string> {
  const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as Array<{
    schema: string;
  }>;
  return `"${schema.replaceAll('"', '""')}", pg_temp`;
}

/**
 * The seal of an actor: sha256 of key, [transaction, id, e-mail, reason] as jsonb text, key. The
 * key on both sides prevents length extension; the jsonb array keeps the fields apart.
 */
function sealOf(id: string, email: string, reason: string): string {
  return `(SELECT encode(sha256(convert_to(k.key || jsonb_build_array(txid_current(), ${id}, ${email}, ${reason})::text || k.key, 'UTF8')), 'hex')
             FROM audit_seal_key k)`;
}

/** chain_hash of a row: sha256 hex of the previous hash, the row's chain_seq and its content, one per line. */
function chainHash(previous: string, seq: string, content: string): string {
  return `encode(sha256(convert_to(${previous} || E'\\n' || ${seq} || E'\\n' || ${content}, 'UTF8')), 'hex')`;
}

/** The sealing loop's body and end: each row's place and hash in the chain, for one UPDATE after. */
const SEAL_LOOP = `head_seq := head_seq + 1;
          head_hash := ${chainHash('head_hash', 'head_seq', 'entry.content')};
          ids := ids || entry.id;
          seqs := seqs || head_seq;
          hashes := hashes || head_hash;
        END LOOP;`;

/** The sealed rows and the new head, written at once. */
const SEAL_UPDATE = `UPDATE audit_log a SET chain_seq = sealed.seq, chain_hash = sealed.hash
          FROM unnest(ids, seqs, hashes) AS sealed (id, seq, hash) WHERE a.id = sealed.id;
        UPDATE audit_chain_head SET seq = head_seq, hash = head_hash WHERE id;`;

/** audit_row_change()'s row as jsonb, before and after, and what changed. */
const ROW_CHANGE_DECLARATIONS = `old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
        row_data jsonb := COALESCE(new_row, old_row);
        changed_old jsonb;
        changed_new jsonb;
        key text;`;

/**
 * An UPDATE records only the columns it changed (bookkeeping ones aside), nothing when none
 * changed; an INSERT or a DELETE its whole row.
 */
const CHANGED_COLUMNS = `IF TG_OP = 'UPDATE' THEN
          changed_old := '{}'::jsonb;
          changed_new := '{}'::jsonb;
          FOR key IN SELECT jsonb_object_keys(new_row) LOOP
            IF key NOT IN ('updated_at', 'version', 'content_version')
               AND (old_row -> key) IS DISTINCT FROM (new_row -> key) THEN
              changed_old := changed_old || jsonb_build_object(key, old_row -> key);
              changed_new := changed_new || jsonb_build_object(key, new_row -> key);
            END IF;
          END LOOP;
          IF changed_new = '{}'::jsonb THEN
            RETURN NULL;
          END IF;
        ELSE
          changed_old := old_row;
          changed_new := new_row;
        END IF;`;

/** audit_row_change()'s institution, plan, entity, id, action, period and change (audit_log's order). */
const ROW_KEYS = `(row_data ->> 'institution_id')::uuid,
          CASE WHEN TG_TABLE_NAME = 'plans' THEN (row_data ->> 'id')::uuid ELSE (row_data ->> 'plan_id')::uuid END,
          TG_ARGV[0],
          COALESCE(row_data ->> 'id', (row_data ->> 'indicator_id') || ':' || (row_data ->> 'year')),
          lower(TG_OP),
          row_data ->> 'period',
          changed_old,
          changed_new,`;

/** audit_rows_inserted()'s institution, plan, entity, id, action, period and row (audit_log's order). */
const INSERTED_ROW_KEYS = `SELECT (r ->> 'institution_id')::uuid,
               CASE WHEN TG_TABLE_NAME = 'plans' THEN (r ->> 'id')::uuid ELSE (r ->> 'plan_id')::uuid END,
               TG_ARGV[0],
               COALESCE(r ->> 'id', (r ->> 'indicator_id') || ':' || (r ->> 'year')),
               'insert',
               r ->> 'period',
               NULL,
               r,`;
