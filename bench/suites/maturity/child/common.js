'use strict';
// Shared by the maturity suite's child processes (plain JS on the compiled dist: no TypeScript hook,
// so `@norte/*` resolve through node_modules to each lib's dist). The parent (../children.ts) reads
// the one result line these scripts print on stdout; anything else they print is kept as log.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The repository root, and the compiled API (`tsc -b apps/api`, run by the parent first). */
const root = join(__dirname, '..', '..', '..', '..');
const apiDist = join(root, 'apps', 'api', 'dist');

/** This process's peak RSS in MiB: the kernel's high-water mark (VmHWM), worker threads included. */
function peakRssMiB() {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!hwm) throw new Error('no VmHWM in /proc/self/status');
  return Number(hwm[1]) / 1024;
}

/** The result line: one JSON object tagged with `bench: <child name>`. */
function emit(name, result) {
  process.stdout.write(`${JSON.stringify({ bench: name, ...result })}\n`);
}

/**
 * The parent holds our stdin open; when it goes away (even killed outright) stdin ends and we
 * stop too, so a crashed bench leaves no orphan. `onEnd` defaults to exiting at once.
 */
function exitWithParent(onEnd = () => process.exit(1)) {
  process.stdin.on('end', onEnd);
  process.stdin.on('error', onEnd);
  process.stdin.resume();
}

/** Logs an error on stderr (the parent surfaces it) and exits 1. */
function fail(name, error) {
  process.stderr.write(`${name} child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

module.exports = { root, apiDist, peakRssMiB, emit, exitWithParent, fail };
