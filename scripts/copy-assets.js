#!/usr/bin/env node
// The server build's data files: tsc compiles src/ to dist/ but copies only what the code imports,
// so the files the server reads at run time are copied here, each to the same place under dist/.
// `npm run build` (and so `npm start` on a fresh clone) runs it after tsc, and so does the test
// runner (scripts/test.js) after its own server build.
import { cpSync } from 'node:fs';

/** Folders under src/ whose files the server reads at run time. */
const ASSETS = [
  // The demo plan documents (JSON), read by src/database/demo/index.ts when the demo is seeded.
  'database/demo/plans',
];

// Their notes for maintainers (README.md) stay in the sources.
for (const folder of ASSETS)
  cpSync(`src/${folder}`, `dist/${folder}`, { recursive: true, filter: (path) => !path.endsWith('.md') });
