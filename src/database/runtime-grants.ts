/**
 * What the app's runtime role (DATABASE_URL) may do, computed from the schema as it is after the
 * migrations: every table is read and written by default, so tables added later are covered;
 * the exceptions are listed here. No table is ever truncated, referenced or triggered by it.
 */
export const RUNTIME_TABLE_ACCESS: Readonly<Record<string, TableAccess>> = {
  /** Written only by the audit trigger functions, which run as the owner. */
  audit_log: 'read',
  /** Moved only by audit_seal_pending(); read by GET /api/audit/verify. */
  audit_chain_head: 'read',
  /** The key that seals the actor of a transaction: the owner's alone. */
  audit_seal_key: 'none',
  /** The migration history: read by GET /api/health. */
  migrations: 'read',
  /** The key that signs unsubscribe links: made by its migration, only read by the app. */
  notification_keys: 'read',
};

/** Functions the runtime role calls; every SECURITY DEFINER function is closed to PUBLIC by its migration. */
export const RUNTIME_FUNCTIONS = ['audit_set_actor(uuid, text, text)', 'audit_seal_pending()'];

export type TableAccess = 'write' | 'read' | 'none';

export const TABLE_PRIVILEGES = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'TRUNCATE',
  'REFERENCES',
  'TRIGGER',
] as const;
export type TablePrivilege = (typeof TABLE_PRIVILEGES)[number];

const GRANTED: Record<TableAccess, TablePrivilege[]> = {
  write: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  read: ['SELECT'],
  none: [],
};

export function tableAccess(table: string): TableAccess {
  return Object.hasOwn(RUNTIME_TABLE_ACCESS, table) ? RUNTIME_TABLE_ACCESS[table] : 'write';
}

export function expectedPrivileges(table: string): TablePrivilege[] {
  return GRANTED[tableAccess(table)];
}

/** A relation of the app's schema as the catalogue lists it. */
export interface SchemaRelation {
  name: string;
  kind: 'table' | 'sequence';
  /** For a sequence: the table whose column uses it (serial or identity), if any. */
  ownedBy: string | null;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The statements that give `role` exactly its access in `schema`: everything revoked first (from
 * PUBLIC too), then granted by RUNTIME_TABLE_ACCESS. A sequence follows the table whose column
 * owns it (serial, identity); a free-standing one is usable.
 */
export function planRuntimeGrants(schema: string, role: string, relations: SchemaRelation[]): string[] {
  const s = quoteIdent(schema);
  const r = quoteIdent(role);
  const statements = [`GRANT USAGE ON SCHEMA ${s} TO ${r}`, `REVOKE CREATE ON SCHEMA ${s} FROM ${r}`];
  for (const relation of [...relations].sort((a, b) => a.name.localeCompare(b.name))) {
    const name = `${s}.${quoteIdent(relation.name)}`;
    if (relation.kind === 'table') {
      statements.push(`REVOKE ALL ON TABLE ${name} FROM PUBLIC, ${r}`);
      const granted = expectedPrivileges(relation.name);
      if (granted.length > 0) statements.push(`GRANT ${granted.join(', ')} ON TABLE ${name} TO ${r}`);
    } else {
      statements.push(`REVOKE ALL ON SEQUENCE ${name} FROM PUBLIC, ${r}`);
      // A sequence of its own (not a column's) may serve any table's default: usable too.
      if (relation.ownedBy === null || tableAccess(relation.ownedBy) === 'write')
        statements.push(`GRANT USAGE, SELECT ON SEQUENCE ${name} TO ${r}`);
    }
  }
  for (const signature of RUNTIME_FUNCTIONS) {
    statements.push(`GRANT EXECUTE ON FUNCTION ${s}.${signature} TO ${r}`);
  }
  return statements;
}

/** What the catalogue says about the runtime role, read as the owner after the grants. */
export interface RuntimeRoleReport {
  role: string;
  owner: string;
  superuser: boolean;
  bypassRls: boolean;
  createRole: boolean;
  createDb: boolean;
  replication: boolean;
  /** Relations (any schema of the database) owned by the role or by a role it is a member of. */
  ownedRelations: string[];
  /** The role owns the app's schema (or is a member of its owner): it could drop any table in it. */
  ownsSchema: boolean;
  createInSchema: boolean;
  /** The table privileges it holds in the app's schema, however it got them (PUBLIC, memberships). */
  privileges: Array<{ table: string; privilege: TablePrivilege }>;
}

/** Every reason the runtime role could rewrite the audit trail or exceeds its grants; empty when it is fit. */
export function runtimeRoleProblems(report: RuntimeRoleReport): string[] {
  const problems: string[] = [];
  const role = `"${report.role}"`;
  if (report.role === report.owner)
    problems.push(
      `${role} is also the role of DATABASE_MIGRATION_URL, which owns the tables; DATABASE_URL must name another login role`,
    );
  if (report.superuser) problems.push(`${role} is a superuser`);
  if (report.bypassRls) problems.push(`${role} has BYPASSRLS`);
  if (report.createRole) problems.push(`${role} has CREATEROLE (it could grant itself the owner's role)`);
  if (report.createDb) problems.push(`${role} has CREATEDB`);
  if (report.replication) problems.push(`${role} has REPLICATION (it could read every table)`);
  if (report.ownedRelations.length > 0)
    problems.push(
      `${role} owns ${listed(report.ownedRelations)} (directly or through a role it is a member of)`,
    );
  if (report.ownsSchema) problems.push(`${role} owns the schema (it could drop every table in it)`);
  if (report.createInSchema)
    problems.push(
      `${role} may CREATE in the schema (run REVOKE CREATE ON SCHEMA … FROM PUBLIC as the schema's owner)`,
    );
  const extra = report.privileges.filter(
    ({ table, privilege }) => !expectedPrivileges(table).includes(privilege),
  );
  if (extra.length > 0)
    problems.push(
      `${role} holds privileges it must not have: ${listed(extra.map(({ table, privilege }) => `${privilege} on ${table}`))}`,
    );
  return problems;
}

function listed(items: string[]): string {
  return items.length <= 8
    ? items.join(', ')
    : `${items.slice(0, 8).join(', ')} and ${items.length - 8} more`;
}
