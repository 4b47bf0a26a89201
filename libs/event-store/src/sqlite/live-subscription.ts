import type { AllSubscription, RecordedEvent } from '../port';
import type { ChangeFeed } from './change-feed';

/**
 * Catch-up then live subscription to the global log, driven by keyset pages `position > checkpoint`.
 *
 * No gap: SQLite admits one writer at a time and assigns the rowid inside the write transaction,
 * so commit order equals position order and every snapshot a reader sees is a prefix of the log.
 * A position can therefore never become visible after a higher one: reading strictly after the
 * last delivered position misses nothing. No duplicate: the checkpoint only moves forward.
 *
 * When a page comes back empty the subscription sleeps until the change feed signals a commit
 * (local or from another process); `changed` closes the window where a signal arrives between the
 * empty read and the sleep.
 */
export class LiveSubscription implements AllSubscription {
  private closed = false;
  private changed = false;
  private wake: (() => void) | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly readPage: (after: bigint) => RecordedEvent[],
    private readonly feed: ChangeFeed,
    private checkpoint: bigint,
    private readonly onClose: (subscription: LiveSubscription) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.closed) return;
    this.stopListening = this.feed.listen(() => this.signal());
    try {
      while (!this.closed) {
        this.changed = false;
        const page = this.readPage(this.checkpoint);
        for (const event of page) {
          this.checkpoint = event.position;
          yield event;
          if (this.closed) return;
        }
        if (page.length === 0 && !this.changed) await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      await this.close();
    }
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.stopListening?.();
      this.onClose(this);
      this.signal();
    }
    return Promise.resolve();
  }

  private signal(): void {
    this.changed = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
