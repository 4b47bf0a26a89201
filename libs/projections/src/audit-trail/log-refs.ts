import { append, column, get, set, type Column } from '../shared/columns';
import { parseUuid } from '../shared/uuid';
import { addOther, addWords, codeOf, findOther, findWords, idOf, isOther, keyTable, parseUuidAt, probe, type KeyTable } from '../shared/key-table';

/**
 * Compact references into the log, for read models that point at events instead of copying them:
 * the API reads the events themselves from the store by (stream, revision).
 *
 * Global positions are kept as JS numbers (float64), exact up to 2^53. SQLite positions are row ids
 * and KurrentDB positions are commit positions (byte offsets in the transaction log): both stay far
 * below 2^53 (8 PiB of log) in practice. The port's positions are bigint; they are converted here.
 */

/**
 * Ids interned as small ints (stream ids, person ids): a read model holds the int per event. An id
 * is a prefix (`team-`, `person-`, none) and a UUID, kept as the prefix's code and four words in a
 * key table (key-table.ts), so a snapshot restores without building strings or a Map; other ids
 * are kept whole, as strings.
 */
export interface Names {
  readonly keys: KeyTable;
  /** What comes before the UUID in the ids, by code. */
  readonly prefixes: string[];
}

export const names = (): Names => ({ keys: keyTable(), prefixes: [] });

/** The code of the id's prefix with its UUID in `probe`; -1 for an id that is no prefixed UUID, -2 for a new prefix. */
function prefixCode(table: Names, id: string): number {
  const from = id.length - 36;
  if (from < 0) return -1;
  const { prefixes } = table;
  for (let code = 0; code < prefixes.length; code++) {
    const prefix = prefixes[code];
    if (prefix.length === from && id.startsWith(prefix)) return parseUuidAt(id, from, probe) ? code : -1;
  }
  return parseUuidAt(id, from, probe) ? -2 : -1;
}

export function intern(table: Names, id: string): number {
  let code = prefixCode(table, id);
  if (code === -1) return addOther(table.keys, 0, id);
  if (code === -2) code = table.prefixes.push(id.slice(0, id.length - 36)) - 1;
  return addWords(table.keys, code, probe);
}

/** The id's number, or undefined for an id never interned. */
export function indexOf(table: Names, id: string): number | undefined {
  const code = prefixCode(table, id);
  const index = code === -1 ? findOther(table.keys, 0, id) : code === -2 ? -1 : findWords(table.keys, code, probe);
  return index < 0 ? undefined : index;
}

/** The id interned as `index`. */
export const nameOf = (table: Names, index: number): string => (isOther(table.keys, index) ? idOf(table.keys, index) : table.prefixes[codeOf(table.keys, index)] + idOf(table.keys, index));

/** How many ids are interned. */
export const nameCount = (table: Names): number => table.keys.count;

const scratch = new Uint32Array(4);

/** The 128 bits of a lowercase canonical UUID as four words, or null for any other id. */
export function uuidWords(id: string): [number, number, number, number] | null {
  return parseUuid(id, scratch) ? [scratch[0]!, scratch[1]!, scratch[2]!, scratch[3]!] : null;
}

/** Where one event lies in the log. */
export interface LogRef {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
}

/**
 * Event ids of things a read model keeps, by their index: 16 bytes per UUID (every id the API
 * derives), a Map for any other id. A retraction names its target by id; this finds it.
 */
export interface EventIds {
  /** Four words per index; zeros for an id kept in `others`. */
  readonly words: Column<'uint32'>;
  readonly others: Map<string, number>;
}

export const eventIds = (): EventIds => ({ words: column('uint32'), others: new Map() });

/** Keeps the id of the thing at `index` (the next index: ids are appended in order). */
export function addId(ids: EventIds, index: number, eventId: string): void {
  const words = uuidWords(eventId);
  if (words === null) ids.others.set(eventId, index);
  for (const word of words ?? [0, 0, 0, 0]) append(ids.words, word);
}

/** A matcher for one id: does the thing at an index have it? */
export function idMatcher(ids: EventIds, eventId: string): (index: number) => boolean {
  const words = uuidWords(eventId);
  if (words === null) {
    const index = ids.others.get(eventId);
    return (candidate) => candidate === index;
  }
  // Things with other ids hold zero words: only the nil UUID could be mistaken for them.
  const nil = words.every((w) => w === 0);
  return (index) => {
    const at = index * 4;
    const same = get(ids.words, at) === words[0] && get(ids.words, at + 1) === words[1] && get(ids.words, at + 2) === words[2] && get(ids.words, at + 3) === words[3];
    return same && !(nil && [...ids.others.values()].includes(index));
  };
}

/**
 * Events of the log a read model points at, in the order it added them (global order), with their
 * ids, so that a retraction, which names its target by id, finds it.
 */
export interface LogRefs {
  readonly streams: Names;
  readonly position: Column<'float64'>;
  readonly stream: Column<'int32'>;
  readonly revision: Column<'uint32'>;
  readonly ids: EventIds;
  /** The previous ref of the same stream, -1 for its first. */
  readonly previousInStream: Column<'int32'>;
  /** The last ref of each stream, by stream index; -1 for none. */
  readonly lastOfStream: Column<'int32'>;
}

export const logRefs = (): LogRefs => ({
  streams: names(),
  position: column('float64'),
  stream: column('int32'),
  revision: column('uint32'),
  ids: eventIds(),
  previousInStream: column('int32'),
  lastOfStream: column('int32'),
});

export const refCount = (refs: LogRefs): number => refs.position.length;

/** Interns a stream, so that per-stream columns (lastOfStream) cover it. */
export function streamIndex(refs: LogRefs, streamId: string): number {
  const stream = intern(refs.streams, streamId);
  if (stream === refs.lastOfStream.length) append(refs.lastOfStream, -1);
  return stream;
}

/** Adds a ref to an event and returns its index; pass the stream's index when known (interning costs a hash lookup). */
export function addRef(
  refs: LogRefs,
  event: { readonly eventId: string; readonly streamId: string; readonly revision: bigint; readonly position: bigint },
  stream = streamIndex(refs, event.streamId),
): number {
  const index = append(refs.position, Number(event.position));
  append(refs.stream, stream);
  append(refs.revision, Number(event.revision));
  addId(refs.ids, index, event.eventId);
  append(refs.previousInStream, get(refs.lastOfStream, stream));
  set(refs.lastOfStream, stream, index);
  return index;
}

/**
 * The ref of an event of a stream, by id; -1 when the read model does not point at it. Walks the
 * stream's refs back from the newest: retractions target facts of their own stream, and streams are small.
 */
export function findInStream(refs: LogRefs, streamId: string, eventId: string): number {
  const stream = indexOf(refs.streams, streamId);
  if (stream === undefined) return -1;
  const matches = idMatcher(refs.ids, eventId);
  for (let index = get(refs.lastOfStream, stream); index >= 0; index = get(refs.previousInStream, index)) if (matches(index)) return index;
  return -1;
}

export const positionOf = (refs: LogRefs, index: number): number => get(refs.position, index);

export const refAt = (refs: LogRefs, index: number): LogRef => ({
  streamId: nameOf(refs.streams, get(refs.stream, index)),
  revision: BigInt(get(refs.revision, index)),
  position: BigInt(get(refs.position, index)),
});
