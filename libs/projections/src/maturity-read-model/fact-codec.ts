import type { FactKind } from '../maturity';

/**
 * The engine's facts in a compact, JSON-friendly form for snapshots: per chunk of facts, the
 * integers (kind, day, interned strings, counts) and the floats (position, recordedAt in ms,
 * scores) as base64 of typed arrays, and the event ids joined by newlines. Strings other than event
 * ids (team, person, course, item ids, vocabulary) are interned once. Ids only: no personal data.
 * Encoding (fact-log.ts) and decoding (fact-decode.ts) are one linear pass; JSON.stringify / parse
 * copy these long strings almost as fast as memory.
 */
export interface EncodedFacts {
  readonly symbols: readonly string[];
  readonly chunks: readonly EncodedChunk[];
}

export interface EncodedChunk {
  readonly count: number;
  readonly ints: string;
  readonly floats: string;
  readonly ids: string;
}

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
