import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  CHAIN_START,
  chainHash,
  checkChainEnd,
  checkChainRows,
  GENESIS_HASH,
  unsealedBreak,
  type ChainRow,
} from './audit-chain.js';

/** A well-formed chain of `count` rows with the given contents, as the sealing trigger writes it. */
function chain(contents: string[]): ChainRow[] {
  let previous = GENESIS_HASH;
  return contents.map((content, index) => {
    const seq = index + 1;
    const hash = chainHash(previous, seq, content);
    previous = hash;
    return { id: String(100 + seq), seq, hash, content };
  });
}

const CONTENTS = ['[1, "a"]', '[2, "b"]', '[3, "ç"]', '[4, null]'];

describe('chainHash', () => {
  it('is the hex sha256 of previous hash, seq and content on three lines, as UTF-8', () => {
    const expected = createHash('sha256')
      .update(Buffer.from(`${GENESIS_HASH}\n1\n[1, "ş"]`, 'utf8'))
      .digest('hex');
    expect(chainHash(GENESIS_HASH, 1, '[1, "ş"]')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with each of its inputs', () => {
    const base = chainHash(GENESIS_HASH, 1, 'x');
    expect(chainHash(GENESIS_HASH, 2, 'x')).not.toBe(base);
    expect(chainHash(GENESIS_HASH, 1, 'y')).not.toBe(base);
    expect(chainHash('1'.repeat(64), 1, 'x')).not.toBe(base);
  });
});

describe('checkChainRows', () => {
  it('accepts an intact chain, also when walked in batches', () => {
    const rows = chain(CONTENTS);
    const whole = checkChainRows(CHAIN_START, rows);
    expect(whole).toEqual({ position: { seq: 4, hash: rows[3].hash }, broken: null });
    const first = checkChainRows(CHAIN_START, rows.slice(0, 2));
    expect(checkChainRows(first.position, rows.slice(2))).toEqual(whole);
    expect(checkChainRows(CHAIN_START, [])).toEqual({ position: CHAIN_START, broken: null });
  });

  it('reports an edited row at its own seq, and stops there', () => {
    const rows = chain(CONTENTS);
    rows[2] = { ...rows[2], content: '[3, "c"]' };
    expect(checkChainRows(CHAIN_START, rows)).toEqual({
      position: { seq: 2, hash: rows[1].hash },
      broken: { seq: 3, auditId: '103', reason: 'HASH_MISMATCH', message: expect.stringContaining('103') },
    });
  });

  it('reports a row whose hash was recomputed after an edit at the next row, whose link no longer holds', () => {
    const rows = chain(CONTENTS);
    rows[1] = { ...rows[1], content: '[2, "B"]', hash: chainHash(rows[0].hash, 2, '[2, "B"]') };
    expect(checkChainRows(CHAIN_START, rows).broken).toMatchObject({ seq: 3, reason: 'HASH_MISMATCH' });
  });

  it('reports a removed row as the missing seq', () => {
    const rows = chain(CONTENTS);
    const broken = checkChainRows(CHAIN_START, [rows[0], rows[2], rows[3]]).broken;
    expect(broken).toEqual({
      seq: 2,
      auditId: null,
      reason: 'MISSING_ROW',
      message: 'Chain row 2 is missing: after 1 comes 3 (audit entry 103)',
    });
    expect(checkChainRows(CHAIN_START, rows.slice(1)).broken).toMatchObject({
      seq: 1,
      reason: 'MISSING_ROW',
    });
  });

  it('reports rows swapped in order', () => {
    const rows = chain(CONTENTS);
    const swapped = [rows[0], { ...rows[2], seq: 2 }, { ...rows[1], seq: 3 }, rows[3]];
    expect(checkChainRows(CHAIN_START, swapped).broken).toMatchObject({ seq: 2, reason: 'HASH_MISMATCH' });
  });
});

describe('checkChainEnd', () => {
  const rows = chain(CONTENTS);
  const end = { seq: 4, hash: rows[3].hash };

  it('holds when the walk ends at the head', () => {
    expect(checkChainEnd(end, { ...end })).toBeNull();
    expect(checkChainEnd(CHAIN_START, { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('reports rows removed from the end', () => {
    expect(checkChainEnd({ seq: 2, hash: rows[1].hash }, end)).toMatchObject({
      seq: 3,
      auditId: null,
      reason: 'MISSING_ROW',
    });
  });

  it('reports a head whose hash is not the last row’s', () => {
    expect(checkChainEnd(end, { seq: 4, hash: GENESIS_HASH })).toMatchObject({
      seq: 4,
      reason: 'HEAD_MISMATCH',
    });
  });
});

describe('unsealedBreak', () => {
  it('names the entry outside the chain', () => {
    expect(unsealedBreak('77')).toEqual({
      seq: null,
      auditId: '77',
      reason: 'UNSEALED_ROW',
      message: expect.stringContaining('77'),
    });
  });
});
