'use strict';
// `node api.js <dataDir> <stateDir> <now> <head>`: the real app from apps/api/dist, booted like
// main.js (createNorteApp + listen), its clock pinned at <now>, on 127.0.0.1 and a free port.
// Once ready (the read models reflect <head> and the maturity warm-up is done) it prints one line
//   { bench: 'api', port, readyMs }   readyMs = performance.now(): ms since this process started
// and serves until stopped. SIGTERM runs the app's own shutdown hooks (createNorteApp enables
// them: the app closes as on app.close(), then the process ends by that signal), as in production.
// The parent reads this process's peak RSS from /proc/<pid>/status before stopping it.
const { join } = require('node:path');
const { apiDist, emit, exitWithParent, fail } = require('./common');

// Parent gone: shut down the same way.
exitWithParent(() => process.kill(process.pid, 'SIGTERM'));
const [dataDir, stateDir, now, head] = process.argv.slice(2);
const { createNorteApp, loadConfig, ReadModels } = require(join(apiDist, 'index.js'));
const { CLOCK } = require(join(apiDist, 'platform', 'clock.js'));
const { MATURITY_READ_MODEL, todayIn, warmUp } = require('@norte/projections');

async function main() {
  const config = loadConfig({
    NORTE_DATA_DIR: dataDir,
    NORTE_STATE_DIR: stateDir,
    NORTE_WEB_DIR: join(dataDir, 'no-web'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  const app = await createNorteApp(config);
  // Before listen (which runs the bootstrap hooks, the warm-up among them): "today" is <now>.
  app.get(CLOCK).now = () => new Date(now);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();

  // Ready: the read models reflect the head and the maturity warm-up is done (index complete, every
  // team's level timelines cached). warmUp with zero budgets only checks; the app's own warm-up works.
  const readModels = app.get(ReadModels);
  while (readModels.position < BigInt(head)) await readModels.caughtUp();
  for (;;) {
    const state = readModels.get(MATURITY_READ_MODEL);
    if (warmUp(state, todayIn(state, now), 0, 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  emit('api', { port, readyMs: performance.now() });
}

main().catch((error) => fail('api', error));
