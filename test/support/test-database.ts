import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runtime roles of test databases: `<prefix><the database's suffix>`, so a stale one is recognised. */
const DATABASE_PREFIX = 'pusula_test_';
const ROLE_PREFIX = 'pusula_test_app_';

export interface TestDatabase {
  /** The runtime role's URL (DATABASE_URL): a login role that owns nothing, created for this database. */
  url: string;
  /** TEST_DATABASE_URL's user on this database: the owner that migrates (DATABASE_MIGRATION_URL). */
  ownerUrl: string;
  runtimeRole: string;
  drop: () => Promise<void>;
}

/**
 * A fresh database for one test file, and a runtime login role with a random password for it;
 * the app's migrations build the schema as the owner and grant the role. Both are dropped
 * together. Roles of databases that no longer exist (a run that was killed) are dropped first.
 */
export async function createTestDatabase(
  adminUrl: string | undefined = process.env.TEST_DATABASE_URL,
): Promise<TestDatabase> {
  if (!adminUrl)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests with npm test (it starts an embedded PostgreSQL)',
    );
  const suffix = `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const name = `${DATABASE_PREFIX}${suffix}`;
  const role = `${ROLE_PREFIX}${suffix}`;
  const password = randomBytes(18).toString('base64url');
  await withClient(adminUrl, async (client) => {
    await dropStaleRoles(client);
    // The database first: a role whose database does not exist is stale.
    await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await client.query(`CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  });
  const ownerUrl = new URL(adminUrl);
  ownerUrl.pathname = `/${name}`;
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return {
    url: url.toString(),
    ownerUrl: ownerUrl.toString(),
    runtimeRole: role,
    drop: () =>
      withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        try {
          await client.query(`DROP ROLE IF EXISTS ${role}`);
        } catch (error) {
          // A test file starting in another worker may be dropping it as stale at this moment.
          const left = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
          if (left.rowCount !== 0) throw error;
        }
      }),
  };
}

async function dropStaleRoles(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ role: string }>(
    `SELECT r.rolname AS role FROM pg_roles r
      WHERE starts_with(r.rolname, $1)
        AND NOT EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = $2 || substr(r.rolname, length($1) + 1))`,
    [ROLE_PREFIX, DATABASE_PREFIX],
  );
  for (const { role } of rows) {
    try {
      await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
    } catch {
      // Another run is dropping it too, or it still holds a grant elsewhere: left for the next run.
    }
  }
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
