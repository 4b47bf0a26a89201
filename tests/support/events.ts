import { randomUUID } from 'node:crypto';
import type { AllSubscription, EventData, RecordedEvent } from '@norte/event-store';

/** A small, realistic event: payload plus the metadata the API attaches. */
export function anEvent(type = 'UnitRegistered', data: Record<string, unknown> = {}): EventData {
  const id = randomUUID();
  return {
    id,
    type,
    data: { unitId: randomUUID(), name: 'Platform team', ...data } as EventData['data'],
    metadata: { actor: 'user-1', occurredAt: '2026-11-26T10:00:00.000Z', commandId: randomUUID(), schemaVersion: 1 },
  };
}

export function someEvents(count: number, type?: string): EventData[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { n: i }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export function uniqueStream(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

/**
 * Pulls from a subscription until `done(received)` holds; rejects after `timeoutMs` with what
 * arrived so far, so a gap shows up as a readable failure rather than a hung test. `onEvent` is
 * awaited: a slow consumer (like a projection doing I/O) is simulated by returning a promise.
 */
export async function takeUntil(
  subscription: AllSubscription,
  done: (received: RecordedEvent[]) => boolean,
  options: { timeoutMs?: number; keep?: (e: RecordedEvent) => boolean; onEvent?: (e: RecordedEvent, received: readonly RecordedEvent[]) => unknown } = {},
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const { timeoutMs = 10_000, keep = () => true, onEvent } = options;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void subscription.close();
      reject(new Error(`subscription timed out after ${timeoutMs} ms with ${received.length} events`));
    }, timeoutMs);
  });
  const consume = (async () => {
    if (done(received)) return received;
    for await (const event of subscription) {
      if (!keep(event)) continue;
      received.push(event);
      await onEvent?.(event, received);
      if (done(received)) break;
    }
    return received;
  })();
  try {
    return await Promise.race([consume, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
