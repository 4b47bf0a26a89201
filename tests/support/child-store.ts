import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EventData, EventStoreConfig, ExpectedRevision } from '@norte/event-store';

const root = join(__dirname, '..', '..');

export type ChildAppendOutcome =
  | { ok: true; nextExpectedRevision: bigint; position: bigint }
  | { ok: false; code: string; message?: string };

/** An event store living in another OS process (tests/support/store-child.ts). */
export class ChildStore {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Record<string, string | boolean>) => void>();
  private stderr = '';
  private startFailed: ((error: Error) => void) | undefined;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {}

  static async start(config: EventStoreConfig): Promise<ChildStore> {
    const child = spawn(process.execPath, ['-r', join(root, 'tests/support/register-ts.js'), join(root, 'tests/support/store-child.ts')], {
      cwd: root,
      env: { ...process.env, NORTE_STORE_CONFIG: JSON.stringify(config) },
    });
    const store = new ChildStore(child);
    child.stderr.on('data', (chunk) => (store.stderr += String(chunk)));
    const died = (code: number | null): void => {
      for (const reply of store.waiting.values()) reply({ ok: false, code: 'CHILD_EXITED', message: store.stderr });
      store.waiting.clear();
      store.startFailed?.(new Error(`child store exited with ${code}: ${store.stderr}`));
    };
    child.on('exit', died);
    await new Promise<void>((resolve, reject) => {
      store.startFailed = reject;
      createInterface({ input: child.stdout }).on('line', (line) => {
        const message = JSON.parse(line);
        if (message.ready) return resolve();
        store.waiting.get(message.id)?.(message);
        store.waiting.delete(message.id);
      });
    });
    store.startFailed = undefined;
    return store;
  }

  append(streamId: string, events: readonly EventData[], expected: ExpectedRevision): Promise<ChildAppendOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) =>
        resolve(
          reply.ok
            ? { ok: true, nextExpectedRevision: BigInt(reply.nextExpectedRevision as string), position: BigInt(reply.position as string) }
            : { ok: false, code: reply.code as string, message: reply.message as string | undefined },
        ),
      );
      this.child.stdin.write(`${JSON.stringify({ id, streamId, events, expected: String(expected) })}\n`);
    });
  }

  /** Ends stdin: the child closes its store and exits. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    await exited;
  }
}
