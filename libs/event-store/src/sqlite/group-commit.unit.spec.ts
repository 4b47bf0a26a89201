import { GroupCommit, type Outcome } from './group-commit';

describe('GroupCommit', () => {
  const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

  it('commits requests submitted in the same event-loop turn as one batch, in order', async () => {
    const batches: number[][] = [];
    const group = new GroupCommit<number, number>((requests) => {
      batches.push([...requests]);
      return requests.map((r) => ok(r * 10));
    }, 100);
    const results = await Promise.all([1, 2, 3].map((n) => group.submit(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('settles each request on its own outcome', async () => {
    const group = new GroupCommit<number, number>(
      (requests) => requests.map((r) => (r === 2 ? { ok: false, error: new Error('conflict') } : ok(r))),
      100,
    );
    const settled = await Promise.allSettled([1, 2, 3].map((n) => group.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects the whole batch when the commit itself fails', async () => {
    const group = new GroupCommit<number, number>(() => {
      throw new Error('disk full');
    }, 100);
    const settled = await Promise.allSettled([1, 2].map((n) => group.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const sizes: number[] = [];
    const group = new GroupCommit<number, number>((requests) => {
      sizes.push(requests.length);
      return requests.map(ok);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('starts a new batch for requests submitted after a flush', async () => {
    const sizes: number[] = [];
    const group = new GroupCommit<number, number>((requests) => {
      sizes.push(requests.length);
      return requests.map(ok);
    }, 100);
    await group.submit(1);
    await Promise.all([group.submit(2), group.submit(3)]);
    expect(sizes).toEqual([1, 2]);
  });
});
