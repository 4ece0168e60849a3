import type { MigrationInterface, QueryRunner } from 'typeorm';

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
    const path = await searchPath(queryRunner);
    await queryRunner.query('DROP TRIGGER audit_log_seal ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_seal()');
    await queryRunner.query('DROP INDEX audit_log_unsealed_idx');
    await queryRunner.query('ALTER TABLE audit_log ADD COLUMN queued boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'CREATE INDEX audit_log_pending_idx ON audit_log (id) WHERE queued AND chain_seq IS NULL',
    );
    await queryRunner.query(rowChangeFunction(path, true));
    await queryRunner.query(rowsInsertedFunction(path, true));

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
          ${SEAL_LOOP}
        IF cardinality(ids) = 0 THEN
          RETURN 0;
        END IF;
        ${SEAL_UPDATE}
        RETURN cardinality(ids);
      END $$`);
    // The runtime role is granted it at start (RUNTIME_FUNCTIONS); nobody else.
    await queryRunner.query('REVOKE ALL ON FUNCTION audit_seal_pending() FROM PUBLIC');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const path = await searchPath(queryRunner);
    // Whatever is still queued is sealed first: the commit-time trigger only seals its own transaction's rows.
    await queryRunner.query('SELECT audit_seal_pending()');
    await queryRunner.query('DROP FUNCTION audit_seal_pending()');
    await queryRunner.query(rowChangeFunction(path, false));
    await queryRunner.query(rowsInsertedFunction(path, false));
    await queryRunner.query('DROP INDEX audit_log_pending_idx');
    await queryRunner.query('ALTER TABLE audit_log DROP COLUMN queued');
    await queryRunner.query(
      'CREATE INDEX audit_log_unsealed_idx ON audit_log (tx_id) WHERE chain_seq IS NULL',
    );
    // The commit-time sealing of migration 1764200000000, as it was.
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
    await queryRunner.query('REVOKE ALL ON FUNCTION audit_log_seal() FROM PUBLIC');
  }
}

/** The schema the migration builds in, then pg_temp last: what every function here resolves names in. */
async function searchPath(queryRunner: QueryRunner): Promise<string> {
  const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as Array<{
    schema: string;
  }>;
  return `"${schema.replaceAll('"', '""')}", pg_temp`;
}

/** chain_hash of a row, exactly as migration 1764200000000 defines it (docs/database.md#the-hash-chain). */
function chainHash(previous: string, seq: string, content: string): string {
  return `encode(sha256(convert_to(${previous} || E'\\n' || ${seq} || E'\\n' || ${content}, 'UTF8')), 'hex')`;
}

/** The row trigger of audited tables; `queued` marks its rows for the sealer (false: as in 1764200000000). */
function rowChangeFunction(path: string, queued: boolean): string {
  return `
      CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
        row_data jsonb := COALESCE(new_row, old_row);
        changed_old jsonb;
        changed_new jsonb;
        key text;
        who record;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
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
        END IF;
        SELECT * INTO who FROM audit_actor();
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email, db_user${queued ? ', queued' : ''})
        VALUES (
          (row_data ->> 'institution_id')::uuid,
          CASE WHEN TG_TABLE_NAME = 'plans' THEN (row_data ->> 'id')::uuid ELSE (row_data ->> 'plan_id')::uuid END,
          TG_ARGV[0],
          COALESCE(row_data ->> 'id', (row_data ->> 'indicator_id') || ':' || (row_data ->> 'year')),
          lower(TG_OP),
          row_data ->> 'period',
          changed_old,
          changed_new,
          who.reason,
          who.actor_id,
          who.actor_email,
          session_user${queued ? ',\n          true' : ''}
        );
        RETURN NULL;
      END $$`;
}

/** The statement trigger of audited inserts; `queued` as in rowChangeFunction. */
function rowsInsertedFunction(path: string, queued: boolean): string {
  return `
      CREATE OR REPLACE FUNCTION audit_rows_inserted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$
      DECLARE
        who record;
      BEGIN
        SELECT * INTO who FROM audit_actor();
        INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email, db_user${queued ? ', queued' : ''})
        SELECT (r ->> 'institution_id')::uuid,
               CASE WHEN TG_TABLE_NAME = 'plans' THEN (r ->> 'id')::uuid ELSE (r ->> 'plan_id')::uuid END,
               TG_ARGV[0],
               COALESCE(r ->> 'id', (r ->> 'indicator_id') || ':' || (r ->> 'year')),
               'insert',
               r ->> 'period',
               NULL,
               r,
               who.reason,
               who.actor_id,
               who.actor_email,
               session_user${queued ? ',\n               true' : ''}
          FROM (SELECT to_jsonb(inserted) AS r FROM new_rows AS inserted) AS rows;
        RETURN NULL;
      END $$`;
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
