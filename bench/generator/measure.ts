/**
 * Generates the maturity benchmark's organisation and writes it into a fresh SQLite event store
 * through the API's codec (personal fields encrypted, keys in a SqliteKeyStore beside the log),
 * then reports time, throughput, file sizes and peak RSS, and deletes the files.
 *
 *   node -r ./tests/support/register-ts.js bench/generator/measure.ts [events] [teams] [people] [seed]
 *
 * KEYS_ONE_BY_ONE=1 lets the SqliteKeyStore make each key in its own transaction (no BulkKeys);
 * IN_PROCESS=1 generates on the appending thread (no worker).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, SqliteKeyStore, type EventStore } from '@norte/event-store';
import { norteCodec } from '../../apps/api/src/platform/codec';
import { writeProgramWithApiCodec } from './api-codec';
import type { ProgramOptions } from './model';
import { writeProgram, type WriteSummary } from './write';

async function write(store: EventStore, keysFile: string, options: ProgramOptions, onProgress: (n: number) => void): Promise<WriteSummary> {
  const worker = !process.env.IN_PROCESS;
  if (!process.env.KEYS_ONE_BY_ONE) return writeProgramWithApiCodec(store, keysFile, { ...options, onProgress, worker });
  const keys = new SqliteKeyStore(keysFile);
  try {
    return await writeProgram(store, norteCodec(keys), { ...options, onProgress, worker });
  } finally {
    keys.close();
  }
}

async function main(): Promise<void> {
  const [events = 2_000_000, teams = 4_000, people = 50_000, seed = 1] = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'norte-generator-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const options = { seed, teams, people, events, start: '2025-01-01', days: 730 };
  let peakRss = process.memoryUsage.rss();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const summary = await write(store, join(dir, 'keys.sqlite'), options, (written) => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (written % 200_000 < 4000 && written < events) process.stderr.write(`${written} events, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const files = Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size]));
  const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  const report = {
    mode: `${process.env.IN_PROCESS ? 'in process' : 'generator on a worker'}, ${process.env.KEYS_ONE_BY_ONE ? 'keys one by one' : 'BulkKeys'}`,
    options,
    ...summary,
    lastPosition: summary.lastPosition.toString(),
    seconds: Math.round(seconds * 10) / 10,
    eventsPerSecond: Math.round(summary.events / seconds),
    cpuSeconds: { user: Math.round(cpu.user / 1e5) / 10, system: Math.round(cpu.system / 1e5) / 10 },
    loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
    filesMiB: Object.fromEntries(Object.entries(files).map(([f, size]) => [f, mib(size)])),
    totalMiB: mib(Object.values(files).reduce((a, b) => a + b, 0)),
    peakRssMiB: mib(Math.max(peakRss, process.resourceUsage().maxRSS * 1024)),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// An interrupted run still deletes its files (the 'exit' handler above).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
