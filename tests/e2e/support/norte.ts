import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '@norte/event-store';
import { createNorteApp, loadConfig } from '@norte/api';
import { CLOCK, type Clock } from '../../../apps/api/src/platform/clock';

export interface TestNorte {
  readonly app: INestApplication;
  readonly dataDir: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GqlError[] }>;
  close(options?: { keepData?: boolean }): Promise<void>;
  /** The position /healthz reports once the read models have applied everything the store holds. */
  settledPosition(): Promise<string>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; facts?: string[] };
}

export interface StartOptions {
  dataDir?: string;
  stateDir?: string;
  /**
   * System time for this Norte (recordedAt, "today"), e.g. to record facts on past dates for
   * known-at. The app's CLOCK provider then reads it; the default is the real clock.
   */
  clock?: Clock;
}

/** A real Norte on a real SQLite file in a fresh folder, listening on a loopback port. */
export async function startNorte(options: StartOptions = {}): Promise<TestNorte> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'norte-e2e-'));
  const config = loadConfig({
    NORTE_DATA_DIR: dataDir,
    NORTE_STATE_DIR: options.stateDir ?? join(dataDir, 'state', randomUUID()),
    NORTE_WEB_DIR: join(dataDir, 'no-web'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  });
  const app = await createNorteApp(config);
  const restoreClock = options.clock ? overrideClock(app, options.clock) : () => undefined;
  await app.listen(0, '127.0.0.1');
  return {
    app,
    dataDir,
    async gql(query, variables) {
      const response = await request(app.getHttpServer()).post('/graphql').send({ query, variables });
      return response.body;
    },
    async settledPosition() {
      const head = (await app.get<EventStore>(EVENT_STORE).headPosition()).toString();
      for (let i = 0; i < 100; i++) {
        const { position } = (await request(app.getHttpServer()).get('/healthz')).body;
        if (position === head) return position;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`read models never reached ${head}`);
    },
    async close({ keepData = false } = {}) {
      await app.close();
      restoreClock();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const newId = (): string => randomUUID();

/**
 * Points the app's CLOCK provider at `clock`. The provider is a value shared by the module that
 * defines it, so it is redirected in place (and restored on close) rather than replaced.
 */
function overrideClock(app: INestApplication, clock: Clock): () => void {
  const injected = app.get<Clock>(CLOCK);
  const original = injected.now;
  injected.now = () => clock.now();
  return () => {
    injected.now = original;
  };
}
