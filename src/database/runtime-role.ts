import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { buildDataSourceOptions } from './data-source.js';
import {
  planRuntimeGrants,
  type RuntimeRoleReport,
  runtimeRoleProblems,
  type SchemaRelation,
  TABLE_PRIVILEGES,
  type TablePrivilege,
} from './runtime-grants.js';

interface StartLog {
  log(message: string): void;
  warn(message: string): void;
}

/** Any number: the key of the advisory lock that keeps two starting instances from granting at once. */
const GRANT_LOCK = 7_464_201;
/** The key of the advisory lock under which one starting instance at a time runs the migrations. */
const MIGRATION_LOCK = 7_464_202;

export const SINGLE_ROLE_WARNING =
  'DATABASE_MIGRATION_URL is not set: the app migrates and runs as one database role, which owns audit_log ' +
  'and its triggers. The audit trail is then only as safe as that role: whoever has its password can disable ' +
  'the triggers, rewrite or drop the trail. Set DATABASE_MIGRATION_URL to the owner and DATABASE_URL to a ' +
  'login role that owns nothing (docs/deployment.md#two-database-roles).';

/**
 * Before the app's own DataSource opens. With a migration URL: migrates as the owner, grants the
 * runtime role (DATABASE_URL) exactly its privileges, checks that it cannot rewrite the audit
 * trail (refusing to start otherwise) and logs it; the app then runs as the runtime role and does
 * not migrate. Without one: the app migrates and runs as one role, as before, with a warning.
 * Answers whether the app's DataSource must run the migrations itself.
 */
export async function prepareDatabase(options: {
  url: string;
  migrationUrl: string | null;
  schema?: string;
  logger: StartLog;
}): Promise<{ migrationsRun: boolean }> {
  const { url, migrationUrl, schema, logger } = options;
  if (!migrationUrl) {
    logger.warn(SINGLE_ROLE_WARNING);
    const single = new DataSource(buildDataSourceOptions(url, { schema, poolSize: 1 }));
    await single.initialize();
    try {
      await migrateAlone(single);
    } finally {
      await single.destroy();
    }
    return { migrationsRun: false };
  }
  const role = await sessionUser(url);
  const owner = new DataSource(buildDataSourceOptions(migrationUrl, { schema, poolSize: 1 }));
  await owner.initialize();
  try {
    await migrateAlone(owner);
    const report = await owner.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [GRANT_LOCK]);
      const [{ schema: current, owner: ownerRole }] = await manager.query<
        Array<{ schema: string; owner: string }>
      >('SELECT current_schema() AS schema, session_user AS owner');
      // Revoking from the owner would take its own tables from it: refused before any grant.
      if (ownerRole === role)
        throw new Error(
          `DATABASE_URL and DATABASE_MIGRATION_URL both sign in as "${role}", so the app would run as the owner ` +
            'of the audit trail. Give DATABASE_URL a login role that owns nothing, or leave DATABASE_MIGRATION_URL ' +
            'unset to run with one role. See docs/deployment.md#two-database-roles.',
        );
      for (const statement of planRuntimeGrants(current, role, await schemaRelations(manager)))
        await manager.query(statement);
      // Not the runtime role's own grant: PostgreSQL 14 and older let PUBLIC create in schema
      // public. Only the schema's owner can revoke it; otherwise the check below refuses the start.
      await manager.query(`REVOKE CREATE ON SCHEMA "${current.replaceAll('"', '""')}" FROM PUBLIC`);
      return readReport(manager, role);
    });
    const problems = runtimeRoleProblems(report);
    if (problems.length > 0) {
      throw new Error(
        `The database role of DATABASE_URL could rewrite the audit trail, so Pusula does not start: ` +
          `${problems.join('; ')}. See docs/deployment.md#two-database-roles.`,
      );
    }
    const written = report.privileges.filter((entry) => entry.privilege === 'INSERT').length;
    logger.log(
      `Database roles: migrations ran as "${report.owner}"; the app runs as "${role}", which owns no table ` +
        `(writes ${written} tables, reads audit_log, no TRUNCATE, no trigger control)`,
    );
    return { migrationsRun: false };
  } finally {
    await owner.destroy();
  }
}

/**
 * Runs the pending migrations while holding an advisory lock, so that instances starting at once
 * on one database (several containers, `npm run start:cluster`) migrate one after another: the
 * first runs them, the others wait and then find nothing pending. `source` has a pool of one
 * connection, so the lock and the migrations share it.
 */
async function migrateAlone(source: DataSource): Promise<void> {
  await source.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await source.runMigrations({ transaction: 'each' });
  } finally {
    await source.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function sessionUser(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ role: string }>('SELECT session_user AS role');
    return result.rows[0].role;
  } finally {
    await client.end();
  }
}

/** Tables, views and sequences of the current schema; a sequence with the table it serves. */
async function schemaRelations(manager: EntityManager): Promise<SchemaRelation[]> {
  return manager.query<SchemaRelation[]>(
    `SELECT c.relname AS name,
            CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END AS kind,
            (SELECT t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
              LIMIT 1) AS "ownedBy"
       FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')`,
  );
}

async function readReport(manager: EntityManager, role: string): Promise<RuntimeRoleReport> {
  const rows = await manager.query<
    Array<{
      role: string;
      owner: string;
      superuser: boolean;
      bypass_rls: boolean;
      create_role: boolean;
      create_db: boolean;
      replication: boolean;
      owned: string[];
      owns_schema: boolean;
      create_in_schema: boolean;
      privileges: string[];
    }>
  >(
    `SELECT r.rolname AS role, session_user AS owner, r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
            r.rolcreaterole AS create_role, r.rolcreatedb AS create_db, r.rolreplication AS replication,
            ARRAY(SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
                     AND pg_has_role(r.oid, c.relowner, 'MEMBER')
                   ORDER BY 1) AS owned,
            pg_has_role(r.oid, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER')
              AS owns_schema,
            has_schema_privilege(r.oid, current_schema(), 'CREATE') AS create_in_schema,
            ARRAY(SELECT c.relname || ':' || p.privilege
                    FROM pg_class c CROSS JOIN unnest($2::text[]) AS p (privilege)
                   WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                     AND CASE WHEN p.privilege IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
                              THEN has_any_column_privilege(r.oid, c.oid, p.privilege)
                              ELSE has_table_privilege(r.oid, c.oid, p.privilege) END
                   ORDER BY 1) AS privileges
       FROM pg_roles r WHERE r.rolname = $1`,
    [role, [...TABLE_PRIVILEGES]],
  );
  const row = rows[0];
  return {
    role: row.role,
    owner: row.owner,
    superuser: row.superuser,
    bypassRls: row.bypass_rls,
    createRole: row.create_role,
    createDb: row.create_db,
    replication: row.replication,
    ownedRelations: row.owned,
    ownsSchema: row.owns_schema,
    createInSchema: row.create_in_schema,
    privileges: row.privileges.map((entry) => {
      const at = entry.lastIndexOf(':');
      return { table: entry.slice(0, at), privilege: entry.slice(at + 1) as TablePrivilege };
    }),
  };
}
