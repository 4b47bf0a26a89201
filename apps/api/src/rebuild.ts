import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config';
import { rebuildReadModels } from './platform/rebuild';

const USAGE = 'Usage: npm run rebuild [-- --threads=<n>]   (default: one thread per core)';

/** `npm run rebuild`: every read model recomputed from position 0, then a fresh snapshot. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { threads: { type: 'string' } } });
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new Error(`--threads must be a whole number ≥ 1, got ${values.threads}\n${USAGE}`);
  const config = loadConfig();
  process.stdout.write(`Rebuilding the read models of ${config.dataDir} into ${config.stateDir} …\n`);
  const report = await rebuildReadModels(config, (position, head) => process.stdout.write(`  ${position} / ${head}\n`), threads);
  const mib = (report.snapshotBytes / 2 ** 20).toFixed(1);
  process.stdout.write(`Rebuilt up to position ${report.position} in ${(report.ms / 1000).toFixed(1)} s; snapshot ${mib} MiB.\n`);
  for (const thread of report.threads) {
    process.stdout.write(`  thread ${thread.projections.join(', ')}: ${(thread.replayMs / 1000).toFixed(1)} s replay, ${(thread.ms / 1000).toFixed(1)} s in all\n`);
  }
  if (report.errors.length > 0) {
    process.stderr.write(`Events a projection could not apply (skipped):\n${report.errors.map((e) => `  ${e}\n`).join('')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
