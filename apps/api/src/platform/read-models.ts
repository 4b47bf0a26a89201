import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { FileSnapshotStore, KEY_STORE, ProjectionRunner, type EventCodec, type EventStore, type KeyStore } from '@norte/event-store';
import { directoryProjection, organisationProjection, type AnyProjection, type DecodedEvent } from '@norte/projections';
import { activityFeedProjection, auditTrailProjection, outcomesProjection, peopleProjection, roadmapProjection } from '@norte/projections';
import { maturityProjection } from '@norte/projections';
import { NORTE_CONFIG, type NorteConfig } from './config';
import { EVENT_CODEC, EVENT_STORE } from './tokens';

/** Roadmap, activity feed, audit trail, people directory, outcome instruments (queries in apps/api/src/activity). */
const ACTIVITY_PROJECTIONS: readonly AnyProjection[] = [roadmapProjection, activityFeedProjection, auditTrailProjection, peopleProjection, outcomesProjection];

export const PROJECTIONS: readonly AnyProjection[] = [organisationProjection, directoryProjection, ...ACTIVITY_PROJECTIONS, maturityProjection];

/** The read models of this process, fed by the store's subscription; queries read them here. */
@Injectable()
export class ReadModels implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReadModels.name);
  private readonly runner: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) codec: EventCodec,
    @Inject(NORTE_CONFIG) config: NorteConfig,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
  ) {
    this.runner = new ProjectionRunner(store, codec, PROJECTIONS, {
      snapshots: new FileSnapshotStore(config.stateDir),
      onSnapshotError: (error) => this.logger.error({ err: error }, 'projection snapshot failed; read models go on'),
      onSnapshot: ({ position, bytes, ms }) => this.logger.log(`snapshot at position ${position}: ${(bytes / 2 ** 20).toFixed(1)} MiB in ${Math.round(ms)} ms`),
      onError: (error, event) => this.logger.error({ err: error, eventId: event.eventId, type: event.type }, 'projection failed on event'),
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    this.keys.close();
  }

  /** Waits until the read models reflect everything the store had acknowledged when called. */
  async caughtUp(): Promise<bigint> {
    await this.runner.waitFor(await this.store.headPosition());
    return this.runner.position;
  }

  get position(): bigint {
    return this.runner.position;
  }

  get<S>(name: string): S {
    return this.runner.state<S>(name);
  }

  /** Read-your-writes: wait (briefly) until the read models reflect `minPosition`. */
  async atLeast(minPosition: bigint | undefined): Promise<void> {
    if (minPosition !== undefined) await this.runner.waitFor(minPosition);
  }

  /** Writes a snapshot now (e.g. after a warm-up filled caches worth keeping); a failure is logged, never thrown. */
  snapshotNow(): void {
    this.runner.requestSnapshot();
  }

  onApplied(listener: (event: DecodedEvent) => void): () => void {
    return this.runner.onApplied(listener);
  }
}
