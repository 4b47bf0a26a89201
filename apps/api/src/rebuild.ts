import { loadConfig } from './platform/config';
import { rebuildReadModels } from './platform/rebuild';

/** `npm run rebuild`: every read model recomputed from position 0, then a fresh snapshot. */
async function main(): Promise<void> {
  const config = loadConfig();
  process.stdout.write(`Rebuilding the read models of ${config.dataDir} into ${config.stateDir} …\n`);
  const report = await rebuildReadModels(config, (position, head) => process.stdout.write(`  ${position} / ${head}\n`));
  const mib = (report.snapshotBytes / 2 ** 20).toFixed(1);
  process.stdout.write(`Rebuilt up to position ${report.position} in ${(report.ms / 1000).toFixed(1)} s; snapshot ${mib} MiB.\n`);
  if (report.errors.length > 0) {
    process.stderr.write(`Events a projection could not apply (skipped):\n${report.errors.map((e) => `  ${e}\n`).join('')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
