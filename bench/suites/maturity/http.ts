import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createNorteApp, loadConfig } from '../../../apps/api/src/index';
import { CLOCK, type Clock } from '../../../apps/api/src/platform/clock';
import { ReadModels } from '../../../apps/api/src/platform/read-models';
import { MATURITY_READ_MODEL, todayIn, warmUp, type MaturityReadModel, type OrganisationView } from '@norte/projections';
import { NOW, type DataDir } from './setup';

export interface Api {
  readonly app: INestApplication;
  readonly url: string;
  readonly readModels: ReadModels;
  close(): Promise<void>;
}

/** The real app on the generated data dir, its clock at the end of the history, on a loopback port. */
export async function bootApi(data: DataDir): Promise<Api> {
  const config = loadConfig({
    NORTE_DATA_DIR: data.dataDir,
    NORTE_STATE_DIR: data.stateDir,
    NORTE_WEB_DIR: join(data.dataDir, 'no-web'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  const app = await createNorteApp(config);
  // Before listen (which runs the bootstrap hooks, the warm-up among them): "today" is NOW.
  const clock = app.get<Clock>(CLOCK);
  clock.now = () => new Date(NOW);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, readModels: app.get(ReadModels), close: () => app.close() };
}

/**
 * Ready: the read models reflect the head and the maturity warm-up is done (index complete, every
 * team's level timelines cached). warmUp with zero budgets only checks; the app's own warm-up works.
 */
export async function ready(api: Api, head: bigint): Promise<void> {
  while (api.readModels.position < head) await api.readModels.caughtUp();
  for (;;) {
    const state = api.readModels.get<MaturityReadModel>(MATURITY_READ_MODEL);
    if (warmUp(state, todayIn(state, NOW), 0, 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function organisation(api: Api): OrganisationView {
  return api.readModels.get<OrganisationView>('organisation');
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
