import type { OrganisationEvent, UnitKind } from '@norte/domain';
import type { DecodedEvent } from '../shared/projection';
import { append, column, get, set, type Column } from '../shared/columns';
import { eventIdAt, idTable, intern, numberOf, type IdTable } from './ids';
import { retract, retractions, type Retractions } from './retractions';
import { isoAt, setTime, times, type Times } from './time';

/**
 * What contexts read of the organisation stream: each unit's kind and archiving, and the job
 * profiles, courses and service policies defined (with the stream's retractions, so a retracted
 * definition stops counting). The domain's `evolveOrganisation` would also do, but it copies its
 * whole units map and ledger on every event: quadratic in the 4,000 units of a large organisation.
 * Units are folded as it folds them: a creation (re)sets the unit, an archiving marks a known one.
 * Unit ids are interned and their fields kept in columns by unit number (a snapshot restores
 * typed arrays, not thousands of small objects).
 */
export interface OrganisationView {
  /** Units created or archived, by number. */
  readonly unitIds: IdTable;
  /** Per unit number, index in `kinds` of its kind; -1 for an id archived but never created. */
  readonly unitKind: Column<'int32'>;
  /** Every unit kind seen. */
  readonly kinds: string[];
  /** Per unit number, 1 while archived. */
  readonly archived: Column<'uint8'>;
  /** Per unit number, business time of its (latest) archiving; NaN before any (or unreadable, then kept verbatim). */
  readonly archivedAt: Times;
  /** Definitions contexts refer to, in stream order. */
  readonly definitions: Definition[];
  /** Every retraction on the organisation stream (stream number 0). */
  readonly retractions: Retractions;
}

const ORGANISATION_STREAM = 0;

/** A unit as contexts read it. */
export interface Unit {
  readonly kind: UnitKind;
  readonly archived: boolean;
}

const DEFINITION_TYPES = ['JobProfileDefined', 'CourseDefined', 'ServicePolicyPublished'] as const satisfies readonly OrganisationEvent['type'][];
export type DefinitionType = (typeof DEFINITION_TYPES)[number];

export interface Definition {
  readonly eventId: string;
  readonly type: DefinitionType;
  /** The job profile's or course's id; the policy's version. */
  readonly key: string | number;
  readonly occurredAt: string;
  /** Effective retractions: it counts only at 0. */
  retractedBy: number;
}

export const organisationView = (): OrganisationView => ({
  unitIds: idTable(),
  unitKind: column('int32'),
  kinds: [],
  archived: column('uint8'),
  archivedAt: times(),
  definitions: [],
  retractions: retractions(),
});

/** The unit with that id, if created. */
export function unitOf(view: OrganisationView, unitId: string): Unit | undefined {
  const unit = numberOf(view.unitIds, unitId);
  const kind = unit < 0 ? -1 : get(view.unitKind, unit);
  return kind < 0 ? undefined : { kind: view.kinds[kind] as UnitKind, archived: get(view.archived, unit) === 1 };
}

/** Business time of the unit's latest archiving, if any. */
export function archivedAtOf(view: OrganisationView, unitId: string): string | undefined {
  const unit = numberOf(view.unitIds, unitId);
  if (unit < 0) return undefined;
  return view.archivedAt.others.get(unit) ?? (Number.isNaN(get(view.archivedAt.ms, unit)) ? undefined : isoAt(view.archivedAt, unit));
}

/** The unit's number, given the next one (with empty fields) on first sight. */
function unitNumber(view: OrganisationView, unitId: string): number {
  const unit = intern(view.unitIds, unitId);
  if (unit === view.unitKind.length) {
    append(view.unitKind, -1);
    append(view.archived, 0);
    append(view.archivedAt.ms, Number.NaN);
  }
  return unit;
}

const keyOf = (event: DecodedEvent): string | number => {
  const data = event.data as { jobProfileId?: string; courseId?: string; version?: number };
  return (event.type === 'JobProfileDefined' ? data.jobProfileId : event.type === 'CourseDefined' ? data.courseId : data.version) as string | number;
};

export function applyOrganisationEvent(view: OrganisationView, event: DecodedEvent): void {
  if (event.type === 'UnitCreated') {
    const { unitId, kind } = event.data as { unitId: string; kind: UnitKind };
    const unit = unitNumber(view, unitId);
    const known = view.kinds.indexOf(kind);
    set(view.unitKind, unit, known >= 0 ? known : view.kinds.push(kind) - 1);
    set(view.archived, unit, 0);
  } else if (event.type === 'UnitArchived') {
    const { unitId } = event.data as { unitId: string };
    const unit = unitNumber(view, unitId);
    if (get(view.unitKind, unit) >= 0) set(view.archived, unit, 1);
    setTime(view.archivedAt, unit, event.occurredAt);
  } else if (event.type === 'FactRetracted') {
    retract(view.retractions, ORGANISATION_STREAM, event.eventId, (event.data as { factId: string }).factId, (retraction, delta) => {
      const target = eventIdAt(view.retractions.targets, retraction);
      const definition = view.definitions.find((d) => d.eventId === target);
      if (definition) definition.retractedBy += delta;
      return definition !== undefined;
    });
  } else if ((DEFINITION_TYPES as readonly string[]).includes(event.type)) {
    view.definitions.push({ eventId: event.eventId, type: event.type as DefinitionType, key: keyOf(event), occurredAt: event.occurredAt, retractedBy: 0 });
  }
}

/** Definitions of one type that still count, in business-time order (ties in stream order), as `effectiveFacts` sorts them. */
export function effectiveDefinitions(view: OrganisationView, type: DefinitionType): Definition[] {
  return view.definitions
    .map((definition, seq) => ({ definition, seq, at: Date.parse(definition.occurredAt) }))
    .filter(({ definition }) => definition.type === type && definition.retractedBy === 0)
    .sort((a, b) => a.at - b.at || a.seq - b.seq)
    .map(({ definition }) => definition);
}

export const ORGANISATION_TYPES: readonly string[] = ['UnitCreated', 'UnitArchived', 'FactRetracted', ...DEFINITION_TYPES];
