import { fromDay, SERVICE_BEHAVIOURS, type FactKind, type MaturityFact, type ServiceBehaviour } from '../maturity';
import { KINDS, type EncodedChunk, type EncodedFacts } from './fact-codec';

/** The facts of one chunk, in the order they were encoded. */
export function decodeChunk(symbols: readonly string[], chunk: EncodedChunk): MaturityFact[] {
  const dates = new Map<number, string>();
  const instants = new InstantFormatter();
  const ints = typed(chunk.ints, Int32Array, INT_SCRATCH);
  const floats = typed(chunk.floats, Float64Array, FLOAT_SCRATCH);
  const ids = chunk.count === 0 ? [] : chunk.ids.split('\n');
  const cursor = { a: 0, b: 0 };
  const out: MaturityFact[] = new Array(chunk.count);
  for (let k = 0; k < chunk.count; k++) {
    const kind = KINDS[ints[cursor.a++]];
    const day = ints[cursor.a++];
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = fromDay(day)));
    const position = BigInt(floats[cursor.b++]);
    const recordedAt = instants.format(floats[cursor.b++]);
    const data = decodeData(kind, ints, floats, symbols, cursor);
    out[k] = { id: ids[k], position, date, recordedAt, kind, data } as MaturityFact;
  }
  return out;
}

/** Every fact of the encoded form, in the order they were encoded. */
export function* decodeFacts(encoded: EncodedFacts): Generator<MaturityFact> {
  for (const chunk of encoded.chunks) yield* decodeChunk(encoded.symbols, chunk);
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

/**
 * A typed array over base64 bytes, decoded into a scratch buffer reused from chunk to chunk (for the
 * same reason the encoder reuses its arrays). Valid until the next call with the same scratch.
 */
function typed<A extends Int32Array | Float64Array>(
  base64: string,
  type: { new (buffer: ArrayBufferLike, offset: number, length: number): A; BYTES_PER_ELEMENT: number },
  scratch: { buffer: Buffer },
): A {
  const bytes = Math.floor((base64.length * 3) / 4);
  if (scratch.buffer.byteLength < bytes) scratch.buffer = Buffer.allocUnsafeSlow(Math.max(bytes, scratch.buffer.byteLength * 2));
  const written = scratch.buffer.write(base64, 0, 'base64');
  return new type(scratch.buffer.buffer, scratch.buffer.byteOffset, written / type.BYTES_PER_ELEMENT);
}

const INT_SCRATCH = { buffer: Buffer.allocUnsafeSlow(0) };
const FLOAT_SCRATCH = { buffer: Buffer.allocUnsafeSlow(0) };
