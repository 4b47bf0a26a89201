/** What a target means: a ratio to the baseline measured in the same run, or a bound on the value. */
export type Target =
  | { readonly kind: 'ratio-at-least'; readonly value: number }
  | { readonly kind: 'at-most'; readonly value: number }
  | { readonly kind: 'at-least'; readonly value: number };

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The same figure for the reference (e.g. raw better-sqlite3), measured in the same run. */
  readonly baseline?: number;
  /** value / baseline. */
  readonly ratio?: number;
  readonly target?: Target;
  readonly note?: string;
}

export interface SuiteContext {
  readonly quick: boolean;
  /** Scratch directory for this suite, deleted after it ran. */
  readonly tmpDir: string;
  progress(message: string): void;
}

export interface Suite {
  /** Stable id, used in results/latest.json. */
  readonly name: string;
  /** Section title in BENCHMARKS.md. */
  readonly title: string;
  /** One paragraph shown under the title: what is compared with what. */
  readonly description: string;
  run(context: SuiteContext): Promise<BenchResult[]>;
}

export function isMet(result: BenchResult): boolean | undefined {
  const { target } = result;
  if (!target) return undefined;
  switch (target.kind) {
    case 'ratio-at-least':
      return result.ratio !== undefined && result.ratio >= target.value;
    case 'at-most':
      return result.value <= target.value;
    case 'at-least':
      return result.value >= target.value;
  }
}

export function withBaseline(result: Omit<BenchResult, 'ratio'> & { baseline: number }): BenchResult {
  return { ...result, ratio: result.value / result.baseline };
}
