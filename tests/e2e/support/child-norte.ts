import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** `node -r register-ts apps/api/src/<entry> …args`: an API entry run from the TypeScript sources. */
const spawnApiEntry = (entry: string, args: readonly string[], env: Record<string, string>) =>
  spawn(process.execPath, ['-r', join(root, 'tests/support/register-ts.js'), join(root, 'apps/api/src', entry), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export interface ChildNorte {
  readonly url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }>;
  stop(): Promise<void>;
}

/** Starts another Norte API process (from the TypeScript sources) and resolves once it listens. */
export function startChildNorte(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildNorte> {
  const child: ChildProcess = spawnApiEntry('main.ts', [], { PORT: '0', HOST: '127.0.0.1', ...env });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`child Norte did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.on('exit', (code) => fail(new Error(`child Norte exited with ${code}:\n${output}`)));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Norte is running: (http:\/\/[^/\s]+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = match[1];
      resolve({
        url,
        async gql(query, variables) {
          const res = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
          return res.json() as never;
        },
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

export interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one of the API's commands (a TypeScript entry under apps/api/src) to its end, as `npm run <it>` would. */
export function runChildCommand(entry: string, args: readonly string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ChildRun> {
  const child = spawnApiEntry(entry, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not finish in ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
