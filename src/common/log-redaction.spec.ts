import { describe, expect, it } from '@jest/globals';
import { emailDigest, requestIdFrom, safeUrl, scrubText } from './log-redaction.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a plain id a balancer sent and makes a new UUID for anything else', () => {
    expect(requestIdFrom('5f0c1e2d3c4b5a69788796a5b4c3d2e1')).toBe('5f0c1e2d3c4b5a69788796a5b4c3d2e1');
    expect(requestIdFrom('lb-01:app_2.x')).toBe('lb-01:app_2.x');
    for (const refused of [undefined, '', 'a b', '{"x":1}', 'satır\nsonu', 'x'.repeat(65), ['a', 'b']])
      expect(requestIdFrom(refused)).toMatch(UUID);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe('URLs as logged', () => {
  it('keeps the path and the values of harmless parameters, and redacts every other value', () => {
    expect(safeUrl('/api/plans/7c1d/progress')).toBe('/api/plans/7c1d/progress');
    expect(safeUrl('/api/plans/7c1d/progress?period=2026-H1&basis=all')).toBe(
      '/api/plans/7c1d/progress?period=2026-H1&basis=all',
    );
    expect(safeUrl('/api/institutions/1/calendar.ics?token=abc.def&lang=en')).toBe(
      '/api/institutions/1/calendar.ics?token=[redacted]&lang=en',
    );
    expect(safeUrl('/api/notifications/unsubscribe?token=u.k.sig')).toBe(
      '/api/notifications/unsubscribe?token=[redacted]',
    );
    expect(safeUrl('/api/users?search=ali%40belediye.example&flag')).toBe(
      '/api/users?search=[redacted]&flag',
    );
    expect(safeUrl('/api/x?%0Aforged=1')).toBe('/api/x?[param]=[redacted]');
    expect(safeUrl('/api/users/ali@belediye.example')).toBe('/api/users/[e-mail]');
  });
});

describe('texts as logged', () => {
  const token = '0b7e8c3a-1f2d-4e5f-8a9b-0c1d2e3f4a5b.T0kenSecretValue_abcdefghijKLMNOP-123';

  it('replaces e-mail addresses, session tokens, bearer values, session cookies and token parameters', () => {
    expect(scrubText('duplicate key (email)=(Ali.Veli@belediye.example) already exists')).toBe(
      'duplicate key (email)=([e-mail]) already exists',
    );
    expect(scrubText(`session ${token} refused`)).toBe('session [token] refused');
    expect(scrubText('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(scrubText('cookie: pusula_session=whatever; other=1')).toBe(
      'cookie: pusula_session=[redacted]; other=1',
    );
    expect(scrubText('GET /feed.ics?token=s3cr3t&lang=tr')).toBe('GET /feed.ics?token=[redacted]&lang=tr');
  });

  it('leaves ordinary lines alone', () => {
    const line = '401 UNAUTHORIZED GET /api/plans/7c1d from 203.0.113.7 user -';
    expect(scrubText(line)).toBe(line);
    expect(scrubText('Reminder scan of 2026-06-30: 4 notifications')).toBe(
      'Reminder scan of 2026-06-30: 4 notifications',
    );
  });

  it('names an e-mail by a short digest of the address as counted', () => {
    expect(emailDigest(' Ali@Belediye.example ')).toBe(emailDigest('ali@belediye.example'));
    expect(emailDigest('ali@belediye.example')).toMatch(/^[0-9a-f]{12}$/);
    expect(emailDigest('ali@belediye.example')).not.toBe(emailDigest('veli@belediye.example'));
  });
});
