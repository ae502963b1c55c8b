import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.nx/**',
      'infra/local/kafka/.cache/**',
      '.infra/**',
      // Generated from contracts/openapi and the controllers.
      'apps/console/src/api/schema/**',
      'apps/console/src/api/operation-roles.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['apps/*/scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        globalThis: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'infra/**',
      '**/cli/**',
      '**/*.cli.ts',
      'apps/*/scripts/**',
    ],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Every time comes from the injected Clock (libs/kernel), so tests and standalone decide at the
    // time they inject. Listed below: the clock itself, and infrastructure that measures elapsed
    // time, runs timeouts or stamps log lines, tokens and stored records with the host's time.
    files: ['services/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/test/**',
      '**/*.fixtures.ts',
      '**/cli/**',
      '**/*.cli.ts',
      'libs/testing/**',
      'libs/kernel/src/clock.ts',
      'libs/kernel/src/ids.ts',
      'libs/event-store/src/contract/**',
      'libs/event-store/src/postgres/append-coalescer.ts',
      'libs/event-store/src/esdb/esdb-event-store.ts',
      'libs/projections/src/projection-runner.ts',
      'libs/messaging/src/consumer/inbox-consumer.ts',
      'libs/messaging/src/consumer/dead-letter.ts',
      'libs/messaging/src/in-process/in-process-broker.ts',
      'libs/platform/src/auth/jwt-verifier.ts',
      'libs/platform/src/auth/dev-key.ts',
      'libs/platform/src/logging/json-logger.ts',
      'libs/platform/src/migrations/migrate-service.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the injected Clock (clock.now()), not the wall clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the injected Clock (clock.now()), not the wall clock.',
        },
      ],
    },
  },
);
