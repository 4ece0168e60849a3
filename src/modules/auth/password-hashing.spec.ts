import { describe, expect, it } from '@jest/globals';
import bcrypt from 'bcryptjs';
import { hashPassword, needsRehash, verifyPassword } from './password-hashing.js';

const CHEAP = { memoryKib: 1024, timeCost: 1 };

describe('password hashing', () => {
  it('makes argon2id hashes of the given cost that verify only the right password', async () => {
    const stored = await hashPassword('kırmızı-kalem-42', CHEAP);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verifyPassword(stored, 'kırmızı-kalem-42')).toBe(true);
    expect(await verifyPassword(stored, 'kirmizi-kalem-42')).toBe(false);
    expect(needsRehash(stored, CHEAP)).toBe(false);
    expect(needsRehash(stored, { memoryKib: 2048, timeCost: 1 })).toBe(true);
  });

  it('still verifies a bcrypt hash of an older account, and asks for it to be replaced', async () => {
    const old = await bcrypt.hash('eski-parola-2023', 4);
    expect(await verifyPassword(old, 'eski-parola-2023')).toBe(true);
    expect(await verifyPassword(old, 'yeni-parola-2024')).toBe(false);
    expect(needsRehash(old, CHEAP)).toBe(true);
  });

  it('never matches a damaged or unknown hash', async () => {
    expect(await verifyPassword('$argon2id$v=19$m=1024,t=1,p=1$broken', 'x')).toBe(false);
    expect(await verifyPassword('plain-text', 'plain-text')).toBe(false);
    expect(needsRehash('$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA', CHEAP)).toBe(true);
  });

  it('hashes off the main thread: timers keep firing while several hashes run', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    await Promise.all(
      Array.from({ length: 8 }, () => hashPassword('paralel-parola', { memoryKib: 32_768, timeCost: 3 })),
    );
    clearInterval(timer);
    // Hashing on the main thread would let no timer fire before every hash was done.
    expect(ticks).toBeGreaterThan(0);
  });
});
