'use strict';
// `node rebuild.js <dataDir> <stateDir>`: what `npm run rebuild` runs (apps/api/dist/platform/rebuild.js),
// in a process of its own so its peak RSS is its own. Prints one line:
//   { bench: 'rebuild', ms, snapshotBytes, position, errors, threads, peakRssMiB }
// (threads: how many worker threads the rebuild used, when its report says so; else null)
// or, when the rebuild throws (e.g. the snapshot cannot be written): { bench: 'rebuild', error, ms, peakRssMiB }.
const { join } = require('node:path');
const { apiDist, emit, exitWithParent, fail, peakRssMiB } = require('./common');

exitWithParent();
const [dataDir, stateDir] = process.argv.slice(2);
const { loadConfig } = require(join(apiDist, 'platform', 'config.js'));
const { rebuildReadModels } = require(join(apiDist, 'platform', 'rebuild.js'));

async function main() {
  const config = loadConfig({ NORTE_DATA_DIR: dataDir, NORTE_STATE_DIR: stateDir, LOG_LEVEL: 'warn' });
  const started = performance.now();
  let report;
  try {
    report = await rebuildReadModels(config);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    emit('rebuild', { error: message, ms: performance.now() - started, peakRssMiB: peakRssMiB() });
    process.stderr.write(`${error instanceof Error ? (error.stack ?? message) : message}\n`);
    process.exit(1);
  }
  const { ms, snapshotBytes, position, errors } = report;
  const threads = Array.isArray(report.threads) ? report.threads.length : null;
  emit('rebuild', { ms, snapshotBytes, position: String(position), errors: [...errors], threads, peakRssMiB: peakRssMiB() });
  process.exit(0);
}

main().catch((error) => fail('rebuild', error));
