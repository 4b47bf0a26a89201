import { SERVICE_BEHAVIOURS, toDay, type MaturityFact } from '../maturity';
import { CHUNK_SIZE, KIND_CODE, type EncodedChunk, type EncodedFacts } from './fact-codec';

/** An Int32Array or Float64Array that grows; one class per element type keeps the stores monomorphic. */
class Ints {
  length = 0;
  data = new Int32Array(CHUNK_SIZE * 6);
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  base64(): string {
    return Buffer.from(this.data.buffer, 0, this.length * 4).toString('base64');
  }
  reset(): void {
    this.length = 0;
  }
}

class Floats {
  length = 0;
  data = new Float64Array(CHUNK_SIZE * 2);
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  base64(): string {
    return Buffer.from(this.data.buffer, 0, this.length * 8).toString('base64');
  }
  reset(): void {
    this.length = 0;
  }
}

// Reused, not reallocated: fresh typed arrays per chunk are external memory, and V8 answers
// external memory growth with full collections of the (large) heap. Encoding is synchronous.
const INTS = new Ints();
const FLOATS = new Floats();

/**
 * Facts in compact form — a prefix of the index's insertion order, in chunks — with the symbol
 * table they share. Chunks, once made, never change: a snapshot reuses them and encodes only the
 * facts added since (interning is the costly part of encoding: one hash lookup per string).
 */
export class FactLog {
  readonly symbols: string[];
  readonly chunks: EncodedChunk[];
  count: number;
  private codes: Map<string, number> | null = null;
  private readonly days = new Map<string, number>();

  constructor(encoded?: EncodedFacts) {
    this.symbols = encoded ? [...encoded.symbols] : [];
    this.chunks = encoded ? [...encoded.chunks] : [];
    this.count = this.chunks.reduce((n, chunk) => n + chunk.count, 0);
  }

  /** Encodes facts as one chunk, interning their strings; the chunk is not added to the log. */
  encode(facts: readonly MaturityFact[]): EncodedChunk {
    INTS.reset();
    FLOATS.reset();
    const ids: string[] = new Array(facts.length);
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i];
      if (fact.id.includes('\n')) throw new Error('An event id holds a newline: cannot encode it');
      ids[i] = fact.id;
      INTS.push(KIND_CODE.get(fact.kind) as number);
      INTS.push(this.day(fact.date));
      FLOATS.push(Number(fact.position));
      FLOATS.push(Date.parse(fact.recordedAt));
      encodeData(fact, this);
    }
    return { count: facts.length, ints: INTS.base64(), floats: FLOATS.base64(), ids: ids.join('\n') };
  }

  append(chunk: EncodedChunk): void {
    this.chunks.push(chunk);
    this.count += chunk.count;
  }

  /** The log, plus a last chunk not kept in it. */
  encoded(extra: EncodedChunk | null): EncodedFacts {
    return { symbols: this.symbols, chunks: extra === null ? this.chunks : [...this.chunks, extra] };
  }

  int(value: number): void {
    INTS.push(value);
  }
  float(value: number): void {
    FLOATS.push(value);
  }
  sym(value: string): void {
    if (this.codes === null) this.codes = new Map(this.symbols.map((symbol, code) => [symbol, code]));
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.symbols.length;
      this.symbols.push(value);
      this.codes.set(value, code);
    }
    INTS.push(code);
  }
  symOrNull(value: string | null): void {
    if (value === null) INTS.push(-1);
    else this.sym(value);
  }
  list(values: readonly string[]): void {
    INTS.push(values.length);
    for (const value of values) this.sym(value);
  }

  private day(date: string): number {
    let day = this.days.get(date);
    if (day === undefined) this.days.set(date, (day = toDay(date)));
    return day;
  }
}

/** Encodes facts in the order given, in chunks of CHUNK_SIZE. */
export function encodeFacts(facts: Iterable<MaturityFact>): EncodedFacts {
  const log = new FactLog();
  let batch: MaturityFact[] = [];
  for (const fact of facts) {
    batch.push(fact);
    if (batch.length === CHUNK_SIZE) {
      log.append(log.encode(batch));
      batch = [];
    }
  }
  if (batch.length > 0) log.append(log.encode(batch));
  return log.encoded(null);
}

function encodeData(fact: MaturityFact, e: FactLog): void {
  switch (fact.kind) {
    case 'mission-set':
    case 'vision-set':
      return;
    case 'guiding-principle-defined':
      return e.sym(fact.data.principleId);
    case 'core-value-defined':
    case 'core-value-retired':
      return e.sym(fact.data.valueId);
    case 'service-policy-published':
      return e.float(fact.data.version);
    case 'service-standard-set':
      e.sym(fact.data.channel);
      e.sym(fact.data.metric);
      return e.float(fact.data.target);
    case 'course-defined':
      e.sym(fact.data.courseId);
      e.sym(fact.data.process);
      return e.sym(fact.data.audience);
    case 'person-enrolled':
      e.sym(fact.data.personId);
      e.sym(fact.data.teamId);
      e.sym(fact.data.role);
      return e.symOrNull(fact.data.profileId);
    case 'person-moved-team':
      e.sym(fact.data.personId);
      e.sym(fact.data.teamId);
      return e.symOrNull(fact.data.role);
    case 'team-role-changed':
      e.sym(fact.data.personId);
      return e.sym(fact.data.role);
    case 'job-profile-changed':
      e.sym(fact.data.personId);
      return e.symOrNull(fact.data.profileId);
    case 'person-left':
    case 'life-plan-conversation-held':
      return e.sym(fact.data.personId);
    case 'workshop-held':
      e.sym(fact.data.teamId);
      e.sym(fact.data.workshopKind);
      return e.list(fact.data.attendeeIds);
    case 'coaching-session-held':
      e.sym(fact.data.teamId);
      return e.list(fact.data.coacheeIds);
    case 'alignment-assessed':
      e.sym(fact.data.personId);
      return e.sym(fact.data.result);
    case 'training-completed':
      e.sym(fact.data.personId);
      return e.sym(fact.data.courseId);
    case 'policy-acknowledged':
      e.sym(fact.data.personId);
      return e.float(fact.data.version);
    case 'roadmap-item-planned':
      e.sym(fact.data.itemId);
      e.sym(fact.data.teamId);
      return e.sym(fact.data.process);
    case 'roadmap-item-cancelled':
      return e.sym(fact.data.itemId);
    case 'survey-result-recorded':
      e.sym(fact.data.teamId);
      e.sym(fact.data.survey);
      e.int(fact.data.responses);
      return e.float(fact.data.score);
    case 'mystery-shop-recorded':
      e.sym(fact.data.teamId);
      for (const behaviour of SERVICE_BEHAVIOURS) e.float(fact.data.scores[behaviour]);
      return;
    case 'kpi-measured':
      e.sym(fact.data.teamId);
      e.sym(fact.data.channel);
      e.sym(fact.data.metric);
      return e.float(fact.data.value);
    case 'csat-recorded':
      e.sym(fact.data.teamId);
      e.int(fact.data.responses);
      return e.float(fact.data.score);
    case 'fact-retracted':
      return e.sym(fact.data.retractedFactId);
    default: {
      const unhandled: never = fact;
      throw new TypeError(`Unknown maturity fact ${(unhandled as MaturityFact).kind}`);
    }
  }
}
