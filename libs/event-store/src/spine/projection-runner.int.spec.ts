import { mkdtempSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DecodedEvent, Projection } from '@norte/projections';
import type { EventStore } from '../port';
import { openSqliteEventStore } from '../sqlite';
import { jsonCodec } from './codec';
import { ProjectionRunner, type RunnerOptions } from './projection-runner';
import { FileSnapshotStore } from './snapshot-store';

/** Counts per stream in a Map, sums amounts as bigint, keeps positions in a typed array: what v8 snapshots must carry. */
interface Tally {
  perStream: Map<string, number>;
  total: bigint;
  positions: Float64Array;
  seen: number;
}

const evolved = new Map<string, number>();

function tally(name: string, version = 1): Projection<Tally> {
  return {
    name,
    version,
    canHandle: ['Added'],
    init: () => ({ perStream: new Map(), total: 0n, positions: new Float64Array(8), seen: 0 }),
    evolve(state, event: DecodedEvent) {
      evolved.set(name, (evolved.get(name) ?? 0) + 1);
      state.perStream.set(event.streamId, (state.perStream.get(event.streamId) ?? 0) + 1);
      state.total += BigInt((event.data as { amount: number }).amount);
      if (state.seen === state.positions.length) {
        const grown = new Float64Array(state.positions.length * 2);
        grown.set(state.positions);
        state.positions = grown;
      }
      state.positions[state.seen++] = Number(event.position);
      return state;
    },
  };
}

const plain = (t: Tally) => ({ perStream: Object.fromEntries(t.perStream), total: t.total, positions: [...t.positions.subarray(0, t.seen)] });

describe('ProjectionRunner with snapshots (SQLite store)', () => {
  let dir: string;
  let store: EventStore;
  const codec = jsonCodec();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'norte-runner-'));
    store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    evolved.clear();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function append(count: number, stream = `s-${randomUUID()}`): Promise<bigint> {
    let position = 0n;
    for (let i = 0; i < count; i++) {
      const meta = { occurredAt: '2026-01-01T00:00:00.000Z', recordedAt: '2026-01-01T00:00:00.000Z' };
      position = (await store.append(stream, [{ id: randomUUID(), type: 'Added', data: { amount: i + 1 }, metadata: meta }], 'any')).position;
    }
    return position;
  }

  async function run(projections: Projection<Tally>[], options: RunnerOptions = {}): Promise<ProjectionRunner> {
    const runner = new ProjectionRunner(store, codec, projections, { snapshots: new FileSnapshotStore(join(dir, 'state')), ...options });
    runner.start();
    await runner.waitFor(await store.headPosition());
    return runner;
  }

  it('writes a snapshot once caught up and idle, and a restart restores it and applies only what came after', async () => {
    await append(30, 'a');
    const snapshots: bigint[] = [];
    const first = await run([tally('t')], { snapshotPolicy: { minEvents: 10, idleMs: 20 }, onSnapshot: ({ position }) => snapshots.push(position) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(snapshots).toEqual([await store.headPosition()]);
    await first.stop();
    expect(snapshots).toHaveLength(1); // nothing new since: stop writes nothing

    await append(5, 'b');
    evolved.clear();
    const second = await run([tally('t')]);
    expect(evolved.get('t')).toBe(5);
    const restored = plain(second.state<Tally>('t'));
    await second.stop();

    rmSync(join(dir, 'state'), { recursive: true });
    evolved.clear();
    const rebuilt = await run([tally('t')]);
    expect(evolved.get('t')).toBe(35);
    expect(restored).toEqual(plain(rebuilt.state<Tally>('t')));
    expect(restored.total).toBe(465n + 15n);
    await rebuilt.stop();
  });

  it('replays only the projection whose version changed, up to the snapshot, then goes on with the others', async () => {
    await append(12);
    await (await run([tally('kept'), tally('bumped', 1)])).stop();
    await append(3);
    evolved.clear();
    const runner = await run([tally('kept'), tally('bumped', 2)]);
    expect(evolved.get('kept')).toBe(3);
    expect(evolved.get('bumped')).toBe(15);
    expect(plain(runner.state<Tally>('bumped'))).toEqual(plain(runner.state<Tally>('kept')));
    expect(runner.position).toBe(await store.headPosition());
    await runner.stop();
  });

  it('ignores a half-written generation and removes it with the next save', async () => {
    await append(4);
    await (await run([tally('t')])).stop();
    const snapshots = join(dir, 'state', 'snapshots');
    mkdirSync(join(snapshots, 'g999.tmp-1'));
    expect(new FileSnapshotStore(join(dir, 'state')).load()?.position).toBe(await store.headPosition());
    await append(2);
    evolved.clear();
    await (await run([tally('t')])).stop();
    expect(evolved.get('t')).toBe(2);
    expect(readdirSync(snapshots).sort()).toEqual(['CURRENT', `g${await store.headPosition()}`]);
  });

  it('treats an unreadable snapshot file as missing: that projection replays the log', async () => {
    await append(6);
    await (await run([tally('t'), tally('u')])).stop();
    const folder = join(dir, 'state', 'snapshots', `g${await store.headPosition()}`);
    rmSync(join(folder, 'u.snap'));
    evolved.clear();
    const runner = await run([tally('t'), tally('u')]);
    expect(evolved.get('t')).toBeUndefined();
    expect(evolved.get('u')).toBe(6);
    expect(plain(runner.state<Tally>('u'))).toEqual(plain(runner.state<Tally>('t')));
    await runner.stop();
  });
});
