import { EventEmitter } from 'node:events';
import type { AllSubscription, EventStore, RecordedEvent } from '../port';
import type { AnyProjection, DecodedEvent } from '@norte/projections';
import type { EventCodec } from './codec';
import type { FileSnapshotStore, SnapshotPart } from './snapshot-store';

export interface SnapshotPolicy {
  /** Write a snapshot once this many events have been applied since the last one and the log has gone quiet. */
  readonly minEvents: number;
  /** How long no event must arrive before the read models count as caught up (ms). */
  readonly idleMs: number;
  /** Under a steady stream that never goes quiet, snapshot anyway after this many events. */
  readonly maxEvents: number;
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { minEvents: 1_000, idleMs: 1_000, maxEvents: 500_000 };

export interface RunnerOptions {
  readonly snapshots?: FileSnapshotStore;
  readonly snapshotPolicy?: Partial<SnapshotPolicy>;
  /** False: ignore any saved snapshot and replay from position 0 (a rebuild). Default true. */
  readonly restore?: boolean;
  readonly onError?: (error: unknown, event: DecodedEvent) => void;
  /** A failed snapshot never stops the read models: they go on, and the next snapshot retries. */
  readonly onSnapshotError?: (error: unknown) => void;
  readonly onSnapshot?: (info: { position: bigint; bytes: number; ms: number }) => void;
}

/**
 * Drives every projection from the store's $all subscription, checkpoint after handle. The
 * in-process CQRS event bus is never used for this: a second API process, or a restart, builds
 * exactly the same read models from the log.
 *
 * Snapshots are written when the read models have caught up (the log went quiet after at least
 * `minEvents` new events), on stop, and under a steady load every `maxEvents` — never in the middle
 * of a replay, where serialising would only slow the catch-up down.
 */
export class ProjectionRunner {
  private readonly states = new Map<string, unknown>();
  private readonly byType = new Map<string, AnyProjection[]>();
  private readonly emitter = new EventEmitter();
  private readonly policy: SnapshotPolicy;
  private subscription?: AllSubscription;
  private done?: Promise<void>;
  private stopping = false;
  private sinceSnapshot = 0;
  private applied = 0;
  private idleTimer?: NodeJS.Timeout;
  private current = 0n;

  constructor(
    private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly projections: readonly AnyProjection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.emitter.setMaxListeners(0);
    this.policy = { ...DEFAULT_SNAPSHOT_POLICY, ...options.snapshotPolicy };
    for (const p of projections) {
      for (const type of p.canHandle) this.byType.set(type, [...(this.byType.get(type) ?? []), p]);
    }
  }

  /** The global position every read model reflects. */
  get position(): bigint {
    return this.current;
  }

  state<S>(name: string): S {
    if (!this.states.has(name)) throw new Error(`Unknown projection ${name}`);
    return this.states.get(name) as S;
  }

  /**
   * Restores each projection whose saved version matches, then subscribes after the snapshot's
   * position. Projections without a usable snapshot (new, or their version bumped) first replay the
   * log up to that position on their own; the others do not start over.
   */
  start(): void {
    const snapshot = this.options.restore === false ? undefined : this.options.snapshots?.load();
    const stale: AnyProjection[] = [];
    for (const p of this.projections) {
      const restored = snapshot?.versions.get(p.name) === p.version ? this.restore(p, () => snapshot!.read(p.name)) : undefined;
      if (restored === undefined) stale.push(p);
      this.states.set(p.name, restored ?? p.init());
    }
    const base = snapshot !== undefined && stale.length < this.projections.length ? snapshot.position : 0n;
    this.done = this.consume(base, base > 0n ? stale : []);
  }

  private restore(p: AnyProjection, read: () => unknown): unknown {
    try {
      const saved = read();
      if (saved === undefined) return undefined;
      return p.fromSnapshot ? p.fromSnapshot(saved) : saved;
    } catch {
      // An unreadable snapshot is only a slower start: the projection replays the log instead.
      return undefined;
    }
  }

  private async consume(base: bigint, stale: readonly AnyProjection[]): Promise<void> {
    if (stale.length > 0) {
      const only = new Set(stale);
      await this.replay(base, (p) => only.has(p));
    }
    if (this.stopping) return;
    this.advance(base);
    this.subscription = this.store.subscribeToAll(base > 0n ? { after: base } : {});
    for await (const recorded of this.subscription) {
      this.apply(recorded);
      this.sinceSnapshot++;
      this.applied++;
      if (this.sinceSnapshot >= this.policy.maxEvents) this.trySnapshot();
      else if (this.sinceSnapshot >= this.policy.minEvents && this.idleTimer === undefined) this.armIdleSnapshot();
    }
  }

  /** Applies the log from position 0 up to `until` (inclusive) to the projections `only` selects. */
  private async replay(until: bigint, only?: (p: AnyProjection) => boolean): Promise<void> {
    // Only the types these projections handle are read at all.
    const types = [...new Set(this.projections.filter((p) => !only || only(p)).flatMap((p) => p.canHandle))];
    for await (const recorded of this.store.readAll({ types })) {
      if (recorded.position > until || this.stopping) break;
      this.apply(recorded, only);
    }
  }

  /**
   * For a rebuild split across threads: every projection from its initial state, applied to the log
   * up to `until` and no further (each thread of a rebuild must stop at the same position), without
   * subscribing. Returns the position reached. Not combinable with `start`.
   */
  async replayUntil(until: bigint): Promise<bigint> {
    if (this.done) throw new Error('replayUntil on a runner already started');
    for (const p of this.projections) this.states.set(p.name, p.init());
    this.done = this.replay(until);
    await this.done;
    this.advance(until);
    return this.current;
  }

  /** Every projection's snapshot part at the current position (what `snapshot` writes). */
  *snapshotParts(): Generator<SnapshotPart> {
    for (const p of this.projections) {
      const state = this.states.get(p.name);
      yield { name: p.name, version: p.version, state: p.toSnapshot ? p.toSnapshot(state) : state };
    }
  }

  private apply(recorded: RecordedEvent, only?: (p: AnyProjection) => boolean): void {
    const handlers = this.byType.get(recorded.type);
    if (handlers) {
      const event = this.codec.decode(recorded);
      for (const p of handlers) {
        if (only && !only(p)) continue;
        try {
          this.states.set(p.name, p.evolve(this.states.get(p.name), event));
        } catch (error) {
          this.options.onError?.(error, event);
        }
      }
      if (!only) this.emitter.emit('applied', event);
    }
    this.advance(recorded.position);
  }

  private advance(position: bigint): void {
    if (position <= this.current) return;
    this.current = position;
    this.emitter.emit('position', position);
  }

  /** Snapshots once no event has arrived for `idleMs`: the read models have caught up with the log. */
  private armIdleSnapshot(): void {
    const seen = this.applied;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.stopping) return;
      if (this.applied === seen) this.trySnapshot();
      else this.armIdleSnapshot();
    }, this.policy.idleMs);
    this.idleTimer.unref();
  }

  /** Resolves once the read models reflect `position` (true), or after `timeoutMs` (false). */
  waitFor(position: bigint, timeoutMs = 5_000): Promise<boolean> {
    if (this.current >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onPosition = (p: bigint) => {
        if (p < position) return;
        cleanup();
        resolve(true);
      };
      const timer = setTimeout(() => {
        cleanup();
        resolve(false);
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.emitter.off('position', onPosition);
      };
      this.emitter.on('position', onPosition);
    });
  }

  /** Called after each applied event of a handled type, once the read models include it. */
  onApplied(listener: (event: DecodedEvent) => void): () => void {
    this.emitter.on('applied', listener);
    return () => this.emitter.off('applied', listener);
  }

  /** Snapshots now unless stopping; errors go to `onSnapshotError`, never to the caller. */
  requestSnapshot(): void {
    if (!this.stopping) this.trySnapshot();
  }

  private trySnapshot(): void {
    try {
      this.snapshot();
    } catch (error) {
      this.sinceSnapshot = 0;
      this.options.onSnapshotError?.(error);
    }
  }

  /** Writes every projection's state at the current position (a no-op without a snapshot store). */
  snapshot(): void {
    const store = this.options.snapshots;
    if (!store) return;
    const started = performance.now();
    const position = this.current;
    const bytes = store.save(position, this.snapshotParts());
    this.sinceSnapshot = 0;
    this.options.onSnapshot?.({ position, bytes, ms: performance.now() - started });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    await this.subscription?.close();
    await this.done;
    if (this.sinceSnapshot > 0) this.trySnapshot();
  }
}
