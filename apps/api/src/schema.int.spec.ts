import { readFileSync } from 'node:fs';
import { printNorteSchema, SCHEMA_FILE } from './schema';

describe('the committed GraphQL schema', () => {
  it('matches what the code-first resolvers generate (run `npm run schema` after an API change)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printNorteSchema());
  });
});
