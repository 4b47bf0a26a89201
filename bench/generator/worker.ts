import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ProgramOptions } from './model';
import { preparedChunks, type PreparedEvent } from './prepare';

/** Chunks the worker may produce before the writer has taken them: it runs ahead while the writer waits for the disk. */
const AHEAD = 16;

interface Start {
  readonly options: ProgramOptions;
  readonly size: number;
  readonly taken: SharedArrayBuffer;
}

/**
 * The program's chunks of prepared events, generated on a worker thread so that the writer's
 * thread is free to encode and append. The worker waits while AHEAD chunks are not taken yet.
 */
export async function* chunksFromWorker(options: ProgramOptions, size: number): AsyncGenerator<PreparedEvent[]> {
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const register = join(__dirname, '..', '..', 'tests', 'support', 'register-ts.js');
  const code = `require(${JSON.stringify(register)}); require(${JSON.stringify(__filename)});`;
  const { seed, teams, people, events, start, days } = options;
  const data: Start = { options: { seed, teams, people, events, start, days }, size, taken: taken.buffer as SharedArrayBuffer };
  // A young generation larger than a chunk, so that chunks die young instead of being promoted.
  const worker = new Worker(code, { eval: true, workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 384 } });
  const queue: (PreparedEvent[] | null)[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (chunk: PreparedEvent[] | null) => {
    queue.push(chunk);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !failure) failure = new Error(`Generator worker stopped with code ${code}`);
    notify();
  });
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (queue.length === 0) throw failure;
      const chunk = queue.shift()!;
      if (chunk === null) return;
      Atomics.add(taken, 0, 1);
      Atomics.notify(taken, 0);
      yield chunk;
    }
  } finally {
    await worker.terminate();
  }
}

function runWorker({ options, size, taken }: Start): void {
  const counter = new Int32Array(taken);
  let produced = 0;
  for (const chunk of preparedChunks(options, size)) {
    for (let seen = Atomics.load(counter, 0); produced - seen >= AHEAD; seen = Atomics.load(counter, 0)) Atomics.wait(counter, 0, seen);
    parentPort!.postMessage(chunk);
    produced++;
  }
  parentPort!.postMessage(null);
}

if (!isMainThread && (workerData as Partial<Start> | null)?.taken) runWorker(workerData as Start);
