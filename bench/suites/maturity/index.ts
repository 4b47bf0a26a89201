import type { BenchResult, Suite, SuiteContext } from '../../types';
import { buildApi, withChild } from './children';
import { API_NODE_FLAGS, startApi } from './http';
import { measureQueries } from './queries';
import { baselines, fullRebuild, restart } from './rebuild';
import { FULL, QUICK, SEED, generate, settle } from './setup';

const GIB = 1024;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const maturitySuite: Suite = {
  name: 'maturity',
  title: 'Maturity read models: rebuild, restart, queries over HTTP',
  description:
    `A generated organisation (bench/generator, seed ${SEED}; full: 4,000 teams, 50,000 people, 2,000,000 events over two years) ` +
    'written through the API’s codec. Baselines on the same file in the same run: a raw better-sqlite3 scan with JSON.parse of data and ' +
    'metadata, and a bare reduce of the same parsed events into per-team counters. The API is compiled once (tsc -b apps/api) and the ' +
    'rebuild (rebuildReadModels, what npm run rebuild runs: every projection of the API with personal fields decrypted, then the snapshot), ' +
    'the restart of the read models and the API itself each run from that build in a process of their own, so each peak RSS is that ' +
    'process’s own high-water mark (VmHWM). Latencies come from one sequential client over loopback HTTP against the real app, its clock ' +
    'at the end of the history, each beside the p95 of { __typename }.',
  run,
};

async function run(ctx: SuiteContext): Promise<BenchResult[]> {
  const size = ctx.quick ? QUICK : FULL;
  const label = `${size.events.toLocaleString('en-US')} events`;
  ctx.progress('building the API (npx tsc -b apps/api): the rebuild, the restart and the API run its output');
  ctx.progress(`built in ${s(buildApi())}`);
  ctx.progress(`generating ${size.teams} teams, ${size.people} people, ${label}`);
  const data = await generate(ctx.tmpDir, size, ctx.progress);
  const results: BenchResult[] = [
    { name: `generate ${label} (${size.teams} teams, ${size.people} people) through the API codec`, value: (data.events * 1000) / data.ms, unit: 'events/s', note: `${(data.ms / 1000).toFixed(1)} s; not a target` },
  ];

  ctx.progress('raw scan + reduce baselines');
  await settle();
  const raw = baselines(data);
  results.push({ name: `raw better-sqlite3 scan + JSON.parse of data and metadata, ${label}`, value: raw.scanRate, unit: 'events/s' });
  results.push({ name: `bare JS reduce of the parsed events into per-team counters (${raw.teams.toLocaleString('en-US')} keys)`, value: raw.reduceMs, unit: 'ms' });

  ctx.progress('full rebuild (child process)');
  await settle();
  const rebuild = await fullRebuild(data);
  const rebuildRatio = rebuild.rate / raw.scanRate;
  const threads = rebuild.threads === null ? '' : `, ${rebuild.threads} worker thread${rebuild.threads === 1 ? '' : 's'}`;
  results.push({
    name: `full rebuild: every read model, personal fields decrypted, snapshot written (${label})`,
    value: rebuild.rate, unit: 'events/s', baseline: raw.scanRate, ratio: rebuildRatio, target: { kind: 'ratio-at-least', value: 0.4 },
    note:
      `${s(rebuild.ms)} as rebuildReadModels reports it, snapshot included (${rebuild.snapshotMiB.toFixed(0)} MiB), in its own process${threads}: ` +
      `${s(rebuild.wallMs)} from spawn to exit; stretch target 60 %` +
      (rebuildRatio < 0.4 ? `; MISSED: ${Math.round(rebuildRatio * 100)} % of the raw scan instead of 40 %` : '') +
      (rebuild.errors ? `; ${rebuild.errors >= 5 ? '5 or more' : rebuild.errors} projection errors, first: ${rebuild.firstError}` : '') +
      (rebuild.failure ? `; REBUILD FAILED after ${s(rebuild.ms)}: ${rebuild.failure}` : ''),
  });
  results.push({
    name: 'peak RSS during the full rebuild', value: rebuild.peakRssMiB, unit: 'MiB', target: { kind: 'at-most', value: GIB },
    note: `High-water mark (VmHWM) of the rebuild's own process (node, apps/api/dist, rebuildReadModels), read at its end, worker threads included${rebuild.peakRssMiB > GIB ? `; MISSED by ${Math.round(rebuild.peakRssMiB - GIB)} MiB` : ''}.`,
  });

  if (rebuild.failure) {
    ctx.progress(`rebuild failed (${rebuild.failure}): restart, API and queries not measured\n${rebuild.stderr}`);
    return results;
  }
  const target = Math.min(3000, 0.2 * rebuild.ms);
  const missed = (ms: number) => (ms > target ? `; MISSED by ${Math.round(ms - target)} ms` : '');

  ctx.progress('restart of the read models from the snapshot (child process)');
  const restarted = await restart(data);
  results.push({
    name: 'restart to ready: restore the snapshot, catch up (nothing new)', value: restarted.ms, unit: 'ms', baseline: rebuild.ms, ratio: restarted.ms / rebuild.ms,
    target: { kind: 'at-most', value: target },
    note:
      `Target: ≤ 3 s and ≤ 20 % of the full rebuild (${Math.round(0.2 * rebuild.ms)} ms)${missed(restarted.ms)}. A ProjectionRunner in its own process, ` +
      `from runner.start(); ${Math.round(restarted.readyMs)} ms since the process started, ${Math.round(restarted.wallMs)} ms from spawn to exit; peak RSS ${Math.round(restarted.peakRssMiB)} MiB.`,
  });

  ctx.progress('first API start after the rebuild (child process: warm-up, then a warm snapshot)');
  const first = await startApi(data);
  const firstRss = await withChild(first.child, async (child) => child.peakRssMiB());
  results.push({
    name: 'API first start after the rebuild to ready (restore + every team’s level timelines computed + warm snapshot)', value: first.readyMs, unit: 'ms',
    note:
      `Not a target: once after a rebuild; the warm-up runs in steps while queries are already answered, then snapshots the level caches. ` +
      `Since its process started; ${Math.round(first.spawnToReadyMs)} ms from spawn to ready. Peak RSS of that process ${Math.round(firstRss)} MiB.`,
  });

  ctx.progress('API restart from the warm snapshot (child process)');
  const api = await startApi(data);
  const peak = await withChild(api.child, async (child) => {
    results.push({
      name: 'API restart to ready from its snapshot (Nest + restore + maturity warm)', value: api.readyMs, unit: 'ms', baseline: rebuild.ms, ratio: api.readyMs / rebuild.ms,
      target: { kind: 'at-most', value: target },
      note:
        `A new process (node ${API_NODE_FLAGS.join(' ')} apps/api/dist, as \`npm start\` runs it): from its start (Node, module loading, Nest, restore, warm-up check) until the read models reflect the head and every team's ` +
        `level timelines are cached; ${Math.round(api.spawnToReadyMs)} ms from spawn to ready as the bench saw it${missed(api.readyMs)}.`,
    });
    results.push(...(await measureQueries(api, { quick: ctx.quick, rebuildMs: rebuild.ms, progress: ctx.progress })));
    return child.peakRssMiB();
  });
  results.push({
    name: 'peak RSS while restarting the API from its snapshot and answering the queries', value: peak, unit: 'MiB', target: { kind: 'at-most', value: GIB },
    note: `High-water mark (VmHWM) of the API's own process (run as \`npm start\` runs it: ${API_NODE_FLAGS.join(' ') || 'no node flags'}) from its start, model v2 and every query above included, read just before it was stopped${peak > GIB ? `; MISSED by ${Math.round(peak - GIB)} MiB` : ''}.`,
  });
  return results;
}
