import type { AppConfig } from '../config/app-config.js';

/**
 * The demo data includes one account per role with a published password (README). On the
 * embedded database that is a local demo; on a database given by DATABASE_URL it could be a real
 * server, so `npm run seed:demo` refuses there unless PUSULA_DEMO_ACCOUNTS=true says it is meant.
 * Answers why it refuses, or null when seeding may go on.
 */
export function demoAccountsRefusal(config: Pick<AppConfig, 'databaseUrl' | 'demoAccounts'>): string | null {
  if (config.databaseUrl === null || config.demoAccounts) return null;
  return (
    'seed:demo creates demo accounts whose password is published in the README, and DATABASE_URL points at ' +
    'a database that is not the embedded demo one. Nothing was written. If this database is really meant ' +
    'for a demo, run again with PUSULA_DEMO_ACCOUNTS=true.'
  );
}
