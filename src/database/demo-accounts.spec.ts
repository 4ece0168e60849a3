import { describe, expect, it } from '@jest/globals';
import { demoAccountsRefusal } from './demo-accounts.js';

describe('demoAccountsRefusal (npm run seed:demo)', () => {
  it('lets the embedded database (no DATABASE_URL) get the demo accounts', () => {
    expect(demoAccountsRefusal({ databaseUrl: null, demoAccounts: false })).toBeNull();
  });

  it('refuses a DATABASE_URL database without PUSULA_DEMO_ACCOUNTS, naming the flag', () => {
    const refusal = demoAccountsRefusal({
      databaseUrl: 'postgresql://db.example/pusula',
      demoAccounts: false,
    });
    expect(refusal).toContain('PUSULA_DEMO_ACCOUNTS=true');
    expect(refusal).toContain('Nothing was written');
  });

  it('lets a DATABASE_URL database get them when PUSULA_DEMO_ACCOUNTS=true', () => {
    expect(
      demoAccountsRefusal({ databaseUrl: 'postgresql://db.example/pusula', demoAccounts: true }),
    ).toBeNull();
  });
});
