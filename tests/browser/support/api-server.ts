import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

export const repoRoot = resolve(__dirname, '../../..');

export interface ApiServer {
  baseUrl: string;
  dataDir: string;
  /** The server's recent stdout and stderr, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Entry point of the built server, relative to the repository root. */
  entry?: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

const host = '127.0.0.1';

/** Starts the built API as a child process on a free port with a fresh data directory. */
export async function startApiServer(options: StartOptions = {}): Promise<ApiServer> {
  const entry = resolve(repoRoot, options.entry ?? process.env.NORTE_API_ENTRY ?? 'apps/api/dist/main.js');
  if (!existsSync(entry)) throw new Error(`API server not built: ${entry} is missing (build apps/api first)`);

  const port = await freePort(host);
  const dataDir = await mkdtemp(join(tmpdir(), 'norte-browser-data-'));
  const baseUrl = `http://${host}:${port}`;
  const lines: string[] = [];
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: host, NORTE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 200));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');

  const server: ApiServer = {
    baseUrl,
    dataDir,
    output,
    async stop() {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitForHealth(baseUrl, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output()}`);
  }
  return server;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`API server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`API server did not answer GET /healthz with 200 within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
