import { Logger } from 'nestjs-pino';
import { createNorteApp } from './bootstrap';
import { loadConfig } from './platform/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createNorteApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  app.get(Logger).log(`Norte is running at ${url.replace('[::1]', 'localhost')}/ (GraphQL at /graphql)`);
  process.stdout.write(`\nNorte is running: ${url}/  (GraphQL: ${url}/graphql)\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Norte failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
