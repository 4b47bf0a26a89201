/**
 * Tells live subscriptions that the log may have grown. Two sources:
 * - notify(), called by this store right after its own commits (low local latency);
 * - a poll of `PRAGMA data_version`, which changes when ANOTHER connection (another process, or
 *   another store on the same file) commits. It costs one tiny query per interval, and runs only
 *   while someone is listening.
 */
export class ChangeFeed {
  private readonly listeners = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private lastVersion = 0;

  constructor(
    private readonly dataVersion: () => number,
    private readonly pollIntervalMs: number,
  ) {}

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private start(): void {
    this.lastVersion = this.dataVersion();
    this.timer = setInterval(() => this.poll(), this.pollIntervalMs);
  }

  private poll(): void {
    const version = this.dataVersion();
    if (version === this.lastVersion) return;
    this.lastVersion = version;
    this.notify();
  }
}
