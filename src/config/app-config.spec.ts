import { describe, expect, it } from '@jest/globals';
import {
  ConfigError,
  DEFAULT_OPEN_DATA_LICENCE,
  fastifyTrustProxy,
  loadConfig,
  parseTrustProxy,
} from './app-config.js';

/** Loading with `name` set to `value` throws "<name> <problem>". */
function expectRefused(name: string, value: string, problem: string): void {
  expect(() => loadConfig({ [name]: value })).toThrow(`${name} ${problem}`);
}

describe('PUSULA_TRUST_PROXY', () => {
  it('is off by default and when set to false', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const text of ['false', 'no', 'off', '0']) expect(parseTrustProxy(text)).toBe(false);
  });

  it('takes true, a hop count, or proxy addresses and subnets', () => {
    expect(loadConfig({ PUSULA_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ PUSULA_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ PUSULA_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it('refuses anything else with the other configuration problems', () => {
    for (const text of ['maybe', '11', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1']) {
      expect(parseTrustProxy(text)).toBeNull();
    }
    const problems = (): string[] => {
      try {
        loadConfig({ PUSULA_TRUST_PROXY: 'maybe', PORT: 'x' });
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
      }
      return [];
    };
    expect(problems()).toEqual(
      expect.arrayContaining([
        'PORT must be a whole number',
        expect.stringContaining('PUSULA_TRUST_PROXY must be true, false, a number of proxy hops'),
      ]),
    );
  });

  it('gives Fastify a trust function for a hop count: the socket address and the next hops', () => {
    const trust = fastifyTrustProxy(1) as (address: string, hop: number) => boolean;
    expect([trust('127.0.0.1', 0), trust('10.0.0.1', 1)]).toEqual([true, false]);
    expect(fastifyTrustProxy(['10.0.0.1'])).toEqual(['10.0.0.1']);
  });
});

describe('PUSULA_DEMO_ACCOUNTS', () => {
  it('is off by default and read as a boolean', () => {
    expect(loadConfig({}).demoAccounts).toBe(false);
    expect(loadConfig({ PUSULA_DEMO_ACCOUNTS: 'true' }).demoAccounts).toBe(true);
    expectRefused('PUSULA_DEMO_ACCOUNTS', 'perhaps', 'must be true or false');
  });
});

describe('password hashing cost', () => {
  it('defaults to argon2id with 64 MiB and 3 passes, and takes other whole numbers within bounds', () => {
    expect(loadConfig({}).passwordHashCost).toEqual({ memoryKib: 65_536, timeCost: 3 });
    expect(
      loadConfig({ PUSULA_PASSWORD_MEMORY_KIB: '19456', PUSULA_PASSWORD_TIME_COST: '2' }).passwordHashCost,
    ).toEqual({ memoryKib: 19_456, timeCost: 2 });
    expect(() => loadConfig({ PUSULA_PASSWORD_MEMORY_KIB: '512', PUSULA_PASSWORD_TIME_COST: 'x' })).toThrow(
      /PUSULA_PASSWORD_MEMORY_KIB must be between 1024 and 1048576 KiB[\s\S]*PUSULA_PASSWORD_TIME_COST must be a whole number/,
    );
  });
});

describe('PUSULA_ADMIN_PASSWORD', () => {
  it('follows the password policy: a weak first administrator password is a configuration error', () => {
    expect(() =>
      loadConfig({
        PUSULA_ADMIN_EMAIL: 'baskan@belediye.gov.tr',
        PUSULA_ADMIN_PASSWORD: 'baskan@belediye.gov.tr',
      }),
    ).toThrow('PUSULA_ADMIN_PASSWORD is too weak: The password is mostly the e-mail address itself');
    expectRefused('PUSULA_ADMIN_PASSWORD', '1234567890', 'is too weak: The password is a simple sequence');
    expect(loadConfig({ PUSULA_ADMIN_PASSWORD: 'pusula-admin' }).adminPassword).toBe('pusula-admin');
  });
});

describe('DATABASE_MIGRATION_URL', () => {
  const runtime = 'postgresql://pusula_app:x@db.example/pusula';
  const owner = 'postgresql://pusula_owner:y@db.example/pusula';

  it('is unset by default (one role), and read beside DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: runtime }).databaseMigrationUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: runtime, DATABASE_MIGRATION_URL: owner })).toMatchObject({
      databaseUrl: runtime,
      databaseMigrationUrl: owner,
    });
    expect(
      loadConfig({ DATABASE_URL: runtime, DATABASE_MIGRATION_URL: ' ' }).databaseMigrationUrl,
    ).toBeNull();
  });

  it('must be a PostgreSQL URL and needs DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: runtime, DATABASE_MIGRATION_URL: 'mysql://x' })).toThrow(
      'DATABASE_MIGRATION_URL must be a postgres:// or postgresql:// URL',
    );
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: owner })).toThrow(
      'DATABASE_MIGRATION_URL needs DATABASE_URL (the embedded database sets up both roles itself)',
    );
  });
});

describe('DATABASE_REPLICA_URL', () => {
  const primary = 'postgresql://pusula_app:x@db.example/pusula';
  const replica = 'postgresql://pusula_app:x@replica.example/pusula';

  it('is unset by default (every read from the primary), and read beside DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: primary }).databaseReplicaUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: ' ' }).databaseReplicaUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: replica })).toMatchObject({
      databaseUrl: primary,
      databaseReplicaUrl: replica,
    });
  });

  it('must be a PostgreSQL URL and needs DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'http://replica' })).toThrow(
      'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL',
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URL: replica })).toThrow(
      'DATABASE_REPLICA_URL needs DATABASE_URL (the embedded database has no replica)',
    );
  });
});

describe('server timeouts', () => {
  it('default to 15 s for headers, 120 s for a request, 60 s idle and 72 s keep-alive', () => {
    expect(loadConfig({}).timeouts).toEqual({
      headers: 15000,
      request: 120000,
      idle: 60000,
      keepAlive: 72000,
    });
  });

  it('are read in seconds', () => {
    const config = loadConfig({
      PUSULA_HEADERS_TIMEOUT_SECONDS: '5',
      PUSULA_REQUEST_TIMEOUT_SECONDS: '30',
      PUSULA_IDLE_TIMEOUT_SECONDS: '20',
      PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS: '10',
    });
    expect(config.timeouts).toEqual({ headers: 5000, request: 30000, idle: 20000, keepAlive: 10000 });
  });

  it('refuse what is no whole number in range, and a headers timeout longer than the request', () => {
    expectRefused('PUSULA_REQUEST_TIMEOUT_SECONDS', '0', 'must be between 1 and 3600');
    expectRefused('PUSULA_IDLE_TIMEOUT_SECONDS', '1.5', 'must be a whole number');
    expectRefused('PUSULA_HEADERS_TIMEOUT_SECONDS', '301', 'must be between 1 and 300');
    expectRefused('PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS', 'x', 'must be a whole number');
    expect(() =>
      loadConfig({ PUSULA_HEADERS_TIMEOUT_SECONDS: '30', PUSULA_REQUEST_TIMEOUT_SECONDS: '20' }),
    ).toThrow('PUSULA_HEADERS_TIMEOUT_SECONDS must not exceed PUSULA_REQUEST_TIMEOUT_SECONDS');
  });
});

describe('audit sealing interval', () => {
  it('defaults to 5 s and is read in seconds', () => {
    expect(loadConfig({}).auditSealInterval).toBe(5000);
    expect(loadConfig({ PUSULA_AUDIT_SEAL_SECONDS: '2' }).auditSealInterval).toBe(2000);
  });

  it('refuses what is no whole number between 1 and 3600', () => {
    expectRefused('PUSULA_AUDIT_SEAL_SECONDS', '0', 'must be between 1 and 3600');
    expectRefused('PUSULA_AUDIT_SEAL_SECONDS', '3601', 'must be between 1 and 3600');
    expectRefused('PUSULA_AUDIT_SEAL_SECONDS', '2.5', 'must be a whole number');
  });
});

describe('PUSULA_OPEN_DATA_LICENCE_*', () => {
  it('defaults to CC BY 4.0 in Turkish and takes the institution’s own licence', () => {
    expect(loadConfig({}).openDataLicence).toEqual(DEFAULT_OPEN_DATA_LICENCE);
    expect(DEFAULT_OPEN_DATA_LICENCE.name).toContain('kaynak gösterilerek serbestçe kullanılabilir');
    expect(
      loadConfig({
        PUSULA_OPEN_DATA_LICENCE_NAME: 'Açık Veri Lisansı 1.0',
        PUSULA_OPEN_DATA_LICENCE_URL: 'https://veri.example.gov.tr/lisans',
      }).openDataLicence,
    ).toEqual({ name: 'Açık Veri Lisansı 1.0', url: 'https://veri.example.gov.tr/lisans' });
  });

  it('refuses a licence address that is not an http(s) URL', () => {
    expectRefused('PUSULA_OPEN_DATA_LICENCE_URL', 'javascript:alert(1)', 'must be an http(s) URL');
  });
});

describe('LOG_FORMAT and PUSULA_METRICS_TOKEN', () => {
  it('log JSON lines and keep the metrics closed by default', () => {
    const config = loadConfig({});
    expect({ logFormat: config.logFormat, metricsToken: config.metricsToken }).toEqual({
      logFormat: 'json',
      metricsToken: null,
    });
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ PUSULA_METRICS_TOKEN: 'scrape-token-0123456789' }).metricsToken).toBe(
      'scrape-token-0123456789',
    );
  });

  it('refuse another format, and a token that is short or not a plain token', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'text' })).toThrow('LOG_FORMAT must be json or pretty');
    for (const token of ['short', 'with spaces in the token here', 'x'.repeat(201)])
      expect(() => loadConfig({ PUSULA_METRICS_TOKEN: token })).toThrow(
        'PUSULA_METRICS_TOKEN must be 16 to 200 letters, digits or the characters - . _ ~ + / =',
      );
  });
});
