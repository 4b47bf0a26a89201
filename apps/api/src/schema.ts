import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createNorteApp } from './bootstrap';
import { loadConfig } from './platform/config';

export const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

const HEADER = '# Generated from the code-first resolvers by `npm run schema`. Do not edit by hand.\n\n';

/** The schema as the running API serves it, printed in a stable (sorted) order. */
export async function printNorteSchema(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'norte-schema-'));
  const app = await createNorteApp(loadConfig({ NORTE_DATA_DIR: dir, NORTE_WEB_DIR: join(dir, 'none'), LOG_LEVEL: 'silent' }));
  try {
    await app.init();
    return HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  printNorteSchema()
    .then((schema) => {
      writeFileSync(SCHEMA_FILE, schema);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    });
}
