import type { RecordedEvent } from '@norte/event-store';

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

export const ids = (events: readonly { id: string }[]): string[] => events.map((e) => e.id);
export const positions = (events: readonly RecordedEvent[]): bigint[] => events.map((e) => e.position);
export const strictlyIncreasing = (values: readonly bigint[]): boolean => values.every((v, i) => i === 0 || v > values[i - 1]!);
