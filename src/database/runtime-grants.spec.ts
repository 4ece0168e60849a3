import { describe, expect, it } from '@jest/globals';
import {
  expectedPrivileges,
  planRuntimeGrants,
  quoteIdent,
  type RuntimeRoleReport,
  runtimeRoleProblems,
  type SchemaRelation,
} from './runtime-grants.js';

const RELATIONS: SchemaRelation[] = [
  { name: 'plans', kind: 'table', ownedBy: null },
  { name: 'audit_log', kind: 'table', ownedBy: null },
  { name: 'audit_log_id_seq', kind: 'sequence', ownedBy: 'audit_log' },
  { name: 'audit_seal_key', kind: 'table', ownedBy: null },
  { name: 'audit_chain_head', kind: 'table', ownedBy: null },
  { name: 'migrations', kind: 'table', ownedBy: null },
  { name: 'migrations_id_seq', kind: 'sequence', ownedBy: 'migrations' },
  // A table another branch adds later: covered without being named anywhere.
  { name: 'value_corrections', kind: 'table', ownedBy: null },
  { name: 'value_corrections_number_seq', kind: 'sequence', ownedBy: 'value_corrections' },
  { name: 'invitation_number_seq', kind: 'sequence', ownedBy: null },
];

describe('planRuntimeGrants', () => {
  const statements = planRuntimeGrants('public', 'pusula_app', RELATIONS);

  it('reads and writes every table not listed, a new one included, and nothing more', () => {
    for (const table of ['plans', 'value_corrections']) {
      expect(statements).toContain(`REVOKE ALL ON TABLE "public"."${table}" FROM PUBLIC, "pusula_app"`);
      expect(statements).toContain(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "public"."${table}" TO "pusula_app"`,
      );
    }
    expect(statements.join('\n')).not.toMatch(/TRUNCATE|REFERENCES|TRIGGER|GRANT ALL|OWNER/);
  });

  it('only reads the audit trail, its head and the migration history, and never the seal key', () => {
    expect(statements).toContain('GRANT SELECT ON TABLE "public"."audit_log" TO "pusula_app"');
    expect(statements).toContain('GRANT SELECT ON TABLE "public"."audit_chain_head" TO "pusula_app"');
    expect(statements).toContain('GRANT SELECT ON TABLE "public"."migrations" TO "pusula_app"');
    expect(statements).toContain('REVOKE ALL ON TABLE "public"."audit_seal_key" FROM PUBLIC, "pusula_app"');
    expect(statements.filter((statement) => statement.includes('audit_seal_key'))).toHaveLength(1);
  });

  it('lets it use the sequences of the tables it writes and free-standing ones, not those of the tables it only reads', () => {
    expect(statements).toContain(
      'GRANT USAGE, SELECT ON SEQUENCE "public"."value_corrections_number_seq" TO "pusula_app"',
    );
    expect(statements).toContain(
      'GRANT USAGE, SELECT ON SEQUENCE "public"."invitation_number_seq" TO "pusula_app"',
    );
    expect(
      statements.some((statement) => statement.startsWith('GRANT') && statement.includes('audit_log_id_seq')),
    ).toBe(false);
    expect(
      statements.some(
        (statement) => statement.startsWith('GRANT') && statement.includes('migrations_id_seq'),
      ),
    ).toBe(false);
  });

  it('gives the schema for use, not for creating, and the two functions it calls', () => {
    expect(statements.slice(0, 2)).toEqual([
      'GRANT USAGE ON SCHEMA "public" TO "pusula_app"',
      'REVOKE CREATE ON SCHEMA "public" FROM "pusula_app"',
    ]);
    expect(statements.filter((statement) => statement.includes('FUNCTION'))).toEqual([
      'GRANT EXECUTE ON FUNCTION "public".audit_set_actor(uuid, text, text) TO "pusula_app"',
      'GRANT EXECUTE ON FUNCTION "public".audit_seal_pending() TO "pusula_app"',
    ]);
  });

  it('quotes names, so an odd schema or role name cannot inject SQL', () => {
    expect(quoteIdent('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
    expect(planRuntimeGrants('test schema', 'r"x', [])[0]).toBe(
      'GRANT USAGE ON SCHEMA "test schema" TO "r""x"',
    );
  });
});

const FIT: RuntimeRoleReport = {
  role: 'pusula_app',
  owner: 'pusula_owner',
  superuser: false,
  bypassRls: false,
  createRole: false,
  createDb: false,
  replication: false,
  ownedRelations: [],
  ownsSchema: false,
  createInSchema: false,
  privileges: [
    ...expectedPrivileges('plans').map((privilege) => ({ table: 'plans', privilege })),
    { table: 'audit_log', privilege: 'SELECT' as const },
  ],
};

describe('runtimeRoleProblems', () => {
  it('finds none for a login role with exactly its grants', () => {
    expect(runtimeRoleProblems(FIT)).toEqual([]);
  });

  it.each([
    ['the owner itself', { owner: 'pusula_app' }, 'also the role of DATABASE_MIGRATION_URL'],
    ['a superuser', { superuser: true }, 'is a superuser'],
    ['BYPASSRLS', { bypassRls: true }, 'BYPASSRLS'],
    ['CREATEROLE', { createRole: true }, 'CREATEROLE'],
    ['CREATEDB', { createDb: true }, 'CREATEDB'],
    ['REPLICATION', { replication: true }, 'REPLICATION'],
    ['an owner of tables', { ownedRelations: ['public.audit_log'] }, 'owns public.audit_log'],
    ['the schema’s owner', { ownsSchema: true }, 'owns the schema'],
    ['allowed to create in the schema', { createInSchema: true }, 'may CREATE in the schema'],
    [
      'holding INSERT on audit_log',
      { privileges: [...FIT.privileges, { table: 'audit_log', privilege: 'INSERT' as const }] },
      'INSERT on audit_log',
    ],
    [
      'holding TRUNCATE on a table',
      { privileges: [...FIT.privileges, { table: 'plans', privilege: 'TRUNCATE' as const }] },
      'TRUNCATE on plans',
    ],
    [
      'able to read the seal key',
      { privileges: [...FIT.privileges, { table: 'audit_seal_key', privilege: 'SELECT' as const }] },
      'SELECT on audit_seal_key',
    ],
  ])('refuses %s', (_label, change, text) => {
    const problems = runtimeRoleProblems({ ...FIT, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(text);
  });

  it('lists every problem, and shortens a long list of tables', () => {
    const owned = Array.from({ length: 12 }, (_, index) => `public.t${index}`);
    const problems = runtimeRoleProblems({ ...FIT, superuser: true, ownedRelations: owned });
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('public.t7 and 4 more');
  });
});
