#!/usr/bin/env node
// `npm start` builds first, but only when a source file is newer than the last build, so a
// restart on an unchanged checkout starts at once. The build covers the server (tsc) and the web
// client (Vite → dist/client), which the server serves at /.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const SOURCES = ['src', 'client', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const clientBuilt = existsSync('dist/client/index.html');
if (built > 0 && clientBuilt && Math.max(...SOURCES.map(newest)) < built) process.exit(0);
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(STAMP, new Date().toISOString());
