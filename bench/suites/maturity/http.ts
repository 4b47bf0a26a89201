import { Child, nodeFlagsOf } from './children';
import { NOW, type DataDir } from './setup';

/** An API child that is ready (read models at the head, maturity warm-up done) and serving. */
export interface Api {
  readonly child: Child;
  readonly url: string;
  /** performance.now() in the child when it was ready: Node start, module loading, Nest, restore and warm-up. */
  readonly readyMs: number;
  /** Bench side: from spawning the child until its ready line arrived. */
  readonly spawnToReadyMs: number;
}

/** Ample for the first start after a full-size rebuild (which computes every team's level timelines). */
const READY_TIMEOUT_MS = 20 * 60_000;
/** The API runs with the node flags `npm start` gives it (the heap cap among them). */
export const API_NODE_FLAGS = nodeFlagsOf('start', 'apps/api/dist/main.js');

/**
 * The real app from apps/api/dist in its own process (child/api.js), on the generated data dir, its
 * clock at the end of the history, on a loopback port; resolves once it is ready. The caller stops
 * the child (withChild); if it never gets ready it is killed and the error carries its stderr.
 */
export async function startApi(data: DataDir): Promise<Api> {
  const child = Child.start('api', [data.dataDir, data.stateDir, NOW, String(data.lastPosition)], API_NODE_FLAGS);
  try {
    const { port, readyMs } = await child.result<{ port: number; readyMs: number }>(READY_TIMEOUT_MS);
    return { child, url: `http://127.0.0.1:${port}`, readyMs, spawnToReadyMs: performance.now() - child.spawnedAt };
  } catch (error) {
    await child.kill();
    throw error;
  }
}

/** One sequential client: node's fetch (undici, keep-alive) over loopback. */
export class Client {
  constructor(private readonly url: string) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
    return body.data;
  }

  async get(path: string): Promise<string> {
    const response = await fetch(`${this.url}${path}`);
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 200)}`);
    return text;
  }
}

/** Latencies (ms) of `iterations` sequential calls after `warmUp` unmeasured ones, stopping early past `budgetMs`. */
export async function latencies(call: () => Promise<unknown>, iterations: number, warm: number, budgetMs: number): Promise<number[]> {
  for (let i = 0; i < warm; i++) await call();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < iterations && (times.length < 10 || performance.now() - started < budgetMs); i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}
