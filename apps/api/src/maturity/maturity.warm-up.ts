import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@norte/event-store';
import { factCount, MATURITY_READ_MODEL, todayIn, warmUp, type MaturityReadModel } from '@norte/projections';
import { CLOCK, type Clock } from '../platform/clock';
import { ReadModels } from '../platform/read-models';
import { EVENT_STORE } from '../platform/tokens';

/** Facts and teams per step: about 100 ms of work, so queries interleave with the warm-up. */
const FACTS_PER_STEP = 20_000;
const TEAMS_PER_STEP = 50;

/**
 * After a restart from a snapshot the maturity index is complete at once (typed-array columns);
 * the level caches restored with it serve heatmaps. Once the read models have caught up with the
 * log, this fills the current model's level cache for teams it does not cover yet, in small steps
 * off the request path, so the first team page does not pay for it.
 */
@Injectable()
export class MaturityWarmUp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaturityWarmUp.name);
  private timer: NodeJS.Immediate | undefined;
  private stopped = false;

  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setImmediate(() => void this.run());
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearImmediate(this.timer);
  }

  private async run(): Promise<void> {
    try {
      // Warming up while catching up would compute timelines the next facts invalidate.
      while (!this.stopped && this.readModels.position < (await this.store.headPosition())) await this.readModels.caughtUp();
      const started = Date.now();
      let cold: boolean | undefined;
      const step = () => {
        if (this.stopped) return;
        try {
          const state = this.readModels.get<MaturityReadModel>(MATURITY_READ_MODEL);
          const today = todayIn(state, this.clock.now().toISOString());
          cold ??= !warmUp(state, today, 0, 0);
          if (!warmUp(state, today, FACTS_PER_STEP, TEAMS_PER_STEP)) {
            this.timer = setImmediate(step);
            return;
          }
          this.logger.log({ ms: Date.now() - started, facts: factCount(state.index) }, 'maturity read model warm');
          // The level caches just computed go into a snapshot, so the next start is warm at once.
          if (cold) this.readModels.snapshotNow();
        } catch (error) {
          this.failed(error);
        }
      };
      step();
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (!this.stopped) this.logger.warn({ err: error }, 'maturity warm-up stopped; queries complete the read model on demand');
  }
}
