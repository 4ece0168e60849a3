// Jest in ESM mode with @swc/jest (NestJS 12 is ESM-only; see docs/testing.md).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

// Jest on Node 20 cannot require() an ES module, which Node itself can: the few ESM-only
// packages that CommonJS dependencies require (content-disposition, under @fastify/static for
// the Swagger UI) are compiled to CommonJS for the test run.
const REQUIRED_ESM = ['content-disposition'];
const toCommonJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${REQUIRED_ESM.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${REQUIRED_ESM.join('|')})/)`],
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/client/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      rootDir: '.',
      // The built client in headless Chromium (playwright-core); scripts/test.js builds it first.
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
  // unit, then e2e, then browser: the slowest tier last, after the faster ones have spoken.
  // Starting an app (migrations, bcrypt) can pass Jest's 5 s default on a busy 2-core machine.
  testTimeout: 30000,
  testSequencer: '<rootDir>/test/support/tier-sequencer.js',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
