import { describe, expect, it } from '@jest/globals';
import { clientHolds, entityTag, jsonAnswer } from './json-answer.js';

describe('jsonAnswer', () => {
  it('keeps the JSON text as JSON.stringify writes it, tagged by its identity', () => {
    const answer = jsonAnswer({ rate: 81.25, aims: [{ code: 'A1' }] }, 'plan|2025|approved|7');
    expect(answer.json).toBe('{"rate":81.25,"aims":[{"code":"A1"}]}');
    expect(answer.etag).toBe(entityTag('plan|2025|approved|7'));
    expect(answer.etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
  });

  it('tags other identities differently', () => {
    expect(entityTag('plan|2025|approved|7')).not.toBe(entityTag('plan|2025|approved|8'));
    expect(entityTag('plan|2025|approved|7')).not.toBe(entityTag('plan|2025|all|7'));
  });
});

describe('clientHolds', () => {
  const etag = entityTag('x');
  const opaque = etag.slice(2);

  it('is true for the same tag, weak or strong, alone or in a list, and for *', () => {
    expect(clientHolds(etag, etag)).toBe(true);
    expect(clientHolds(opaque, etag)).toBe(true);
    expect(clientHolds(`W/"other", ${etag}`, etag)).toBe(true);
    expect(clientHolds(['W/"other"', etag], etag)).toBe(true);
    expect(clientHolds('*', etag)).toBe(true);
  });

  it('is false without the header, for another tag or a malformed one', () => {
    expect(clientHolds(undefined, etag)).toBe(false);
    expect(clientHolds('', etag)).toBe(false);
    expect(clientHolds('W/"other"', etag)).toBe(false);
    expect(clientHolds(etag.replace(/"$/, ''), etag)).toBe(false);
  });
});
