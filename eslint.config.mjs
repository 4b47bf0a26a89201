import nx from '@nx/eslint-plugin';

// Things pure code must not touch: frameworks, storage, the network, the clock, randomness.
const boundaries = (extra = {}) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    depConstraints: [
      { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure', ...(extra.pureMayUse ?? [])], bannedExternalImports: IMPURE_PACKAGES },
      { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:pure', 'type:infra', ...(extra.pureMayUse ?? [])] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:pure', 'type:infra', ...(extra.pureMayUse ?? [])] },
      { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:pure'] },
      { sourceTag: 'type:tests', onlyDependOnLibsWithTags: ['type:pure', 'type:infra', 'type:testing', 'type:app'] },
    ],
    allow: extra.allow ?? [],
  },
];

const IMPURE_PACKAGES = [
  '@nestjs/*', '@apollo/*', '@kurrent/*', '@eventstore/*', 'better-sqlite3', 'react', 'react-dom', 'urql',
  'graphql', 'graphql-ws', 'nestjs-pino', 'pino', 'node:fs', 'fs', 'node:crypto', 'crypto', 'node:http', 'http',
  'node:child_process', 'child_process', 'node:net', 'net',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', 'apps/web/src/gql/**', 'bench/tmp/**', 'data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Domain and projections are deterministic: time and ids arrive as values.
    files: ['libs/domain/src/**/*.ts', 'libs/projections/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'crypto', 'http', 'https', 'net', 'os', 'child_process', 'worker_threads'], message: 'Pure code does no I/O.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'crypto', message: 'Ids arrive in the command; no randomness in pure code.' },
        { name: 'performance', message: 'No clocks in pure code.' },
        { name: 'setTimeout', message: 'No timers in pure code.' },
        { name: 'setInterval', message: 'No timers in pure code.' },
        { name: 'process', message: 'No environment in pure code.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the clock: time arrives as a value.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Date.now() reads the clock: time arrives as a value.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Math.random() is not deterministic.' },
        { selector: "CallExpression[callee.property.name='randomUUID']", message: 'Ids arrive in the command.' },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'Ids arrive in the command.' },
      ],
    },
  },
  {
    // Specs may use the given/when/then helpers.
    files: ['**/*.spec.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': boundaries({ pureMayUse: ['type:testing'] }),
    },
  },
  {
    // Cross-cutting suites drive the whole application, so they may import it.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
