import { EventEmitter } from 'node:events';
import type { AllSubscription, EventStore } from '../port';
import type { AnyProjection, DecodedEvent } from '@norte/projections';
import type { EventCodec } from './codec';
import type { FileSnapshotStore } from './snapshot-store';

export interface RunnerOptions {
  readonly snapshots?: FileSnapshotStore;
  /** Write a snapshot after this many applied events (and on stop). */
  readonly snapshotEvery?: number;
  readonly onError?: (error: unknown, event: DecodedEvent) => void;
  /** A failed snapshot never stops the read models: they go on, and the next snapshot retries. */
  readonly onSnapshotError?: (error: unknown) => void;
}

/**
 * Drives every projection from the store's $all subscription, checkpoint after handle. The
 * in-process CQRS event bus is never used for this: a second API process, or a restart, builds
 * exactly the same read models from the log.
 */
export class ProjectionRunner {
  private readonly states = new Map<string, unknown>();
  private readonly byType = new Map<string, AnyProjection[]>();
  private readonly emitter = new EventEmitter();
  private subscription?: AllSubscription;
  private done?: Promise<void>;
  private sinceSnapshot = 0;
  private current = 0n;

  constructor(
    private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly projections: readonly AnyProjection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.emitter.setMaxListeners(0);
    for (const p of projections) {
      for (const type of p.canHandle) this.byType.set(type, [...(this.byType.get(type) ?? []), p]);
    }
  }

  get position(): bigint {
    return this.current;
  }

  state<S>(name: string): S {
    if (!this.states.has(name)) throw new Error(`Unknown projection ${name}`);
    return this.states.get(name) as S;
  }

  /** Restores from the snapshot if every projection's version matches, then subscribes. */
  start(): void {
    const snapshot = this.options.snapshots?.load();
    const usable = snapshot && this.projections.every((p) => snapshot.projections[p.name]?.version === p.version);
    for (const p of this.projections) {
      const saved = usable ? snapshot.projections[p.name].state : undefined;
      this.states.set(p.name, saved === undefined ? p.init() : p.fromSnapshot ? p.fromSnapshot(saved) : saved);
    }
    this.current = usable ? BigInt(snapshot.position) : 0n;
    this.subscription = this.store.subscribeToAll(this.current > 0n ? { after: this.current } : {});
    this.done = this.consume(this.subscription);
  }

  private async consume(subscription: AllSubscription): Promise<void> {
    for await (const recorded of subscription) {
      const handlers = this.byType.get(recorded.type);
      if (handlers) {
        const event = this.codec.decode(recorded);
        for (const p of handlers) {
          try {
            this.states.set(p.name, p.evolve(this.states.get(p.name), event));
          } catch (error) {
            this.options.onError?.(error, event);
          }
        }
        this.emitter.emit('applied', event);
      }
      this.current = recorded.position;
      this.emitter.emit('position', this.current);
      if (++this.sinceSnapshot >= (this.options.snapshotEvery ?? 10_000)) this.trySnapshot();
    }
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

  private trySnapshot(): void {
    try {
      this.snapshot();
    } catch (error) {
      this.sinceSnapshot = 0;
      this.options.onSnapshotError?.(error);
    }
  }

  snapshot(): void {
    if (!this.options.snapshots) return;
    const projections: Record<string, { version: number; state: unknown }> = {};
    for (const p of this.projections) {
      const state = this.states.get(p.name);
      projections[p.name] = { version: p.version, state: p.toSnapshot ? p.toSnapshot(state) : state };
    }
    this.options.snapshots.save({ position: this.current.toString(), projections });
    this.sinceSnapshot = 0;
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.done;
    if (this.sinceSnapshot > 0) this.trySnapshot();
  }
}
