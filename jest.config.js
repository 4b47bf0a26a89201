// One Jest configuration for every Node-side test. SWC compiles TypeScript with decorator
// metadata (NestJS DI needs it); workspace libraries are mapped to their sources.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: { '^@norte/(domain|projections|event-store|testing)$': '<rootDir>/libs/$1/src/index.ts',
    '^@norte/api$': '<rootDir>/apps/api/src/index.ts' },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,bench}/**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/{libs,apps,bench}/**/*.int.spec.ts', '<rootDir>/tests/contract/**/*.spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.spec.ts'] },
  ],
};
