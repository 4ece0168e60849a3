import { describe, expect, it } from '@jest/globals';
import {
  faultSummary,
  formatLsn,
  holdsWrites,
  isConnectionFault,
  laterStamp,
  parseLsn,
  replicaRefusal,
} from './replica-routing.js';

describe('WAL positions', () => {
  it('reads X/Y as one number, the high half first, and writes it back as PostgreSQL does', () => {
    expect(parseLsn('0/3000060')).toBe(0x3000060n);
    expect(parseLsn('1/0')).toBe(1n << 32n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn((0x16n << 32n) + 0xb374d848n)).toBe('16/B374D848');
    // 0/FFFFFFFF is before 1/0 although it is the longer text.
    expect(parseLsn('0/FFFFFFFF')! < parseLsn('1/0')!).toBe(true);
  });

  it('refuses anything else (a forged or broken cookie is no stamp)', () => {
    for (const text of ['', '0', '0/', '/1', 'G/1', '1/2/3', '123456789/0', ' 1 /2', 42, null, undefined]) {
      expect(parseLsn(text)).toBeNull();
    }
  });

  it('lets a replica serve a client only once it has replayed the client’s last write', () => {
    expect(holdsWrites(null, null)).toBe(true);
    expect(holdsWrites(10n, null)).toBe(true);
    expect(holdsWrites(10n, 10n)).toBe(true);
    expect(holdsWrites(11n, 10n)).toBe(true);
    expect(holdsWrites(9n, 10n)).toBe(false);
    expect(holdsWrites(null, 10n)).toBe(false);
  });

  it('keeps the later of two stamps', () => {
    expect(laterStamp(null, null)).toBeNull();
    expect(laterStamp(5n, null)).toBe(5n);
    expect(laterStamp(null, 5n)).toBe(5n);
    expect(laterStamp(7n, 5n)).toBe(7n);
    expect(laterStamp(5n, 7n)).toBe(7n);
  });
});

describe('isConnectionFault', () => {
  it('knows a server that is refused, gone, shutting down or timed out', () => {
    const faults: unknown[] = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5'), { code: 'ECONNREFUSED' }),
      { driverError: { code: '57P01', message: 'terminating connection due to administrator command' } },
      { code: '57P03', message: 'the database system is starting up' },
      { code: '08006', message: 'connection failure' },
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ];
    for (const fault of faults) expect(isConnectionFault(fault)).toBe(true);
  });

  it('leaves an answered query error alone (it is the query’s, not the server’s)', () => {
    const answered: unknown[] = [
      { driverError: { code: '42P01', message: 'relation "x" does not exist' } },
      { code: '40001', message: 'canceling statement due to conflict with recovery' },
      { code: '25006', message: 'cannot execute INSERT in a read-only transaction' },
      new TypeError('x is undefined'),
      'text',
      null,
    ];
    for (const error of answered) expect(isConnectionFault(error)).toBe(false);
  });
});

describe('replicaRefusal', () => {
  it('accepts a standby that has replayed WAL', () => {
    expect(replicaRefusal({ standby: true, replayed: '0/3000060' })).toBeNull();
  });

  it('refuses a server that is not a standby, or one that replayed nothing', () => {
    expect(replicaRefusal({ standby: false, replayed: null })).toContain('not a standby');
    expect(replicaRefusal({ standby: true, replayed: null })).toContain('not replayed');
  });
});

describe('faultSummary (the public health answer)', () => {
  it('gives the code or Pusula’s own reason, never the address in the driver’s message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const unknownHost = Object.assign(new Error('getaddrinfo ENOTFOUND replica.internal'), {
      code: 'ENOTFOUND',
    });
    expect(faultSummary(refused)).toBe('connection failed (ECONNREFUSED)');
    expect(faultSummary(unknownHost)).toBe('connection failed (ENOTFOUND)');
    expect(faultSummary({ driverError: { code: '57P01', message: 'terminating connection' } })).toBe(
      'connection failed (57P01)',
    );
    expect(faultSummary(new Error('timeout exceeded when trying to connect: the read replica'))).toBe(
      'no connection within the time allowed',
    );
    expect(faultSummary(new Error('Connection terminated unexpectedly'))).toBe('connection terminated');
    expect(
      faultSummary(new Error('DATABASE_REPLICA_URL is not a standby (pg_is_in_recovery() is false)')),
    ).toBe('DATABASE_REPLICA_URL is not a standby (pg_is_in_recovery() is false)');
    expect(faultSummary(new Error('password authentication failed for user "pusula_app" at 10.1.2.3'))).toBe(
      'connection failed',
    );
    for (const error of [refused, unknownHost]) expect(faultSummary(error)).not.toMatch(/10\.1|internal/);
  });
});
