import { hash, parseOptions, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

/**
 * Password hashes (issue 9, point 10). New hashes are argon2id from @node-rs/argon2, a native
 * implementation whose hash and verify run on libuv's thread pool, so signing in does not stall
 * the event loop. bcrypt hashes of older accounts still verify (bcryptjs, on the main thread)
 * and are replaced by argon2id at the next successful sign-in (`needsRehash`).
 */
export interface HashCost {
  /** Memory in KiB (argon2's m). */
  memoryKib: number;
  /** Passes over the memory (argon2's t). */
  timeCost: number;
}

/** RFC 9106's second recommended option: 64 MiB, 3 passes, one lane. */
export const DEFAULT_HASH_COST: HashCost = { memoryKib: 65_536, timeCost: 3 };

/** @node-rs/argon2's Algorithm.Argon2id (a const enum in its types). */
const ARGON2ID = 2;

export function hashPassword(password: string, cost: HashCost): Promise<string> {
  return hash(password, {
    algorithm: ARGON2ID,
    memoryCost: cost.memoryKib,
    timeCost: cost.timeCost,
    parallelism: 1,
  });
}

/** True when the password matches; a hash of an unknown kind or a damaged one never matches. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    if (isBcrypt(storedHash)) return await bcrypt.compare(password, storedHash);
    if (storedHash.startsWith('$argon2')) return await verify(storedHash, password);
  } catch {
    // A damaged hash: treated as a wrong password.
  }
  return false;
}

/** bcrypt, another argon2 variant or another cost than configured: hash again after a sign-in. */
export function needsRehash(storedHash: string, cost: HashCost): boolean {
  if (!storedHash.startsWith('$argon2id$')) return true;
  try {
    const options = parseOptions(storedHash);
    return (
      options.memoryCost !== cost.memoryKib || options.timeCost !== cost.timeCost || options.parallelism !== 1
    );
  } catch {
    return true;
  }
}

export function isBcrypt(storedHash: string): boolean {
  return /^\$2[abxy]\$/.test(storedHash);
}
