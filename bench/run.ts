/**
 * Benchmark runner. `node bench/run.js [--quick] [--check]`
 *   full run:  writes bench/results/latest.json and regenerates the tables of BENCHMARKS.md
 *   --quick:   small data (under a minute); writes bench/results/latest-quick.json only
 *   --check:   exit code 1 when a target is missed
 *   --only=<suite>: run one suite and print it (writes no results file)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineInfo } from './machine';
import { type RunReport, type SuiteReport, renderConsole, writeJson, writeMarkdown } from './report';
import { suites } from './suites';
import { isMet } from './types';

const root = join(__dirname, '..');

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const started = performance.now();
  const reports: SuiteReport[] = [];
  for (const suite of suites.filter((s) => only === undefined || s.name === only)) {
    const tmpDir = mkdtempSync(join(tmpdir(), `norte-bench-${suite.name}-`));
    const progress = (message: string) => process.stderr.write(`[${suite.name}] ${message}\n`);
    try {
      const results = await suite.run({ quick, tmpDir, progress });
      reports.push({ name: suite.name, title: suite.title, description: suite.description, results });
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
  }
  const report: RunReport = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: machineInfo(),
    durationSeconds: (performance.now() - started) / 1000,
    suites: reports,
  };
  if (only === undefined) {
    writeJson(join(root, 'bench/results', quick ? 'latest-quick.json' : 'latest.json'), report);
    if (!quick) writeMarkdown(join(root, 'BENCHMARKS.md'), report);
  }
  process.stdout.write(`${renderConsole(report)}\n`);
  const missed = reports.flatMap((s) => s.results).filter((r) => isMet(r) === false);
  if (missed.length && args.has('--check')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
