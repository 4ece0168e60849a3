import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { BOUNDARIES_PLUGIN } from './scripts/module-map.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'client/dist/', 'node_modules/', 'data/', 'coverage/', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Layering: pure logic (files without a role suffix) never imports Nest or TypeORM.
      'no-restricted-imports': 'off',
    },
  },
  {
    // The module map (scripts/module-map.js, docs/architecture.md "Module boundaries"): modules
    // import only what the map lets them use, and pure files import no framework glue.
    files: ['src/**/*.ts'],
    plugins: { pusula: BOUNDARIES_PLUGIN },
    rules: {
      'pusula/module-boundaries': 'error',
      'pusula/pure-imports': 'error',
    },
  },
  {
    // The web client: its own tsconfig (DOM lib, bundler resolution). Browser globals need no list:
    // typescript-eslint turns no-undef off and the DOM lib types every global.
    files: ['client/**/*.ts'],
    languageOptions: {
      parserOptions: { project: './client/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The client reaches the server only through client/api/ and shares nothing but src/contracts.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'pg',
            '**/src/modules/**',
            '**/src/common/**',
            '**/src/database/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/**/*.{controller,service,module,entity,mapper,repository,filter,dto,guard,decorators}.ts',
      'src/**/dto/*.ts',
      'src/main.ts',
      'src/app.*.ts',
      'src/config/**',
      'src/database/**',
      'src/common/**',
      'src/workbooks/**',
      'src/bench/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'pg'] }],
    },
  },
);
