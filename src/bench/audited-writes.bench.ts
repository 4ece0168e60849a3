import pg from 'pg';
import { type BenchContext, median, report } from './measure.js';

const CLIENTS = 8;
const WRITES = 500;
const ROUNDS = 3;
const FLOOR_TABLE = 'bench_unaudited_core_values';

export interface AuditedWritesFigures {
  /** Median wall time of CLIENTS × WRITES audited inserts, each its own transaction. */
  audited: number;
  /** The same inserts into a copy of the table without the audit triggers. */
  unaudited: number;
  /** The sealing of what was still pending after the last round (0 when sealed at commit). */
  sealBacklog: number;
}

/**
 * CLIENTS connections of the app's runtime role, each committing WRITES one-row inserts into
 * core_values (audited: an audit entry each, sealed into the hash chain), beside the same inserts
 * into an unaudited copy of the table (same columns, keys and foreign key). Rounds alternate, so a
 * change in the machine's load touches both alike. The owner creates the copy and drops it after.
 */
export async function measureAuditedWrites(
  runtimeUrl: string,
  ownerUrl: string,
): Promise<AuditedWritesFigures> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const clients = Array.from({ length: CLIENTS }, () => new pg.Client({ connectionString: runtimeUrl }));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    const role = (await clients[0].query<{ role: string }>('SELECT session_user AS role')).rows[0].role;
    await owner.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`);
    await owner.query(
      `CREATE TABLE ${FLOOR_TABLE} (LIKE core_values INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await owner.query(
      `ALTER TABLE ${FLOOR_TABLE} ADD FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE`,
    );
    if (role !== (await owner.query<{ role: string }>('SELECT session_user AS role')).rows[0].role)
      await owner.query(`GRANT SELECT, INSERT ON ${FLOOR_TABLE} TO "${role.replaceAll('"', '""')}"`);
    const { rows } = await clients[0].query<{ institution_id: string; id: string }>(
      `WITH institution AS (
         INSERT INTO institutions (name, kind, version) VALUES ($1, 'belediye', 1) RETURNING id)
       INSERT INTO plans (institution_id, title, start_year, end_year, version)
       SELECT id, 'Denetim yükü planı', 2025, 2029, 1 FROM institution RETURNING institution_id, id`,
      [`Denetim Yükü Belediyesi ${Date.now().toString(36)}`],
    );
    const plan = rows[0];
    const writeAll = async (table: string, round: number): Promise<number> => {
      const started = performance.now();
      await Promise.all(
        clients.map(async (client, index) => {
          for (let write = 0; write < WRITES; write += 1) {
            await client.query(
              `INSERT INTO ${table} (institution_id, plan_id, position, title) VALUES ($1, $2, $3, $4)`,
              [
                plan.institution_id,
                plan.id,
                round * 100_000 + index * 1000 + write,
                `Değer ${round}.${index}.${write}`,
              ],
            );
          }
        }),
      );
      return performance.now() - started;
    };
    const audited: number[] = [];
    const unaudited: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      unaudited.push(await writeAll(FLOOR_TABLE, round));
      audited.push(await writeAll('core_values', round));
    }
    const sealer = (
      await owner.query<{ name: string | null }>(
        `SELECT to_regprocedure('audit_seal_pending()')::text AS name`,
      )
    ).rows[0].name;
    const started = performance.now();
    if (sealer) await owner.query('SELECT audit_seal_pending()');
    const sealBacklog = sealer ? performance.now() - started : 0;
    return { audited: median(audited), unaudited: median(unaudited), sealBacklog };
  } finally {
    await owner.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`).catch(() => undefined);
    await Promise.all([owner, ...clients].map((client) => client.end().catch(() => undefined)));
  }
}

/**
 * Audited writes from 8 connections at once beside the same writes on an unaudited table: the
 * audit trail's hash chain must not make writers wait for each other (docs/database.md#the-hash-chain).
 */
export async function auditedWritesBench(context: BenchContext): Promise<void> {
  const figures = await measureAuditedWrites(context.databaseUrl, context.ownerUrl);
  console.log(`\n(sealing what the writes left pending: ${figures.sealBacklog.toFixed(0)} ms)`);
  report({
    name: `${CLIENTS} clients × ${WRITES} audited one-row inserts, each committed`,
    value: figures.audited,
    unit: 'ms',
    floor: {
      name: 'the same inserts into an unaudited copy of the table',
      value: figures.unaudited,
      maxRatio: 3,
    },
  });
}
