import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withClient } from './test-database.js';

const run = promisify(execFile);

/** The PostgreSQL server programs a streaming replica is built with. */
const PROGRAMS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'] as const;

/**
 * The newest /usr/lib/postgresql/<version>/bin holding initdb, pg_ctl, pg_basebackup and postgres
 * (Debian's postgresql package), or null where they are missing.
 */
export function postgresBinaries(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (PROGRAMS.every((program) => existsSync(join(bin, program)))) return bin;
  }
  return null;
}

/** A primary and its hot standby, each a PostgreSQL server of its own in a temporary directory. */
export interface StreamingReplica {
  primaryPort: number;
  replicaPort: number;
  /** The superuser postgres on the primary's database postgres (trust authentication, loopback only). */
  primaryAdminUrl: string;
  /** `url` (a database and role of the primary) on the replica instead. */
  onReplica(url: string): string;
  /** One statement on the replica as the superuser, in `database`. */
  replicaQuery<T>(database: string, sql: string, params?: unknown[]): Promise<T[]>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Stops both servers and removes their directories. */
  close(): Promise<void>;
}

/**
 * Starts a primary (wal_level=replica; initdb's pg_hba lets the loopback replicate) and a hot
 * standby made with pg_basebackup -R, on two free ports of `ports`. As root, the servers run as the
 * OS user postgres, who then owns the directory.
 */
export async function startStreamingReplica(
  bin: string,
  ports: readonly number[],
): Promise<StreamingReplica> {
  const [primaryPort, replicaPort] = await freePorts(ports, 2);
  const root = mkdtempSync(join(tmpdir(), 'pusula-replica-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    chownSync(root, Number(stdout.trim()), Number(group.trim()));
  }
  const pg = async (program: string, args: string[]): Promise<void> => {
    const file = join(bin, program);
    if (asRoot) await run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: root });
    else await run(file, args, { cwd: root });
  };
  const primaryDir = join(root, 'primary');
  const replicaDir = join(root, 'replica');
  const options = (port: number, extra: string): string =>
    `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off ${extra}`;
  const startServer = (dir: string, port: number, extra: string): Promise<void> =>
    pg('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', '-o', options(port, extra), 'start']);
  const stopServer = (dir: string): Promise<void> =>
    pg('pg_ctl', ['-D', dir, '-w', '-t', '60', '-m', 'fast', 'stop']);
  const servers: string[] = [];

  const close = async (): Promise<void> => {
    for (const dir of servers.reverse()) await stopServer(dir).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
    await startServer(primaryDir, primaryPort, '-c wal_level=replica -c max_wal_senders=4');
    servers.push(primaryDir);
    await pg('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
    ]);
    await startServer(replicaDir, replicaPort, '-c hot_standby=on');
    servers.push(replicaDir);
  } catch (error) {
    await close();
    throw error;
  }

  const primaryAdminUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = (database: string): string =>
    `postgresql://postgres@127.0.0.1:${replicaPort}/${database}`;
  return {
    primaryPort,
    replicaPort,
    primaryAdminUrl,
    onReplica(url: string): string {
      const parsed = new URL(url);
      parsed.port = String(replicaPort);
      return parsed.toString();
    },
    replicaQuery: <T>(database: string, sql: string, params: unknown[] = []) =>
      withClient(replicaUrl(database), async (client) => (await client.query(sql, params)).rows as T[]),
    async caughtUp(): Promise<void> {
      const [{ lsn }] = await withClient(
        primaryAdminUrl,
        async (client) =>
          (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows,
      );
      const deadline = Date.now() + 30_000;
      for (;;) {
        const rows = await withClient(
          replicaUrl('postgres'),
          async (client) =>
            (
              await client.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [
                lsn,
              ])
            ).rows,
        );
        if (rows[0]?.done) return;
        if (Date.now() > deadline) throw new Error(`The replica did not replay up to ${lsn} in 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stopReplica: () => stopServer(replicaDir),
    startReplica: () => startServer(replicaDir, replicaPort, '-c hot_standby=on'),
    close,
  };
}

/** `count` ports of `candidates` that nothing listens on now. */
async function freePorts(candidates: readonly number[], count: number): Promise<number[]> {
  const free: number[] = [];
  for (const port of candidates) {
    if (free.length === count) break;
    const available = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (available) free.push(port);
  }
  if (free.length < count) throw new Error(`Fewer than ${count} free ports in ${candidates.join(', ')}`);
  return free;
}
