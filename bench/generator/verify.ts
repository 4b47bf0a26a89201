import {
  categoryOfStream, DECIDERS, evolveOrganisation, evolvePerson, evolveTeam, initialOrganisationState, initialPersonState,
  initialTeamState, membersNamedBy, needsContext, organisationViolations, personViolations, teamMembershipsOf, teamViolations,
  type CommandWithoutContext, type DomainCommand, type DomainEvent, type Envelope, type EventMetadata, type OrganisationEvent,
  type PersonEvent, type PersonState, type StreamCategory, type TeamEvent, type TeamFactRef, type TeamState, type Violation,
} from '@norte/domain';
import { contextFor, directoryProjection, type DecodedEvent } from '@norte/projections';
import { commandFor } from './commands';
import type { GeneratedEvent } from './model';

type AnyDecider = { decide(c: DomainCommand, s: unknown): readonly DomainEvent[]; evolve(s: unknown, e: Envelope<DomainEvent>): unknown; initialState(): unknown };

const envelope = (e: GeneratedEvent) => ({ type: e.type, data: e.data, occurredAt: e.occurredAt, eventId: e.eventId }) as Envelope<DomainEvent>;

/**
 * Replays every event as the command the API would have handled, in recorded order, through the
 * real deciders, with contexts from the real directory read model at that point, and returns how
 * each one that the decider refused or decided differently went. Empty: every event is exactly
 * what Norte would have recorded. Quadratic in stream length: for small programs.
 */
export function replayThroughDeciders(events: Iterable<GeneratedEvent>, limit = 20): string[] {
  const problems: string[] = [];
  const states = new Map<string, unknown>();
  let directory = directoryProjection.init();
  let position = 0n;
  for (const event of events) {
    const decider = DECIDERS[categoryOfStream(event.streamId) as StreamCategory] as unknown as AnyDecider;
    const { type, data } = commandFor(event.streamId, event.type, event.data);
    const base = { type, data, occurredAt: event.occurredAt, now: event.recordedAt } as unknown as CommandWithoutContext;
    const command = (needsContext(type) ? { ...base, context: contextFor(directory, base) } : base) as unknown as DomainCommand;
    const state = states.get(event.streamId) ?? decider.initialState();
    try {
      const decided = decider.decide(command, state);
      const expected = JSON.stringify([{ type: event.type, data: event.data }]);
      if (JSON.stringify(decided) !== expected) problems.push(`${event.eventId} ${event.type}: decided ${JSON.stringify(decided)}, generated ${expected}`);
    } catch (error) {
      problems.push(`${event.eventId} ${event.type} at ${event.occurredAt} (recorded ${event.recordedAt}): ${(error as Error).message}`);
    }
    if (problems.length >= limit) break;
    states.set(event.streamId, decider.evolve(state, envelope(event)));
    position++;
    const decoded = { ...event, revision: 0n, position, metadata: {} as EventMetadata } as DecodedEvent;
    if (directoryProjection.canHandle.includes(event.type)) directory = directoryProjection.evolve(directory, decoded);
  }
  return problems;
}

/** Folds every stream with the domain's evolve and lists what the domain's consistency checks find. */
export function consistencyViolations(events: Iterable<GeneratedEvent>): Violation[] {
  let organisation = initialOrganisationState();
  const persons = new Map<string, PersonState>();
  const teams = new Map<string, TeamState>();
  for (const event of events) {
    const category = categoryOfStream(event.streamId);
    if (category === 'organisation') organisation = evolveOrganisation(organisation, envelope(event) as Envelope<OrganisationEvent>);
    if (category === 'person') persons.set(event.streamId, evolvePerson(persons.get(event.streamId) ?? initialPersonState(), envelope(event) as Envelope<PersonEvent>));
    if (category === 'team') teams.set(event.streamId, evolveTeam(teams.get(event.streamId) ?? initialTeamState(), envelope(event) as Envelope<TeamEvent>));
  }
  const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);
  const memberships = new Map<string, { personId: string; from: string; until: string | null }[]>();
  for (const [streamId, state] of persons) {
    for (const m of teamMembershipsOf(state, idOf(streamId))) {
      const list = memberships.get(m.teamId) ?? [];
      list.push({ personId: m.personId, from: m.from, until: m.until });
      memberships.set(m.teamId, list);
    }
  }
  const naming = new Map<string, TeamFactRef[]>();
  for (const [streamId, state] of teams) {
    for (const id of state.ledger.order) {
      const fact = state.ledger.facts.get(id)!;
      if (fact.retractedBy.length > 0) continue;
      for (const personId of membersNamedBy(fact.event)) {
        const list = naming.get(personId) ?? [];
        list.push({ eventId: id, teamId: idOf(streamId), occurredAt: fact.occurredAt });
        naming.set(personId, list);
      }
    }
  }
  return [
    ...organisationViolations(organisation),
    ...[...persons].flatMap(([streamId, state]) => personViolations(state, naming.get(idOf(streamId)) ?? [])),
    ...[...teams].flatMap(([streamId, state]) => teamViolations(state, memberships.get(idOf(streamId)) ?? [])),
  ];
}
