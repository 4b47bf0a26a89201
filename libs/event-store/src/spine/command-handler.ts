import { createHash } from 'node:crypto';
import { StreamNotFoundError, WrongExpectedVersionError } from '../errors';
import type { EventStore, ExpectedRevision } from '../port';
import type { CommandMeta } from '@norte/domain';
import type { DecodedEvent } from '@norte/projections';
import type { EventCodec } from './codec';

/** Structural twin of the domain's Decider, so this library does not depend on the domain. */
export interface DeciderLike<C, E extends { type: string; data: unknown }, S> {
  decide(command: C, state: S): readonly E[];
  /** The whole stream's state at once (equal to reducing evolve): how a command loads its stream. */
  fold(events: readonly (E & { occurredAt: string; eventId: string })[]): S;
}

export interface CommandResult {
  readonly streamId: string;
  /** Revision of the stream's last event, or -1n when the stream is still empty. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the command's last event (or of the stream's head for a no-op). */
  readonly position: bigint;
  /** False when the command id had already been handled and this is its original result. */
  readonly created: boolean;
  /** Ids of the events the command recorded (the facts to name in a later retraction). */
  readonly eventIds: readonly string[];
}

/** Raised when a command id is reused for a different command. */
export class CommandIdReusedError extends Error {
  readonly code = 'COMMAND_ID_REUSED' as const;
  constructor(readonly commandId: string) {
    super(`Command id ${commandId} was already used for a different command`);
    this.name = 'CommandIdReusedError';
  }
}

export interface HandleOptions {
  /** Attempts on a concurrency conflict before giving up (re-reading the stream each time). */
  readonly maxAttempts?: number;
  /** Extra metadata, e.g. the read-model position a cross-stream rule was checked at. */
  readonly checkedAtPosition?: bigint;
}

export const commandHash = (type: string, data: unknown): string =>
  createHash('sha256').update(type).update('\0').update(JSON.stringify(data)).digest('base64url');

/** A deterministic UUID (version 5 layout) from a command id and a purpose. */
export function derivedId(commandId: string, purpose: string): string {
  const h = createHash('sha256').update(`${commandId}:${purpose}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** A deterministic event id per command and index, so a blind retry of an append dedupes in the store. */
export const eventIdFor = (commandId: string, index: number): string => derivedId(commandId, String(index));

interface Loaded<S> {
  readonly state: S;
  readonly expected: ExpectedRevision;
  readonly revision: bigint;
  readonly position: bigint;
  /** Events already stored for this command id. */
  readonly previous: readonly DecodedEvent[];
}

async function load<C, E extends { type: string; data: unknown }, S>(
  store: EventStore,
  codec: EventCodec,
  decider: DeciderLike<C, E, S>,
  streamId: string,
  commandId: string,
): Promise<Loaded<S>> {
  const events: (E & { occurredAt: string; eventId: string })[] = [];
  let revision = -1n;
  let position = 0n;
  const previous: DecodedEvent[] = [];
  try {
    for await (const recorded of store.readStream(streamId)) {
      const event = codec.decode(recorded);
      events.push(event as unknown as E & { occurredAt: string; eventId: string });
      revision = event.revision;
      position = event.position;
      if (event.metadata.commandId === commandId) previous.push(event);
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { state: decider.fold(events), expected: revision < 0n ? 'no_stream' : revision, revision, position, previous };
}

/**
 * The one generic command handler: read the stream, fold, decide, append with the expected
 * revision; on a concurrent write, start again (bounded). A command id already in the stream
 * returns its original result — after a restart too, since the ids live in the log.
 */
export async function handleCommand<C extends { type: string; data: unknown }, E extends { type: string; data: unknown }, S>(
  store: EventStore,
  codec: EventCodec,
  decider: DeciderLike<C, E, S>,
  streamId: string,
  command: C,
  meta: CommandMeta,
  options: HandleOptions = {},
): Promise<CommandResult> {
  const hash = commandHash(command.type, command.data);
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const loaded = await load(store, codec, decider, streamId, meta.commandId);
    if (loaded.previous.length > 0) {
      const last = loaded.previous[loaded.previous.length - 1];
      if (last.metadata.commandHash !== hash) throw new CommandIdReusedError(meta.commandId);
      const eventIds = loaded.previous.map((e) => e.eventId);
      return { streamId, nextExpectedRevision: last.revision, position: last.position, created: false, eventIds };
    }
    const events = decider.decide(command, loaded.state);
    if (events.length === 0) {
      return { streamId, nextExpectedRevision: loaded.revision, position: loaded.position, created: false, eventIds: [] };
    }
    const metadata = {
      ...meta,
      commandHash: hash,
      ...(options.checkedAtPosition !== undefined ? { checkedAtPosition: options.checkedAtPosition.toString() } : {}),
    };
    const data = events.map((event, i) => codec.encode(event, eventIdFor(meta.commandId, i), metadata));
    try {
      const result = await store.append(streamId, data, loaded.expected);
      return { streamId, nextExpectedRevision: result.nextExpectedRevision, position: result.position, created: true, eventIds: data.map((e) => e.id) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= maxAttempts) throw error;
    }
  }
}
