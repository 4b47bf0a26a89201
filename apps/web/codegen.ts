import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's committed contract. Regenerate with
// `npm run codegen -w @norte/web`; the output in src/gql/ is committed.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/features/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Position: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
