import { PERSONAL_DATA } from '@norte/domain';
import type { DecodedEvent } from '../shared/projection';
import { seesCoachingNotes, seesIndividualAssessments, seesPersonalData, seesWithheldScores, type Reader } from './access';
import { countedAt, retractionsAt, type AuditTrailState } from './audit-trail.projection';

/** One event of the log as a reader may see it, with its metadata and retraction links. */
export interface AuditEntry {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorUserId: string;
  readonly actorRole: string;
  readonly source: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly schemaVersion: number;
  readonly checkedAtPosition: string | null;
  /** The event's data with the fields this reader may not see set to null. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly redactedFields: readonly string[];
  /** For a retraction: the fact (or retraction) it retracts. */
  readonly retracts: string | null;
  /** Every retraction recorded against this event, effective or since retracted. */
  readonly retractedBy: readonly string[];
  /** Whether the event counts now (no effective retraction). */
  readonly counts: boolean;
}

const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PERSONAL_DATA).map(([type, rule]) => [type, rule.fields as readonly string[]]),
);

/** Fields of individual results that executives never see (PRODUCT.md §1), beyond personal data. */
const INDIVIDUAL_RESULTS: Readonly<Record<string, readonly string[]>> = {
  AlignmentAssessed: ['fit'],
  MisfitResolved: ['resolution'],
  TrainingCompleted: ['score'],
};

const SURVEY_TYPES = new Set(['SurveyResultRecorded', 'CsatRecorded']);

/** The fields of an event's data a reader may not see. */
export function hiddenFields(type: string, data: Readonly<Record<string, unknown>>, reader: Reader, confidentialityMinimum: number): readonly string[] {
  const hidden: string[] = [];
  for (const field of PERSONAL_FIELDS[type] ?? []) {
    const allowed = type === 'CoachingSessionHeld' ? seesCoachingNotes(reader) : seesPersonalData(reader);
    if (!allowed) hidden.push(field);
  }
  if (!seesIndividualAssessments(reader)) hidden.push(...(INDIVIDUAL_RESULTS[type] ?? []));
  if (SURVEY_TYPES.has(type) && Number(data['responseCount']) < confidentialityMinimum && !seesWithheldScores(reader)) hidden.push('score');
  return hidden;
}

/**
 * Builds the reader's view of one decoded event (personal fields arrive decrypted and leave here if
 * not allowed), with its retraction links as of global position `upTo` (null: everything known).
 */
export function auditEntry(state: AuditTrailState, event: DecodedEvent, reader: Reader, confidentialityMinimum: number, upTo: string | null = null): AuditEntry {
  const raw = (event.data ?? {}) as Readonly<Record<string, unknown>>;
  const redactedFields = hiddenFields(event.type, raw, reader, confidentialityMinimum).filter((f) => f in raw && raw[f] !== null);
  const data = { ...raw };
  for (const field of redactedFields) data[field] = null;
  const m = event.metadata;
  return {
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision.toString(),
    position: event.position.toString(),
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actorUserId: m.actor?.userId ?? '',
    actorRole: m.actor?.role ?? '',
    source: m.source,
    commandId: m.commandId,
    correlationId: m.correlationId,
    causationId: m.causationId,
    schemaVersion: m.schemaVersion,
    checkedAtPosition: m.checkedAtPosition ?? null,
    data,
    redactedFields,
    retracts: event.type === 'FactRetracted' ? String((raw as { factId?: unknown }).factId) : null,
    retractedBy: retractionsAt(state, event.eventId, upTo),
    counts: countedAt(state, event.eventId, upTo),
  };
}
