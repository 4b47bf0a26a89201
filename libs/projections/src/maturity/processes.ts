/** The seven processes of the program (PRODUCT.md §2). Ids are stable; labels live in the UI. */
export const PROCESS_IDS = [
  'true-north',
  'life-purpose',
  'alignment',
  'leadership',
  'service-excellence',
  'service-model',
  'emotional-connection',
] as const;

export type ProcessId = (typeof PROCESS_IDS)[number];

export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  0: 'not-started',
  1: 'planned',
  2: 'established',
  3: 'deployed',
  4: 'measured',
  5: 'sustained',
};

export function isProcessId(value: string): value is ProcessId {
  return (PROCESS_IDS as readonly string[]).includes(value);
}
