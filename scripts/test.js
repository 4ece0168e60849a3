#!/usr/bin/env node
// `npm test`: unit, e2e and browser tests in one Jest run (ESM mode, see docs/testing.md).
// `node scripts/test.js unit|e2e|browser` runs one tier; further arguments go to Jest.
import { spawnSync } from 'node:child_process';

const tiers = { unit: ['unit'], e2e: ['e2e'], browser: ['browser'] };
const [first, ...rest] = process.argv.slice(2);
const selected = tiers[first] ? tiers[first] : null;
const jestArgs = [
  'node_modules/jest/bin/jest.js',
  '--runInBand',
  ...(selected ? ['--selectProjects', ...selected] : []),
  ...(selected ? rest : process.argv.slice(2)),
];
const result = spawnSync(process.execPath, jestArgs, {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
  },
});
process.exit(result.status ?? 1);
