import { TablesMigration, type TableDefinition } from './kit.js';

const TABLES: TableDefinition[] = [
  {
    name: 'sign_in_address_limits',
    columns: [
      'address text NOT NULL',
      'attempts integer NOT NULL',
      'window_started_at timestamptz NOT NULL DEFAULT now()',
    ],
    primaryKey: ['address'],
    constraints: [],
  },
];

/**
 * The first sign-in gate, at most 50 attempts a minute from one client address (issue 17,
 * point 4), moves from each process's memory to PostgreSQL: one row per address holds the
 * attempts of its current one-minute window, counted by one atomic upsert, so the limit holds
 * across every instance on the database and across restarts. Rows of ended windows are deleted
 * with the other sign-in records. Not plan content: not audited.
 */
export class SignInAddressLimits1766300000000 extends TablesMigration {
  name = 'SignInAddressLimits1766300000000';
  protected readonly tables = TABLES;
}
