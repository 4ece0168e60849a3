import { createHash } from 'node:crypto';
import type { AuditChainBreak, AuditChainHead } from '../../contracts/audit.js';

/** The hash before the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * chain_hash of a row (docs/database.md#the-hash-chain): the hex sha256 of the previous row's
 * hash, the row's chain_seq and its canonical content, separated by line feeds, as UTF-8.
 */
export function chainHash(previous: string, seq: number, content: string): string {
  return createHash('sha256').update(`${previous}\n${seq}\n${content}`, 'utf8').digest('hex');
}

/** A sealed row as the verifier reads it: content is the canonical text the database builds. */
export interface ChainRow {
  id: string;
  seq: number;
  hash: string;
  content: string;
}

/** Where a walk along the chain stands: the last row checked (seq 0 and GENESIS_HASH before the first). */
export interface ChainPosition {
  seq: number;
  hash: string;
}

export const CHAIN_START: ChainPosition = { seq: 0, hash: GENESIS_HASH };

/**
 * Checks the next rows of the chain (ordered by seq) from `position`: each must follow the last
 * without a gap, and its hash must be that of the stored previous hash and its own content. An
 * edited row breaks its own link; a removed one leaves a gap. Answers the position after the last
 * good row and the first break, if any.
 */
export function checkChainRows(
  position: ChainPosition,
  rows: ChainRow[],
): { position: ChainPosition; broken: AuditChainBreak | null } {
  let current = position;
  for (const row of rows) {
    const expected = current.seq + 1;
    if (row.seq !== expected) {
      return {
        position: current,
        broken: {
          seq: expected,
          auditId: null,
          reason: 'MISSING_ROW',
          message: `Chain row ${expected} is missing: after ${current.seq} comes ${row.seq} (audit entry ${row.id})`,
        },
      };
    }
    if (chainHash(current.hash, row.seq, row.content) !== row.hash) {
      return {
        position: current,
        broken: {
          seq: row.seq,
          auditId: row.id,
          reason: 'HASH_MISMATCH',
          message: `Audit entry ${row.id} (chain row ${row.seq}) does not match its hash: its content or its link to row ${current.seq} was changed`,
        },
      };
    }
    current = { seq: row.seq, hash: row.hash };
  }
  return { position: current, broken: null };
}

/** After the last row: the walk must end where the chain's head says (rows removed from the end otherwise). */
export function checkChainEnd(position: ChainPosition, head: AuditChainHead): AuditChainBreak | null {
  if (position.seq === head.seq && position.hash === head.hash) return null;
  if (position.seq < head.seq) {
    return {
      seq: position.seq + 1,
      auditId: null,
      reason: 'MISSING_ROW',
      message: `Chain rows ${position.seq + 1} to ${head.seq} are missing: the chain ends at ${position.seq} but its head is at ${head.seq}`,
    };
  }
  return {
    seq: head.seq,
    auditId: null,
    reason: 'HEAD_MISMATCH',
    message: `The chain's head (row ${head.seq}, ${head.hash.slice(0, 12)}…) does not match its last row (${position.seq}, ${position.hash.slice(0, 12)}…)`,
  };
}

/** A row no sealing takes into the chain: not written by an audit trigger (by hand, with the triggers off). */
export function unsealedBreak(auditId: string): AuditChainBreak {
  return {
    seq: null,
    auditId,
    reason: 'UNSEALED_ROW',
    message: `Audit entry ${auditId} is not in the chain: it was not written by an audit trigger, so it is never sealed`,
  };
}
