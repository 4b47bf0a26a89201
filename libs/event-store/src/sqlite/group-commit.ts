export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

interface Pending<Req, Res> {
  readonly request: Req;
  readonly resolve: (value: Res) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: appends submitted while the event loop is busy are written by ONE transaction, so
 * they share one fsync (synchronous=FULL makes the fsync the cost of a small append).
 *
 * `commitBatch` runs the requests in order inside one transaction and settles each on its own
 * (a request failing its expected revision does not fail the others); if it throws, nothing was
 * committed and every request in the batch is rejected with that error. No promise resolves
 * before the transaction holding its events has committed.
 *
 * The flush is scheduled with setImmediate, i.e. after the I/O callbacks of the current loop
 * turn: requests arriving on different sockets in the same turn end up in the same batch.
 * Under Jest fake timers, advance timers or open the store with groupCommit: false.
 */
export class GroupCommit<Req, Res> {
  private queue: Pending<Req, Res>[] = [];
  private scheduled = false;

  constructor(
    private readonly commitBatch: (requests: readonly Req[]) => Outcome<Res>[],
    private readonly maxBatch: number,
  ) {}

  submit(request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now. Also called by the store's close(). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      let outcomes: Outcome<Res>[];
      try {
        outcomes = this.commitBatch(batch.map((p) => p.request));
      } catch (error) {
        for (const p of batch) p.reject(error);
        continue;
      }
      batch.forEach((p, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) p.resolve(outcome.value);
        else p.reject(outcome.error);
      });
    }
  }
}
