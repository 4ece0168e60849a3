import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { CLIENT_DIR } from '../../src/app.setup.js';

// Issue 4 budget: all JavaScript shipped to the browser ≤ 250 KB gzipped (every lazy chunk counted).
const BUDGET = 250 * 1024;

describe('the built client', () => {
  it('ships at most 250 KB of JavaScript, gzipped', () => {
    const assets = join(CLIENT_DIR, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
