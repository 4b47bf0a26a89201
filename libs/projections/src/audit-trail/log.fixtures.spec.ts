import { deserialize, serialize } from 'node:v8';
import type { EventMetadata } from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';

export interface AppendOptions {
  readonly id?: string;
  /** Business time: an instant, or a date meaning noon UTC. */
  readonly at?: string;
  readonly recordedAt?: string;
}

const instant = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00.000Z` : at);

/** A lowercase canonical UUID made from a label (FNV-1a, four ways): the kind of id the API derives. */
export function uuidOf(label: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16).padStart(8, '0');
  });
  return `${words[0]}-${words[1].slice(0, 4)}-${words[1].slice(4)}-${words[2].slice(0, 4)}-${words[2].slice(4)}${words[3]}`;
}

/**
 * A log of decoded events for projection specs: global positions 1, 2, …, per-stream revisions,
 * ids 'e1', 'e2', … unless given (UUIDs made from those with `uuidIds`), and business time one
 * minute apart from 2025-01-01 unless given.
 */
export function eventLog({ uuidIds = false }: { readonly uuidIds?: boolean } = {}) {
  const events: DecodedEvent[] = [];
  const revisions = new Map<string, bigint>();
  let position = 0n;

  function append(streamId: string, type: string, data: Record<string, unknown>, options: AppendOptions = {}): DecodedEvent {
    position += 1n;
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    const eventId = options.id ?? (uuidIds ? uuidOf(`e${position}`) : `e${position}`);
    const occurredAt = options.at ? instant(options.at) : new Date(Date.UTC(2025, 0, 1, 12) + Number(position) * 60_000).toISOString();
    const recordedAt = options.recordedAt ?? occurredAt;
    const metadata: EventMetadata = {
      commandId: `cmd-${eventId}`,
      actor: { userId: 'user-1', role: 'hr' },
      source: 'ui',
      correlationId: `cor-${eventId}`,
      causationId: `cau-${eventId}`,
      occurredAt,
      recordedAt,
      commandHash: 'hash',
      schemaVersion: 1,
    };
    const event: DecodedEvent = { type, data, eventId, occurredAt, recordedAt, streamId, revision, position, metadata };
    events.push(event);
    return event;
  }

  return {
    events,
    append,
    org: (type: string, data: Record<string, unknown>, o?: AppendOptions) => append('organisation-org', type, data, o),
    team: (teamId: string, type: string, data: Record<string, unknown>, o?: AppendOptions) => append(`team-${teamId}`, type, { teamId, ...data }, o),
    person: (personId: string, type: string, data: Record<string, unknown>, o?: AppendOptions) => append(`person-${personId}`, type, { personId, ...data }, o),
    /** Retracts a fact (or a retraction) in its own stream. */
    retract: (fact: DecodedEvent, o?: AppendOptions) =>
      append(fact.streamId, 'FactRetracted', { factId: fact.eventId, factType: fact.type, reason: `Correcting ${fact.eventId}` }, o),
  };
}

/** Where snapshot specs take their snapshot: after the first events, after every `step`-th one, and at the end. */
export function splits(length: number, step: number): number[] {
  const at = new Set([0, 1, 2, length].filter((split) => split <= length));
  for (let split = 3; split < length; split += step) at.add(split);
  return [...at].sort((a, b) => a - b);
}

/** Folds events the way the runner does: only the types the projection handles. */
export function fold<S>(projection: Projection<S>, events: readonly DecodedEvent[], state: S = projection.init()): S {
  return events.filter((e) => projection.canHandle.includes(e.type)).reduce((s, e) => projection.evolve(s, e), state);
}

/** The snapshot's bytes as they are written to disk (`v8.serialize`). */
export function snapshotBytes<S>(projection: Projection<S>, state: S): Buffer {
  return serialize(projection.toSnapshot ? projection.toSnapshot(state) : state);
}

/** The snapshot's bytes as text, to look for strings in: v8 writes strings as Latin-1 or UTF-16. */
export function snapshotText<S>(projection: Projection<S>, state: S): string {
  const bytes = snapshotBytes(projection, state);
  return `${bytes.toString('latin1')}\n${bytes.toString('utf16le')}`;
}

/** Folds the first `split` events, goes through a snapshot on "disk" (structured clone), then catches up on the rest. */
export function foldThroughSnapshot<S>(projection: Projection<S>, events: readonly DecodedEvent[], split: number): S {
  const saved = deserialize(snapshotBytes(projection, fold(projection, events.slice(0, split))));
  const restored = projection.fromSnapshot ? projection.fromSnapshot(saved) : (saved as S);
  return fold(projection, events.slice(split), restored);
}
