import type { QueryRunner } from 'typeorm';

/*
 * The pieces of the audit trail's trigger functions that the migrations 1763910000000 (the trail),
 * 1764200000000 (owner-run functions, the hash chain) and 1764500000000 (sealing after commit)
 * each write: one text each, so the functions each migration defines stay the ones it shipped
 * (shipped-sql.spec.ts) and read what they change.
 */

/** The schema the migration builds in, then pg_temp last: what every function here resolves names in. */
export async function searchPath(queryRunner: QueryRunner): Promise<string> {
  const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as Array<{
    schema: string;
  }>;
  return `"${schema.replaceAll('"', '""')}", pg_temp`;
}

/** chain_hash of a row: sha256 hex of the previous hash, the row's chain_seq and its content, one per line. */
function chainHash(previous: string, seq: string, content: string): string {
  return `encode(sha256(convert_to(${previous} || E'\\n' || ${seq} || E'\\n' || ${content}, 'UTF8')), 'hex')`;
}

/** The sealing loop's body and end: each row's place and hash in the chain, for one UPDATE after. */
export const SEAL_LOOP = `head_seq := head_seq + 1;
          head_hash := ${chainHash('head_hash', 'head_seq', 'entry.content')};
          ids := ids || entry.id;
          seqs := seqs || head_seq;
          hashes := hashes || head_hash;
        END LOOP;`;

/** The sealed rows and the new head, written at once. */
export const SEAL_UPDATE = `UPDATE audit_log a SET chain_seq = sealed.seq, chain_hash = sealed.hash
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

/** audit_log_seal() as 1764200000000 made it: at commit, the transaction's rows join the chain. */
export function commitSealFunction(path: string): string {
  return `
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
      END $$`;
}

/** The columns every audit trigger writes, then `extra` (db_user, queued). */
function auditLogInsert(extra = ''): string {
  return `INSERT INTO audit_log (institution_id, plan_id, entity, entity_id, action, period, old_value, new_value,
                               reason, actor_id, actor_email${extra})`;
}

/** The reason and actor of the 1763910000000 triggers: the transaction's settings, as set by setActor. */
const SETTINGS_ACTOR = `NULLIF(current_setting('pusula.reason', true), ''),
          NULLIF(current_setting('pusula.actor_id', true), '')::uuid,
          NULLIF(current_setting('pusula.actor_email', true), '')`;

/**
 * audit_row_change() as 1763910000000 made it (`create` it, or put it back): the actor and reason
 * from the transaction's settings.
 */
export function trailRowChangeFunction(create: 'CREATE' | 'CREATE OR REPLACE'): string {
  return `
      ${create} FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ${ROW_CHANGE_DECLARATIONS}
      BEGIN
        ${CHANGED_COLUMNS}
        ${auditLogInsert()}
        VALUES (
          ${ROW_KEYS}
          ${SETTINGS_ACTOR}
        );
        RETURN NULL;
      END $$`;
}

/** audit_rows_inserted() as 1763910000000 made it: all the inserted rows of a statement at once. */
export function trailRowsInsertedFunction(create: 'CREATE' | 'CREATE OR REPLACE'): string {
  return `
      ${create} FUNCTION audit_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${auditLogInsert()}
        ${INSERTED_ROW_KEYS}
               ${SETTINGS_ACTOR}
          FROM (SELECT to_jsonb(inserted) AS r FROM new_rows AS inserted) AS rows;
        RETURN NULL;
      END $$`;
}

/** The header of the SECURITY DEFINER trigger function `name` (1764200000000 on), on `path`. */
function definerFunction(name: string, path: string): string {
  return `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${path} AS $$`;
}

/** What those functions write after the row: who (audit_actor()), the database user, `queued` for the sealer. */
function whoValues(queued: boolean): string {
  return `who.reason,
          who.actor_id,
          who.actor_email,
          session_user${queued ? ',\n          true' : ''}`;
}

/** The row trigger of audited tables; `queued` marks its rows for the sealer (false: as in 1764200000000). */
export function rowChangeFunction(path: string, queued: boolean): string {
  return `
      ${definerFunction('audit_row_change', path)}
      DECLARE
        ${ROW_CHANGE_DECLARATIONS}
        who record;
      BEGIN
        ${CHANGED_COLUMNS}
        SELECT * INTO who FROM audit_actor();
        ${auditLogInsert(`, db_user${queued ? ', queued' : ''}`)}
        VALUES (
          ${ROW_KEYS}
          ${whoValues(queued)}
        );
        RETURN NULL;
      END $$`;
}

/** The statement trigger of audited inserts; `queued` as in rowChangeFunction. */
export function rowsInsertedFunction(path: string, queued: boolean): string {
  return `
      ${definerFunction('audit_rows_inserted', path)}
      DECLARE
        who record;
      BEGIN
        SELECT * INTO who FROM audit_actor();
        ${auditLogInsert(`, db_user${queued ? ', queued' : ''}`)}
        ${INSERTED_ROW_KEYS}
               ${whoValues(queued)}
          FROM (SELECT to_jsonb(inserted) AS r FROM new_rows AS inserted) AS rows;
        RETURN NULL;
      END $$`;
}
