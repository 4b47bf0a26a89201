import type { OrganisationEvent, UnitKind } from '@norte/domain';
import type { DecodedEvent } from '../shared/projection';
import { applyRetraction, newRetraction, type Retraction, type RetractionScope } from './retractions';

/**
 * What contexts read of the organisation stream: each unit's kind and archiving, and the job
 * profiles, courses and service policies defined (with the stream's retractions, so a retracted
 * definition stops counting). The domain's `evolveOrganisation` would also do, but it copies its
 * whole units map and ledger on every event: quadratic in the 4,000 units of a large organisation.
 * Units are folded as it folds them: a creation (re)sets the unit, an archiving marks a known one.
 */
export interface OrganisationView {
  readonly units: Map<string, Unit>;
  /** Business time of each unit's archiving. */
  readonly archivedAt: Map<string, string>;
  /** Definitions contexts refer to, in stream order. */
  readonly definitions: Definition[];
  /** Every retraction on the organisation stream, by its event id. */
  readonly retractions: Map<string, Retraction>;
}

export interface Unit {
  readonly kind: UnitKind;
  archived: boolean;
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

export const organisationView = (): OrganisationView => ({ units: new Map(), archivedAt: new Map(), definitions: [], retractions: new Map() });

const keyOf = (event: DecodedEvent): string | number => {
  const data = event.data as { jobProfileId?: string; courseId?: string; version?: number };
  return (event.type === 'JobProfileDefined' ? data.jobProfileId : event.type === 'CourseDefined' ? data.courseId : data.version) as string | number;
};

function scope(view: OrganisationView): RetractionScope {
  return {
    retraction: (id) => view.retractions.get(id),
    countFact: (id, delta) => {
      const definition = view.definitions.find((d) => d.eventId === id);
      if (definition) definition.retractedBy += delta;
      return definition !== undefined;
    },
  };
}

export function applyOrganisationEvent(view: OrganisationView, event: DecodedEvent): void {
  if (event.type === 'UnitCreated') {
    const { unitId, kind } = event.data as { unitId: string; kind: UnitKind };
    view.units.set(unitId, { kind, archived: false });
  } else if (event.type === 'UnitArchived') {
    const { unitId } = event.data as { unitId: string };
    const unit = view.units.get(unitId);
    if (unit) unit.archived = true;
    view.archivedAt.set(unitId, event.occurredAt);
  } else if (event.type === 'FactRetracted') {
    const retraction = newRetraction((event.data as { factId: string }).factId);
    view.retractions.set(event.eventId, retraction);
    applyRetraction(scope(view), retraction, true);
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
