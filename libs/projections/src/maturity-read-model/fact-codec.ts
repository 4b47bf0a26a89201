import type { FactKind } from '../maturity';

/**
 * The engine's index in compact, structured-cloneable form for snapshots: per chunk of facts, the
 * integers (kind, day, symbol codes, counts) and the floats (position, recordedAt in ms, scores) as
 * typed arrays, and the event ids joined by newlines; one symbol table (the index's interned
 * strings: team, person, course, item ids, vocabulary). Ids only: no personal data. Encoding
 * (fact-log.ts) and decoding (fact-decode.ts) are one linear pass over the facts.
 */
export interface EncodedFacts {
  readonly symbols: readonly string[];
  readonly chunks: readonly EncodedChunk[];
}

export interface EncodedChunk {
  readonly count: number;
  readonly ints: Int32Array;
  readonly floats: Float64Array;
  readonly ids: string;
}

/** Facts per chunk: a lazy restore decodes one chunk at a time. */
export const CHUNK_SIZE = 65_536;

export const KINDS: readonly FactKind[] = [
  'mission-set', 'vision-set', 'guiding-principle-defined', 'core-value-defined', 'core-value-retired',
  'service-policy-published', 'service-standard-set', 'course-defined', 'person-enrolled', 'person-moved-team',
  'team-role-changed', 'job-profile-changed', 'person-left', 'workshop-held', 'coaching-session-held',
  'life-plan-conversation-held', 'alignment-assessed', 'training-completed', 'policy-acknowledged',
  'roadmap-item-planned', 'roadmap-item-cancelled', 'survey-result-recorded', 'mystery-shop-recorded', 'kpi-measured',
  'csat-recorded', 'fact-retracted',
];
export const KIND_CODE = new Map(KINDS.map((kind, i) => [kind, i]));
