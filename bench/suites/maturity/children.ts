import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The rebuild, the restart of the read models and the API run as their own processes, as in
 * production: compiled code (apps/api/dist, the libs' dist through the @norte/* packages) started
 * with plain `node` from the small scripts in ./child. Each prints one JSON result line on stdout
 * tagged `bench: <name>`; their peak RSS is their own (VmHWM), not the bench's.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SCRIPTS = join(__dirname, 'child');
/** How much of a child's stderr (and of stray stdout, e.g. logs) is kept to explain a failure. */
const TAIL = 8_192;

/** `tsc -b apps/api`, exactly what `npm run rebuild` does first: the children run its output. */
export function buildApi(): number {
  const started = performance.now();
  const built = spawnSync('npx', ['tsc', '-b', 'apps/api'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (built.error) throw new Error(`npx tsc -b apps/api could not run: ${built.error.message}`);
  if (built.status !== 0) {
    throw new Error(`npx tsc -b apps/api failed (${built.signal ?? `exit code ${built.status}`}); the bench runs the compiled API:\n${built.stdout}${built.stderr}`);
  }
  return performance.now() - started;
}

/**
 * The node flags an npm script of the root package.json gives `entry` (e.g. `start` runs
 * `node --max-old-space-size=512 apps/api/dist/main.js`): children run as production runs them.
 * Throws when the script no longer starts `entry` with node, so the bench cannot drift from it.
 */
export function nodeFlagsOf(script: string, entry: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts[script] ?? '';
  const escaped = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|&&\\s*)node((?:\\s+--\\S+)*)\\s+${escaped}(?:\\s|$)`).exec(command);
  if (!match) throw new Error(`npm script "${script}" (${command}) does not run node ${entry}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/** Children still running: killed outright if the bench exits without stopping them. */
const live = new Set<ChildProcess>();
let exitHook = false;

const tail = (text: string) => (text.length > TAIL ? `…${text.slice(-TAIL)}` : text);

/** Peak RSS (VmHWM) of a live process, in MiB. */
export function vmHwmMiB(pid: number): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!hwm) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(hwm[1]) / 1024;
}

export class Child {
  /** performance.now() of the bench when the child was spawned. */
  readonly spawnedAt = performance.now();
  /** Resolves once the child has exited and its output is read: "exit code N" or "signal S". */
  readonly ended: Promise<string>;
  private readonly process: ChildProcess;
  private stderr = '';
  private stdout = '';
  private exit: string | null = null;
  private line: Record<string, unknown> | null = null;
  private readonly waiting = new Set<() => void>();

  private constructor(
    readonly name: string,
    args: readonly string[],
    nodeFlags: readonly string[],
  ) {
    // stdin stays open and unused: when the bench dies, it ends and the child stops (child/common.js).
    this.process = spawn(process.execPath, [...nodeFlags, join(SCRIPTS, `${name}.js`), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(this.process);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => live.forEach((child) => child.kill('SIGKILL')));
    }
    this.process.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = tail(this.stderr + chunk)));
    createInterface({ input: this.process.stdout! }).on('line', (text) => this.onLine(text));
    this.ended = new Promise((resolve) => {
      this.process.once('error', (error) => {
        this.stderr += `\nspawn failed: ${error.message}`;
        this.exit = 'spawn error';
        live.delete(this.process);
        resolve(this.exit);
        this.notify();
      });
      this.process.once('close', (code, signal) => {
        this.exit = signal ? `signal ${signal}` : `exit code ${code}`;
        live.delete(this.process);
        resolve(this.exit);
        this.notify();
      });
    });
  }

  /** Spawns `node …nodeFlags bench/suites/maturity/child/<name>.js …args` at the repository root. */
  static start(name: string, args: readonly string[], nodeFlags: readonly string[] = []): Child {
    return new Child(name, args, nodeFlags);
  }

  /** The tail of what the child wrote on stderr so far. */
  get errorOutput(): string {
    return this.stderr;
  }

  get pid(): number {
    return this.process.pid!;
  }

  /**
   * The child's result line. Rejects, with the child's stderr, when it ends without one or takes
   * longer than `timeoutMs` (then it is killed).
   */
  async result<R>(timeoutMs: number): Promise<R> {
    const deadline = performance.now() + timeoutMs;
    const timer = setTimeout(() => this.notify(), timeoutMs);
    try {
      for (;;) {
        if (this.line) return this.line as R;
        if (this.exit) throw this.failure(`${this.name} child ended (${this.exit}) without its result`);
        if (performance.now() >= deadline) {
          await this.kill();
          throw this.failure(`${this.name} child gave no result within ${Math.round(timeoutMs / 1000)} s (killed)`);
        }
        await new Promise<void>((resolve) => this.waiting.add(resolve));
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** The child's peak RSS so far (VmHWM from /proc/<pid>/status), in MiB; it must still run. */
  peakRssMiB(): number {
    if (this.exit) throw new Error(`${this.name} child already ended (${this.exit}): its peak RSS is gone with it`);
    return vmHwmMiB(this.pid);
  }

  /** SIGTERM (a graceful shutdown), then SIGKILL after `graceMs`; resolves once it has exited. */
  async stop(graceMs = 60_000): Promise<string> {
    if (this.exit) return this.exit;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    try {
      return await this.ended;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL at once (after a failure); resolves once it has exited. */
  async kill(): Promise<string> {
    if (!this.exit) this.process.kill('SIGKILL');
    return this.ended;
  }

  /** An error naming what the child wrote on stderr (and stray stdout, e.g. its logs). */
  failure(message: string, cause?: unknown): ChildFailure {
    const parts = [message];
    if (cause !== undefined) parts[0] += `: ${cause instanceof Error ? cause.message : String(cause)}`;
    if (this.stderr.trim()) parts.push(`--- ${this.name} child stderr ---\n${this.stderr.trimEnd()}`);
    if (this.stdout.trim()) parts.push(`--- ${this.name} child stdout ---\n${this.stdout.trimEnd()}`);
    return new ChildFailure(parts.join('\n'), cause === undefined ? undefined : { cause });
  }

  private onLine(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (this.line === null && typeof parsed === 'object' && parsed !== null && (parsed as { bench?: unknown }).bench === this.name) {
      this.line = parsed as Record<string, unknown>;
      this.notify();
    } else {
      this.stdout = tail(`${this.stdout}${text}\n`);
    }
  }

  private notify(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const resolve of waiting) resolve();
  }
}

/** A child failed; the message carries its stderr. */
export class ChildFailure extends Error {
  override readonly name = 'ChildFailure';
}

/**
 * A child that ends by itself (rebuild, restart): its result line and its wall time, spawn to exit.
 * Killed on failure or after `timeoutMs`.
 */
export async function runToEnd<R>(name: string, args: readonly string[], timeoutMs: number, nodeFlags: readonly string[] = []): Promise<{ result: R; wallMs: number; exit: string; stderr: string }> {
  const child = Child.start(name, args, nodeFlags);
  try {
    const result = await child.result<R>(timeoutMs);
    // It exits right after its line; one that lingers is killed (and says so).
    const exit = await Promise.race([child.ended, new Promise<string>((resolve) => setTimeout(() => resolve(child.kill()), 60_000).unref())]);
    return { result, wallMs: performance.now() - child.spawnedAt, exit, stderr: child.errorOutput };
  } finally {
    await child.kill();
  }
}

/**
 * Runs `fn` with a started long-lived child (the API), then stops it gracefully (SIGTERM); on
 * failure the child is killed at once and the error carries its stderr.
 */
export async function withChild<T>(child: Child, fn: (child: Child) => Promise<T>, graceMs?: number): Promise<T> {
  let value: T;
  try {
    value = await fn(child);
  } catch (error) {
    await child.kill();
    throw error instanceof ChildFailure ? error : child.failure(`failed while the ${child.name} child ran`, error);
  }
  const how = await child.stop(graceMs);
  if (how !== 'signal SIGTERM' && how !== 'exit code 0') throw child.failure(`${child.name} child did not stop cleanly (${how})`);
  return value;
}
