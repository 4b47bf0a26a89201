'use strict';
// `node restart.js <dataDir> <stateDir> <head>`: the read models' restart, as the API's ReadModels
// does it (a ProjectionRunner over every projection, restoring the snapshot and catching up), without
// Nest. Prints one line: { bench: 'restart', ms, readyMs, position, peakRssMiB } where ms runs from
// runner.start() until it reflects <head>, readyMs is the same moment since the process started.
const { join } = require('node:path');
const { apiDist, emit, exitWithParent, fail, peakRssMiB } = require('./common');

exitWithParent();
const [dataDir, stateDir, head] = process.argv.slice(2);
const { FileSnapshotStore, openSqliteEventStore, ProjectionRunner } = require('@norte/event-store');
const { norteCodec, openKeyStore } = require(join(apiDist, 'platform', 'codec.js'));
const { loadConfig } = require(join(apiDist, 'platform', 'config.js'));
const { PROJECTIONS } = require(join(apiDist, 'platform', 'read-models.js'));

async function main() {
  const config = loadConfig({ NORTE_DATA_DIR: dataDir, NORTE_STATE_DIR: stateDir, LOG_LEVEL: 'warn' });
  const keys = openKeyStore(config);
  const store = openSqliteEventStore({ file: join(config.dataDir, 'events.sqlite') });
  const runner = new ProjectionRunner(store, norteCodec(keys), PROJECTIONS, {
    snapshots: new FileSnapshotStore(config.stateDir),
    // No snapshot on idle: nothing new is applied, and the state folder stays the rebuild's.
    snapshotPolicy: { minEvents: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY },
    onError: (error) => process.stderr.write(`projection error: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  const started = performance.now();
  runner.start();
  while (!(await runner.waitFor(BigInt(head), 250)));
  const readyMs = performance.now();
  const ms = readyMs - started;
  await runner.stop();
  await store.close();
  keys.close();
  emit('restart', { ms, readyMs, position: String(runner.position), peakRssMiB: peakRssMiB() });
  process.exit(0);
}

main().catch((error) => fail('restart', error));
