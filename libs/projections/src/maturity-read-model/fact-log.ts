import { addFact, createMaturityIndex, SERVICE_BEHAVIOURS, type MaturityFact, type MaturityIndex } from '../maturity';
import type { Entry } from '../maturity/index/entry';
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
}

/**
 * Every fact of the index, in the order it was added (the order of `byId`), in chunks. The
 * index is the only copy of the facts in memory; a snapshot encodes it in one pass: its strings are
 * interned already, so a symbol is one lookup of a string whose hash is cached.
 */
export function encodeIndex(index: MaturityIndex): EncodedFacts {
  const encoder = new ChunkEncoder(index);
  const chunks: EncodedChunk[] = [];
  for (const entry of index.byId.values()) {
    encoder.add(entry);
    if (encoder.count === CHUNK_SIZE) chunks.push(encoder.take());
  }
  if (encoder.count > 0) chunks.push(encoder.take());
  return { symbols: [...index.symbols], chunks };
}

/** Facts in the order given (duplicates dropped), encoded: what an index of them snapshots to. */
export function encodeFacts(facts: Iterable<MaturityFact>): EncodedFacts {
  const index = createMaturityIndex();
  for (const fact of facts) addFact(index, fact);
  return encodeIndex(index);
}

class ChunkEncoder {
  private readonly ints = new Ints();
  private readonly floats = new Floats();
  private ids: string[] = [];
  count = 0;

  constructor(private readonly index: MaturityIndex) {}

  add(entry: Entry): void {
    if (entry.id.includes('\n')) throw new Error('An event id holds a newline: cannot encode it');
    this.ids.push(entry.id);
    this.ints.push(KIND_CODE.get(entry.kind) as number);
    this.ints.push(entry.day);
    this.floats.push(entry.position);
    this.floats.push(entry.recordedMs);
    encodeData(entry, this);
    this.count++;
  }

  /** The chunk so far, copied out of the scratch arrays; the encoder starts a new one. */
  take(): EncodedChunk {
    const chunk = {
      count: this.count,
      ints: this.ints.data.slice(0, this.ints.length),
      floats: this.floats.data.slice(0, this.floats.length),
      ids: this.ids.join('\n'),
    };
    this.ints.length = 0;
    this.floats.length = 0;
    this.ids = [];
    this.count = 0;
    return chunk;
  }

  int(value: number): void {
    this.ints.push(value);
  }
  float(value: number): void {
    this.floats.push(value);
  }
  sym(value: string): void {
    const code = this.index.codes.get(value);
    if (code === undefined) throw new Error(`A fact's string is not interned in its index: ${value}`);
    this.ints.push(code);
  }
  symOrNull(value: string | null): void {
    if (value === null) this.ints.push(-1);
    else this.sym(value);
  }
  list(values: readonly string[]): void {
    this.ints.push(values.length);
    for (const value of values) this.sym(value);
  }
}

function encodeData(fact: Entry, e: ChunkEncoder): void {
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
      throw new TypeError(`Unknown maturity fact ${(unhandled as Entry).kind}`);
    }
  }
}
