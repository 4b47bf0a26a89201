import { deserialize, serialize } from 'node:v8';
import type { CommandWithoutContext, EventMetadata } from '@norte/domain';
import type { DecodedEvent } from '../shared/projection';
import { contextFor } from './contexts';
import { directoryProjection, type Directory } from './directory.projection';

// A person and a team with UUID ids, the others with plain ids: both ways of storing ids are used.
const ANA = '5bf36c77-c463-40ad-ae01-31fbe7df3109';
const BEN = 'ben';
const T1 = '26344f27-1ba8-4699-ad3c-05c9394952c1';
const T2 = 't2';

/** Decoded events with positions, revisions and ids; business time given as a date means noon UTC. */
function eventLog() {
  const events: DecodedEvent[] = [];
  const revisions = new Map<string, bigint>();
  const append = (streamId: string, type: string, data: Record<string, unknown>, id: string, at: string): DecodedEvent => {
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    const occurredAt = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00.000Z` : at;
    const metadata = { occurredAt, recordedAt: occurredAt, schemaVersion: 1 } as EventMetadata;
    const event = { type, data, eventId: id, occurredAt, recordedAt: occurredAt, streamId, revision, position: BigInt(events.length + 1), metadata };
    events.push(event);
    return event;
  };
  return {
    events,
    org: (type: string, data: Record<string, unknown>, id: string, at = '2024-12-01') => append('organisation-org', type, data, id, at),
    person: (personId: string, type: string, data: Record<string, unknown>, id: string, at: string) =>
      append(`person-${personId}`, type, { personId, ...data }, id, at),
    team: (teamId: string, type: string, data: Record<string, unknown>, id: string, at: string) => append(`team-${teamId}`, type, { teamId, ...data }, id, at),
    retract: (fact: DecodedEvent, id: string, at = '2025-06-01') =>
      append(fact.streamId, 'FactRetracted', { factId: fact.eventId, factType: fact.type, reason: 'Typo' }, id, at),
  };
}

/** Folds events the way the runner does: only the types the projection handles reach it. */
const fold = (events: readonly DecodedEvent[], directory: Directory = directoryProjection.init()): Directory =>
  events.filter((e) => directoryProjection.canHandle.includes(e.type)).reduce((d, e) => directoryProjection.evolve(d, e), directory);

const context = (directory: Directory, type: string, data: Record<string, unknown>) =>
  contextFor(directory, { type, data } as unknown as CommandWithoutContext);

const teamContext = (directory: Directory, teamId: string) => context(directory, 'PlanRoadmapItem', { teamId, itemId: 'i1', title: 'x' });
const teamFacts = (directory: Directory, personId: string) => context(directory, 'RecordPersonLeft', { personId, teamId: T1 });

function organisation() {
  const log = eventLog();
  log.org('UnitCreated', { unitId: 'd1', name: 'Division', kind: 'division', parentId: null }, 'o1');
  log.org('UnitCreated', { unitId: T1, name: 'Team 1', kind: 'team', parentId: 'd1' }, 'o2');
  log.org('UnitCreated', { unitId: T2, name: 'Team 2', kind: 'team', parentId: 'd1' }, 'o3');
  log.org('JobProfileDefined', { jobProfileId: 'jp1', title: 'Agent', description: null }, 'o4');
  log.org('CourseDefined', { courseId: 'c1', title: 'Basics', processId: 'service', audience: 'all' }, 'o5');
  const wrongCourse = log.org('CourseDefined', { courseId: 'c2', title: 'Wrong', processId: 'service', audience: 'all' }, 'o6');
  log.retract(wrongCourse, 'o7');
  log.org('ServicePolicyPublished', { version: 2, title: 'v2' }, 'o8', '2025-02-01');
  log.org('ServicePolicyPublished', { version: 1, title: 'v1 (back-dated)' }, 'o9', '2025-01-01');
  return log;
}

describe('directory contexts', () => {
  it('draws stints from membership facts, a move restored by retracting its retraction', () => {
    const log = organisation();
    log.person(ANA, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Ana', email: 'ana@x', teamId: T1, role: 'member', jobProfileId: 'jp1' }, 'a1', '2025-01-01');
    const move = log.person(ANA, 'PersonMovedTeam', { fromTeamId: T1, toTeamId: T2, role: 'lead' }, 'a2', '2025-02-01');
    const retraction = log.retract(move, 'a3');
    const beforeRestore = fold(log.events);
    log.retract(retraction, 'a4');
    const restored = fold(log.events);

    expect(teamContext(beforeRestore, T1)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: ANA, from: '2025-01-01T12:00:00.000Z', until: null }],
    });
    expect(teamContext(beforeRestore, T2)).toEqual({ team: { status: 'active' }, memberships: [] });

    expect(teamContext(restored, T1)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: ANA, from: '2025-01-01T12:00:00.000Z', until: '2025-02-01T12:00:00.000Z' }],
    });
    expect(teamContext(restored, T2)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: ANA, from: '2025-02-01T12:00:00.000Z', until: null }],
    });
    expect(context(restored, 'ArchiveUnit', { unitId: T2 })).toEqual({
      memberships: [{ personId: ANA, from: '2025-02-01T12:00:00.000Z', until: null }],
    });
  });

  it('follows a chain of retractions whose first link targets a fact it does not keep', () => {
    const log = organisation();
    log.person(BEN, 'PersonEnrolled', { externalId: 'EMP-2', name: 'Ben', email: 'ben@x', teamId: T1, role: 'member', jobProfileId: null }, 'b1', '2025-01-05');
    const training = log.person(BEN, 'TrainingCompleted', { courseId: 'c1', score: null }, 'b2', '2025-01-10');
    const left = log.person(BEN, 'PersonLeft', { teamId: T1 }, 'b3', '2025-03-01');
    const trainingRetraction = log.retract(training, 'b4');
    const leftRetraction = log.retract(left, 'b5');
    // Retracting the training's retraction flips nothing the directory keeps (it never kept the
    // training); retracting the leaving's retraction restores the leaving.
    log.retract(trainingRetraction, 'b6');
    const restoreLeft = log.retract(leftRetraction, 'b7');
    const directory = fold(log.events);
    expect(teamContext(directory, T1)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: BEN, from: '2025-01-05T12:00:00.000Z', until: '2025-03-01T12:00:00.000Z' }],
    });
    // A retraction of that retraction of a retraction: the leaving is retracted again.
    log.retract(restoreLeft, 'b8');
    expect(teamContext(fold(log.events), T1)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: BEN, from: '2025-01-05T12:00:00.000Z', until: null }],
    });
  });

  it('lists the team facts naming a person that still count, in the order recorded', () => {
    const log = organisation();
    log.person(ANA, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Ana', email: 'ana@x', teamId: T1, role: 'member', jobProfileId: 'jp1' }, 'a1', '2025-01-01');
    log.person(BEN, 'PersonEnrolled', { externalId: 'EMP-2', name: 'Ben', email: 'ben@x', teamId: T1, role: 'member', jobProfileId: null }, 'b1', '2025-01-05');
    const workshopId = '0d5c3f20-775e-555f-8276-7650c2e697fc';
    const workshop = log.team(T1, 'WorkshopHeld', { workshopId: 'w', kind: 'purpose', name: 'W', attendeeIds: [ANA, BEN, ANA] }, workshopId, '2025-01-10T09:30:00Z');
    const session = log.team(T1, 'CoachingSessionHeld', { sessionId: 's', coachId: 'c', coacheeIds: [BEN], durationMinutes: 30, focusProcessId: 'p', privateNote: null }, 's1', '2025-01-20');
    log.team(T1, 'RecognitionGranted', { recognitionId: 'r', personId: null, reason: 'Team effort' }, 'g1', '2025-01-21');
    log.team(T2, 'RecognitionGranted', { recognitionId: 'r2', personId: BEN, reason: 'Help' }, 'g2', '2025-01-22');
    const workshopRetraction = log.retract(workshop, 'w-r1');
    log.retract(session, 's-r1');
    const withoutWorkshop = fold(log.events);
    log.retract(workshopRetraction, 'w-r2');
    const directory = fold(log.events);

    expect(teamFacts(withoutWorkshop, ANA)).toEqual({ teamFacts: [] });
    expect(teamFacts(withoutWorkshop, BEN)).toEqual({ teamFacts: [{ eventId: 'g2', teamId: T2, occurredAt: '2025-01-22T12:00:00.000Z' }] });
    // The workshop's time is given back exactly as recorded, even when not in canonical ISO form.
    const workshopRef = { eventId: workshopId, teamId: T1, occurredAt: '2025-01-10T09:30:00Z' };
    expect(teamFacts(directory, ANA)).toEqual({ teamFacts: [workshopRef] });
    expect(teamFacts(directory, BEN)).toEqual({ teamFacts: [workshopRef, { eventId: 'g2', teamId: T2, occurredAt: '2025-01-22T12:00:00.000Z' }] });
    expect(context(directory, 'MovePersonToTeam', { personId: ANA, teamId: 'nowhere' })).toEqual({ team: 'unknown', teamFacts: [workshopRef] });
    expect(context(directory, 'RetractPersonFact', { personId: 'stranger', factId: 'x' })).toEqual({ teamFacts: [] });
  });

  it('answers organisation references: teams, archiving, profiles, courses, policies, external ids', () => {
    const log = organisation();
    log.person(ANA, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Ana', email: 'ana@x', teamId: T1, role: 'member', jobProfileId: 'jp1' }, 'a1', '2025-01-01');
    log.org('UnitArchived', { unitId: T2 }, 'o10', '2025-04-01');
    const directory = fold(log.events);

    expect(context(directory, 'EnrolPerson', { personId: 'p9', externalId: 'EMP-1', teamId: T1, jobProfileId: 'jp1' })).toEqual({
      team: 'active',
      jobProfile: 'active',
      personWithExternalId: ANA,
    });
    expect(context(directory, 'EnrolPerson', { personId: ANA, externalId: 'EMP-1', teamId: T2, jobProfileId: null })).toEqual({
      team: 'archived',
      jobProfile: null,
      personWithExternalId: null,
    });
    expect(context(directory, 'EnrolPerson', { personId: 'p9', externalId: 'EMP-9', teamId: 'd1', jobProfileId: 'jp9' })).toEqual({
      team: 'unknown',
      jobProfile: 'unknown',
      personWithExternalId: null,
    });
    expect(teamContext(directory, T2)).toEqual({ team: { status: 'archived', archivedAt: '2025-04-01T12:00:00.000Z' }, memberships: [] });
    expect(context(directory, 'RecordTrainingCompletion', { personId: ANA, courseId: 'c1' })).toEqual({ course: 'active' });
    expect(context(directory, 'RecordTrainingCompletion', { personId: ANA, courseId: 'c2' })).toEqual({ course: 'unknown' });
    expect(context(directory, 'ChangeJobProfile', { personId: ANA, jobProfileId: 'jp1' })).toEqual({ jobProfile: 'active' });
    expect(context(directory, 'AcknowledgePolicy', { personId: ANA, policyVersion: 1 })).toEqual({
      publishedVersions: [
        { version: 1, publishedAt: '2025-01-01T12:00:00.000Z' },
        { version: 2, publishedAt: '2025-02-01T12:00:00.000Z' },
      ],
    });
    expect(context(directory, 'GrantRole', { userId: 'u', role: 'team-lead', scopeUnitId: 'd1' })).toEqual({ scopeUnit: { status: 'active', kind: 'division' } });
    expect(context(directory, 'GrantRole', { userId: 'u', role: 'team-lead', scopeUnitId: 'x' })).toEqual({ scopeUnit: { status: 'unknown' } });
    expect(context(directory, 'GrantRole', { userId: 'u', role: 'hr', scopeUnitId: null })).toEqual({ scopeUnit: null });
  });

  it('keeps no personal data, and gives the same answers after a snapshot round trip (structured clone)', () => {
    const log = organisation();
    log.person(ANA, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Ana Secret', email: 'ana@secret', teamId: T1, role: 'member', jobProfileId: 'jp1' }, 'a1', '2025-01-01');
    const move = log.person(ANA, 'PersonMovedTeam', { fromTeamId: T1, toTeamId: T2, role: 'lead' }, 'a2', '2025-02-01');
    log.retract(log.retract(move, 'a3'), 'a4');
    log.team(T1, 'WorkshopHeld', { workshopId: 'w', kind: 'purpose', name: 'W', attendeeIds: [ANA] }, 'w1', '2025-01-10');
    const directory = fold(log.events);
    const bytes = serialize(directory);
    expect(bytes.toString('latin1')).not.toMatch(/Secret|secret/);

    const restored = deserialize(bytes) as Directory;
    for (const [type, data] of [
      ['PlanRoadmapItem', { teamId: T1 }],
      ['PlanRoadmapItem', { teamId: T2 }],
      ['RecordPersonLeft', { personId: ANA, teamId: T2 }],
      ['EnrolPerson', { personId: 'p9', externalId: 'EMP-1', teamId: T1, jobProfileId: 'jp1' }],
    ] as const) {
      expect(context(restored, type, data)).toEqual(context(directory, type, data));
    }
    // Folding goes on from the restored state.
    log.person(ANA, 'PersonLeft', { teamId: T2 }, 'a5', '2025-03-01');
    const next = fold(log.events.slice(-1), restored);
    expect(teamContext(next, T2)).toEqual({
      team: { status: 'active' },
      memberships: [{ personId: ANA, from: '2025-02-01T12:00:00.000Z', until: '2025-03-01T12:00:00.000Z' }],
    });
  });
});

/**
 * What a snapshot restores (`readSnapshotPart`): a structured clone whose typed arrays are views into
 * one shared buffer, at offsets, that folding must grow out of like any other chunk.
 */
function restoredAsViews<T>(state: T): T {
  const clone = deserialize(serialize(state)) as T;
  const found: [Record<string, unknown>, string, Int32Array][] = [];
  const visit = (holder: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(holder)) {
      if (ArrayBuffer.isView(value)) found.push([holder, key, value as Int32Array]);
      else if (value !== null && typeof value === 'object' && !(value instanceof Map)) visit(value as Record<string, unknown>);
    }
  };
  visit(clone as Record<string, unknown>);
  const buffer = new ArrayBuffer(found.reduce((sum, [, , array]) => sum + array.byteLength + 8, 8));
  let at = 8;
  for (const [holder, key, array] of found) {
    const View = array.constructor as Int32ArrayConstructor;
    const view = new View(buffer, at, array.length);
    view.set(array);
    holder[key] = view;
    at = (at + array.byteLength + 7) & ~7;
  }
  return clone;
}

describe('directory state in typed arrays', () => {
  const CARL = '9a1c0f6e-2b7d-4c3e-8f10-5d6e7f8a9b0c';
  const many = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

  /** A log exercising every part of the state, and the contexts that read each part. */
  function busyLog() {
    const log = organisation();
    const courseRetraction = log.events.find((e) => e.eventId === 'o7') as DecodedEvent;
    log.org('UnitArchived', { unitId: 'late' }, 'o10', '2025-03-01T08:00:00Z');
    log.org('UnitCreated', { unitId: 'late', name: 'Late', kind: 'team', parentId: 'd1' }, 'o11');
    log.org('UnitArchived', { unitId: T2 }, 'o12', '2025-05-01T08:00:00Z');
    log.person(ANA, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Ana', email: 'ana@x', teamId: T1, role: 'member', jobProfileId: 'jp1' }, 'a1', '2025-01-01');
    log.person(BEN, 'PersonEnrolled', { externalId: 'EMP-2', name: 'Ben', email: 'ben@x', teamId: T1, role: 'member', jobProfileId: null }, 'b1', '2025-01-02');
    log.person(ANA, 'PersonMovedTeam', { fromTeamId: T1, toTeamId: T2, role: 'lead' }, 'a2', '2025-02-01');
    const back = log.person(ANA, 'PersonMovedTeam', { fromTeamId: T2, toTeamId: T1, role: 'member' }, '1b4e28ba-2fa1-11d2-883f-0016d3cca427', '2025-03-01T12:00:00Z');
    log.person(ANA, 'TeamRoleChanged', { teamId: T1, role: 'coach' }, 'a4', '2025-03-15T10:00:00+00:00');
    const workshop = log.team(T1, 'WorkshopHeld', { workshopId: 'w', kind: 'purpose', name: 'W', attendeeIds: [ANA, BEN] }, 'c0ffee00-0000-4000-8000-000000000001', '2025-01-10');
    const workshopRetraction = log.retract(workshop, 'c0ffee00-0000-4000-8000-000000000002');
    for (let i = 0; i < 600; i++) {
      log.person(many(i), 'PersonEnrolled', { externalId: `EMP-${1000 + i}`, name: 'x', email: 'x', teamId: i % 2 ? T1 : T2, role: 'member', jobProfileId: null }, `m${i}`, '2025-01-03');
      if (i % 50 === 0) log.team(T2, 'RecognitionGranted', { recognitionId: `r${i}`, personId: many(i), reason: 'Help' }, `g${i}`, '2025-01-04');
    }
    // Events past the half way mark of the log: they reach the restored state in the round trip below.
    const backRetraction = log.retract(back, 'a5');
    log.retract(backRetraction, 'a6');
    log.retract(log.retract(backRetraction, 'a7'), 'a8');
    log.retract(workshopRetraction, 'c0ffee00-0000-4000-8000-000000000003');
    log.retract(courseRetraction, 'o13');
    log.person(CARL, 'PersonEnrolled', { externalId: 'EMP-1', name: 'Carl', email: 'carl@x', teamId: T2, role: 'member', jobProfileId: null }, 'c1', '2025-04-01');
    log.person(CARL, 'PersonLeft', { teamId: T2 }, 'c2', '2025-04-20');
    log.person(CARL, 'PersonEnrolled', { externalId: 'EMP-ü', name: 'Carl', email: 'carl@x', teamId: T1, role: 'member', jobProfileId: null }, 'c3', '2025-04-21');
    return log;
  }

  const queries = (): [string, Record<string, unknown>][] => [
    ['PlanRoadmapItem', { teamId: T1 }],
    ['PlanRoadmapItem', { teamId: T2 }],
    ['PlanRoadmapItem', { teamId: 'late' }],
    ['ArchiveUnit', { unitId: T1 }],
    ['GrantRole', { userId: 'u', role: 'team-lead', scopeUnitId: 'late' }],
    ['RecordPersonLeft', { personId: ANA, teamId: T1 }],
    ['RecordPersonLeft', { personId: BEN, teamId: T1 }],
    ['RecordPersonLeft', { personId: many(100), teamId: T2 }],
    ['EnrolPerson', { personId: 'p9', externalId: 'EMP-1', teamId: T1, jobProfileId: 'jp1' }],
    ['EnrolPerson', { personId: 'p9', externalId: 'EMP-ü', teamId: T1, jobProfileId: null }],
    ['EnrolPerson', { personId: 'p9', externalId: 'EMP-1599', teamId: T1, jobProfileId: null }],
    ['RecordTrainingCompletion', { personId: ANA, courseId: 'c2' }],
  ];

  it('lists a person once per team however often they joined it, and reads every part back exactly', () => {
    const directory = fold(busyLog().events);
    const t1 = (teamContext(directory, T1) as { memberships: { personId: string }[] }).memberships;
    // Ana joined T1, left for T2 and came back: two stints, Ana listed first (first seen first); the
    // move back, recorded with a time not in canonical ISO form, gives it back as recorded.
    expect(t1.slice(0, 3)).toEqual([
      { personId: ANA, from: '2025-01-01T12:00:00.000Z', until: '2025-02-01T12:00:00.000Z' },
      { personId: ANA, from: '2025-03-01T12:00:00Z', until: null },
      { personId: BEN, from: '2025-01-02T12:00:00.000Z', until: null },
    ]);
    expect(t1).toHaveLength(3 + 300 + 1);
    expect(t1[t1.length - 1]).toEqual({ personId: CARL, from: '2025-04-21T12:00:00.000Z', until: null });
    expect(teamContext(directory, T2)).toEqual({
      team: { status: 'archived', archivedAt: '2025-05-01T08:00:00Z' },
      memberships: [
        { personId: ANA, from: '2025-02-01T12:00:00.000Z', until: '2025-03-01T12:00:00Z' },
        ...Array.from({ length: 300 }, (_, k) => ({ personId: many(2 * k), from: '2025-01-03T12:00:00.000Z', until: null })),
        { personId: CARL, from: '2025-04-01T12:00:00.000Z', until: '2025-04-20T12:00:00.000Z' },
      ],
    });
    // Archived before it was created: the creation makes it an active team again.
    expect(teamContext(directory, 'late')).toEqual({ team: { status: 'active' }, memberships: [] });
    expect(context(directory, 'GrantRole', { userId: 'u', role: 'team-lead', scopeUnitId: T2 })).toEqual({ scopeUnit: { status: 'archived', kind: 'team' } });
    // The workshop's retraction is retracted (its time read back as canonical ISO), the course's too.
    const workshopRef = { eventId: 'c0ffee00-0000-4000-8000-000000000001', teamId: T1, occurredAt: '2025-01-10T12:00:00.000Z' };
    expect(teamFacts(directory, ANA)).toEqual({ teamFacts: [workshopRef] });
    expect(teamFacts(directory, many(100))).toEqual({ teamFacts: [{ eventId: 'g100', teamId: T2, occurredAt: '2025-01-04T12:00:00.000Z' }] });
    expect(context(directory, 'RecordTrainingCompletion', { personId: ANA, courseId: 'c2' })).toEqual({ course: 'active' });
    // An external id goes to its latest enrolment, whatever its characters.
    expect(context(directory, 'EnrolPerson', { personId: ANA, externalId: 'EMP-1', teamId: T1, jobProfileId: null })).toMatchObject({ personWithExternalId: CARL });
    expect(context(directory, 'EnrolPerson', { personId: ANA, externalId: 'EMP-ü', teamId: T1, jobProfileId: null })).toMatchObject({ personWithExternalId: CARL });
    expect(context(directory, 'EnrolPerson', { personId: ANA, externalId: 'EMP-1599', teamId: T1, jobProfileId: null })).toMatchObject({ personWithExternalId: many(599) });
  });

  it('gives the same answers when restored from a snapshot (typed arrays as views into one buffer) and folding goes on from it', () => {
    const { events } = busyLog();
    const half = events.findIndex((e) => e.eventId === 'm300');
    const whole = fold(events);
    const restored = restoredAsViews(fold(events.slice(0, half)));
    for (const [type, data] of queries()) expect(context(restored, type, data)).toEqual(context(fold(events.slice(0, half)), type, data));
    const resumed = fold(events.slice(half), restored);
    for (const [type, data] of queries()) expect(context(resumed, type, data)).toEqual(context(whole, type, data));
  });
});
