import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSnapshotStore, readSnapshotPart, writeSnapshotPart } from './snapshot-store';

describe('snapshot parts: skeleton by structured clone, large typed arrays out of band', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'norte-snapshot-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const big = (n: number) => Float64Array.from({ length: n }, (_, i) => i * 1.5);

  it('round-trips maps, bigints, strings and typed arrays of every kind, big and small', () => {
    const shared = new Uint32Array(5_000).map((_, i) => i * 7);
    const state = {
      names: new Map([['a', 1], ['b', 2]]),
      total: 12345678901234567890n,
      floats: big(10_000),
      bytes: Uint8Array.from({ length: 4_099 }, (_, i) => i % 251), // odd length: the next blob must realign
      after: new BigInt64Array([1n, -2n, 3n]).map((v) => v * 1_000_000_000_000n),
      afterBig: new BigUint64Array(1_000).map((_, i) => BigInt(i) ** 3n),
      small: new Int16Array([-1, 2, -3]),
      buffer: Buffer.from('plain buffer'),
      twice: [shared, shared],
      sub: new Int32Array(new Int32Array(4_000).map((_, i) => -i).buffer, 400, 2_000), // a view into a larger buffer
    };
    const written = writeSnapshotPart(dir, 42n, { name: 'p/1', version: 3, state });
    expect(written).toMatchObject({ name: 'p/1', version: 3, file: 'p%2F1.snap' });
    expect(statSync(join(dir, written.file)).size).toBe(written.bytes);
    // The view's bytes only, not the whole buffer behind it: 80,000 + 4,099 + 8,000 + 20,000 + 8,000 plus a small skeleton.
    expect(written.bytes).toBeLessThan(125_000);

    const read = readSnapshotPart(join(dir, written.file));
    expect(read).toMatchObject({ name: 'p/1', version: 3, position: '42' });
    const restored = read.state as typeof state;
    expect(restored.names).toEqual(state.names);
    expect(restored.total).toBe(state.total);
    for (const key of ['floats', 'bytes', 'after', 'afterBig', 'small', 'sub'] as const) {
      // By name: arrays small enough to stay inline come back from node:v8, outside Jest's realm.
      expect(restored[key].constructor.name).toBe(state[key].constructor.name);
      expect(Array.from(restored[key] as ArrayLike<number | bigint>)).toEqual(Array.from(state[key] as ArrayLike<number | bigint>));
    }
        expect(Buffer.from(restored.buffer).toString()).toBe('plain buffer');
    expect(restored.twice[0]).toBe(restored.twice[1]);
    expect(Array.from(restored.twice[0]!)).toEqual(Array.from(shared));
    // Restored arrays are writable state, as the projection left them.
    restored.floats[0] = 99;
    expect(restored.floats[0]).toBe(99);
  });

  it('refuses a file that is not a part, and a truncated one', () => {
    writeFileSync(join(dir, 'junk.snap'), 'not a snapshot');
    expect(() => readSnapshotPart(join(dir, 'junk.snap'))).toThrow(/not a snapshot part/);
    const written = writeSnapshotPart(dir, 1n, { name: 't', version: 1, state: { floats: big(10_000) } });
    const path = join(dir, written.file);
    writeFileSync(path, readFileSync(path).subarray(0, written.bytes - 100));
    expect(() => readSnapshotPart(path)).toThrow(/out of range/);
  });

  it('commits a generation written part by part (as rebuild threads do) only with its manifest', () => {
    const store = new FileSnapshotStore(dir);
    store.save(5n, [{ name: 'a', version: 1, state: { n: 5 } }]);
    const pending = store.begin(9n);
    const parts = [writeSnapshotPart(pending.folder, 9n, { name: 'a', version: 1, state: { n: 9 } }), writeSnapshotPart(pending.folder, 9n, { name: 'b', version: 2, state: big(1_000) })];
    // Written but not committed: readers still get the previous generation.
    expect(store.load()?.position).toBe(5n);
    expect(pending.commit(parts)).toBe(parts[0]!.bytes + parts[1]!.bytes);
    const loaded = store.load()!;
    expect(loaded.position).toBe(9n);
    expect(loaded.versions).toEqual(new Map([['a', 1], ['b', 2]]));
    expect(loaded.read('a')).toEqual({ n: 9 });
    expect(Array.from(loaded.read('b') as Float64Array)).toEqual(Array.from(big(1_000)));
    expect(readdirSync(join(dir, 'snapshots')).sort()).toEqual(['CURRENT', 'g9']);
  });

  it('leaves the current generation alone when a pending one is aborted', () => {
    const store = new FileSnapshotStore(dir);
    store.save(5n, [{ name: 'a', version: 1, state: { n: 5 } }]);
    const pending = store.begin(9n);
    writeSnapshotPart(pending.folder, 9n, { name: 'a', version: 1, state: { n: 9 } });
    pending.abort();
    expect(store.load()?.read('a')).toEqual({ n: 5 });
    expect(readdirSync(join(dir, 'snapshots')).sort()).toEqual(['CURRENT', 'g5']);
    expect(() => pending.commit([])).toThrow(/already committed or aborted/);
  });
});
