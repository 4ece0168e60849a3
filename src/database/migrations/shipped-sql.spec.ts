import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationStatements } from './recorded-sql.js';

/**
 * A migration that has shipped is never changed: databases that ran it will not run it again, so a
 * changed statement would make new databases differ from old ones. Its code may be rearranged
 * (shared helpers, fewer repeated lines) only as long as the SQL it sends stays the same. This test
 * records the statements of every migration's up and down, whitespace runs made one space, and
 * compares their digest with shipped-sql.json. A new migration is added there when it ships.
 */

const SHIPPED = join(import.meta.dirname, 'shipped-sql.json');

async function digests(): Promise<Record<string, string>> {
  const answer: Record<string, string> = {};
  for (const { name, up, down } of await migrationStatements())
    answer[name] = createHash('sha256').update(JSON.stringify({ up, down })).digest('hex');
  return answer;
}

describe('shipped migrations', () => {
  it('send the same SQL as when they shipped', async () => {
    const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, string>;
    const now = await digests();
    const changed = Object.keys(shipped).filter((name) => now[name] !== shipped[name]);
    expect(changed).toEqual([]);
  });

  it('are all listed in shipped-sql.json', async () => {
    const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, string>;
    const unlisted = Object.entries(await digests()).filter(([name]) => !(name in shipped));
    // Add each as `"name": "digest"` once it has landed.
    expect(Object.fromEntries(unlisted)).toEqual({});
  });
});
