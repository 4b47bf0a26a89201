export function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}

/** Peak resident set size seen while sampling, relative to when it was created. */
export class RssPeak {
  private readonly start = process.memoryUsage.rss();
  private peak = this.start;

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  get growthMiB(): number {
    return (this.peak - this.start) / 2 ** 20;
  }

  get peakMiB(): number {
    return this.peak / 2 ** 20;
  }
}

/** Lets pending timers and I/O run between measurements, and collects garbage when allowed. */
export async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Runs a(i) and b(i) for i = 0..slices-1, alternating, and returns each side's total time. */
export async function interleaved(
  slices: number,
  a: (slice: number) => unknown,
  b: (slice: number) => unknown,
): Promise<{ a: number; b: number }> {
  await settle();
  const total = { a: 0, b: 0 };
  for (let i = 0; i < slices; i++) {
    total.a += await time(() => a(i));
    total.b += await time(() => b(i));
  }
  return total;
}

/** Runs both measurements, in alternating order from round to round, each after a settle. */
export async function inTurns(round: number, first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<void> {
  for (const work of round % 2 ? [second, first] : [first, second]) {
    await settle();
    await work();
  }
}

export async function time(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
