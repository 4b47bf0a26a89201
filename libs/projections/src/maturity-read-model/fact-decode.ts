import {
  createMaturityIndex,
  fromDay,
  internAll,
  SERVICE_BEHAVIOURS,
  type Entry,
  type FactKind,
  type MaturityFact,
  type ServiceBehaviour,
} from '../maturity';
import { KINDS, type EncodedChunk, type EncodedFacts } from './fact-codec';

/**
 * The entries of one chunk, in the order they were encoded, ready for the engine's `addEntry`.
 * `symbols` must be the index's own table (`internAll` with the snapshot's symbols), so the
 * entries' strings are the index's interned ones.
 */
export function decodeChunk(symbols: readonly string[], chunk: EncodedChunk): Entry[] {
  const { ints, floats } = chunk;
  const ids = chunk.count === 0 ? [] : chunk.ids.split('\n');
  const cursor = { a: 0, b: 0 };
  const out: Entry[] = new Array(chunk.count);
  for (let k = 0; k < chunk.count; k++) {
    const kind = KINDS[ints[cursor.a++]];
    const day = ints[cursor.a++];
    const position = floats[cursor.b++];
    const recordedMs = floats[cursor.b++];
    const data = decodeData(kind, ints, floats, symbols, cursor);
    // The same literal shape as the engine's insertFact: one hidden class for every entry.
    out[k] = { id: ids[k], kind, day, position, recordedMs, retractedBy: undefined, data } as unknown as Entry;
  }
  return out;
}

/** Every fact of the encoded form as the engine's input, in the order they were encoded. */
export function* decodeFacts(encoded: EncodedFacts): Generator<MaturityFact> {
  const index = createMaturityIndex();
  internAll(index, encoded.symbols);
  const instants = new InstantFormatter();
  for (const chunk of encoded.chunks) {
    for (const entry of decodeChunk(index.symbols, chunk)) {
      const { id, kind, data } = entry;
      yield { id, position: BigInt(entry.position), date: fromDay(entry.day), recordedAt: instants.format(entry.recordedMs), kind, data } as MaturityFact;
    }
  }
}

interface Cursor {
  a: number;
  b: number;
}

function decodeData(kind: FactKind, ints: Int32Array, floats: Float64Array, symbols: readonly string[], at: Cursor): unknown {
  const s = () => symbols[ints[at.a++]];
  const sOrNull = () => {
    const code = ints[at.a++];
    return code === -1 ? null : symbols[code];
  };
  const list = () => {
    const length = ints[at.a++];
    const out: string[] = new Array(length);
    for (let j = 0; j < length; j++) out[j] = symbols[ints[at.a++]];
    return out;
  };
  switch (kind) {
    case 'mission-set':
    case 'vision-set':
      return {};
    case 'guiding-principle-defined':
      return { principleId: s() };
    case 'core-value-defined':
    case 'core-value-retired':
      return { valueId: s() };
    case 'service-policy-published':
      return { version: floats[at.b++] };
    case 'service-standard-set':
      return { channel: s(), metric: s(), target: floats[at.b++] };
    case 'course-defined':
      return { courseId: s(), process: s(), audience: s() };
    case 'person-enrolled':
      return { personId: s(), teamId: s(), role: s(), profileId: sOrNull() };
    case 'person-moved-team':
      return { personId: s(), teamId: s(), role: sOrNull() };
    case 'team-role-changed':
      return { personId: s(), role: s() };
    case 'job-profile-changed':
      return { personId: s(), profileId: sOrNull() };
    case 'person-left':
    case 'life-plan-conversation-held':
      return { personId: s() };
    case 'workshop-held':
      return { teamId: s(), workshopKind: s(), attendeeIds: list() };
    case 'coaching-session-held':
      return { teamId: s(), coacheeIds: list() };
    case 'alignment-assessed':
      return { personId: s(), result: s() };
    case 'training-completed':
      return { personId: s(), courseId: s() };
    case 'policy-acknowledged':
      return { personId: s(), version: floats[at.b++] };
    case 'roadmap-item-planned':
      return { itemId: s(), teamId: s(), process: s() };
    case 'roadmap-item-cancelled':
      return { itemId: s() };
    case 'survey-result-recorded':
      return { teamId: s(), survey: s(), responses: ints[at.a++], score: floats[at.b++] };
    case 'mystery-shop-recorded': {
      const teamId = s();
      const scores = {} as Record<ServiceBehaviour, number>;
      for (const behaviour of SERVICE_BEHAVIOURS) scores[behaviour] = floats[at.b++];
      return { teamId, scores };
    }
    case 'kpi-measured':
      return { teamId: s(), channel: s(), metric: s(), value: floats[at.b++] };
    case 'csat-recorded':
      return { teamId: s(), responses: ints[at.a++], score: floats[at.b++] };
    case 'fact-retracted':
      return { retractedFactId: s() };
    default: {
      const unhandled: never = kind;
      throw new TypeError(`Unknown maturity fact kind ${String(unhandled)}`);
    }
  }
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** ISO instants from milliseconds, the date and hour cached: toISOString per fact is the slow part of a restore. */
class InstantFormatter {
  private hour = Number.NaN;
  private prefix = '';
  format(ms: number): string {
    if (!(ms >= 0 && ms < 253_402_300_800_000)) return new Date(ms).toISOString(); // years 0000–9999 only
    const hour = Math.floor(ms / 3_600_000);
    if (hour !== this.hour) {
      this.hour = hour;
      this.prefix = new Date(hour * 3_600_000).toISOString().slice(0, 14);
    }
    const inHour = ms - hour * 3_600_000;
    if (!Number.isInteger(inHour)) return new Date(ms).toISOString();
    const minute = Math.floor(inHour / 60_000);
    const second = Math.floor((inHour % 60_000) / 1000);
    return `${this.prefix}${TWO[minute]}:${TWO[second]}.${THREE[inHour % 1000]}Z`;
  }
}
