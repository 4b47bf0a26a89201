import { serialize } from 'node:v8';
import { eventLog, fold } from '../audit-trail/log.fixtures.spec';
import { foldThroughV8 } from '../roadmap/snapshot.fixtures.spec';
import { peopleProjection, type PeopleState } from './people.projection';
import { listPeople, personView } from './people.queries';

/** Every string v8.serialize wrote (it writes them as Latin-1 or UTF-16). */
const v8Text = (value: unknown) => {
  const bytes = serialize(value);
  return bytes.toString('latin1') + bytes.toString('utf16le');
};

let externalIds = 0;
const enrol = (name: string, teamId: string, role = 'member', jobProfileId: string | null = 'agent') => ({
  externalId: `E-${++externalIds}`,
  name,
  email: `${name.toLowerCase().replace(/ /g, '.')}@acme.test`,
  teamId,
  role,
  jobProfileId,
});
const all = { includeLeft: true, first: 100 };

describe('people read model', () => {
  describe('a person’s standing', () => {
    const log = eventLog();
    const enrolled = log.person('ana', 'PersonEnrolled', enrol('Ana Zuleta', 'desk'), { at: '2025-01-10' });
    const corrected = log.person('ana', 'PersonDetailsCorrected', { name: 'Ana Zuleta R.', email: 'ana@acme.test' }, { at: '2025-01-11' });
    log.person('ana', 'TeamRoleChanged', { teamId: 'desk', role: 'lead' }, { at: '2025-02-01' });
    log.person('ana', 'JobProfileChanged', { jobProfileId: 'supervisor' }, { at: '2025-02-02' });
    const moved = log.person('ana', 'PersonMovedTeam', { fromTeamId: 'desk', toTeamId: 'phones', role: 'member' }, { at: '2025-03-01' });
    log.person('ben', 'PersonEnrolled', enrol('Ben Ortiz', 'desk'), { at: '2025-01-12' });
    const state = fold(peopleProjection, log.events);
    log.retract(corrected);
    const uncorrected = fold(peopleProjection, log.events);

    it('shows team, role, job profile, status and enrolment date', () => {
      expect(personView(state, 'ana')).toEqual({
        personId: 'ana', externalId: expect.stringMatching(/^E-\d+$/), teamId: 'phones', role: 'member', jobProfileId: 'supervisor',
        status: 'active', enrolledAt: '2025-01-10T12:00:00.000Z', leftAt: null,
        details: { streamId: 'person-ana', revision: corrected.revision.toString(), eventId: corrected.eventId },
      });
      expect(enrolled.revision).toBe(0n);
      expect(moved.type).toBe('PersonMovedTeam');
    });

    it('lists people under their current team', () => {
      expect(listPeople(state, ['desk'], all).people.map((p) => p.personId)).toEqual(['ben']);
      expect(listPeople(state, ['phones'], all).people.map((p) => p.personId)).toEqual(['ana']);
      expect(listPeople(state, ['desk', 'phones'], all).people.map((p) => p.personId)).toEqual(['ben', 'ana']);
    });

    it('never holds a name or e-mail, in memory or in its snapshot', () => {
      expect(v8Text(state)).not.toMatch(/Zuleta|Ortiz|acme\.test/);
      expect(v8Text(peopleProjection.toSnapshot?.(state))).not.toMatch(/Zuleta|Ortiz|acme\.test/);
      expect(v8Text(state)).toMatch(/phones/);
    });

    it('points at the enrolment for details again once the correction is retracted', () => {
      expect(personView(uncorrected, 'ana')?.details).toEqual({ streamId: 'person-ana', revision: '0', eventId: enrolled.eventId });
    });
  });

  describe('leaving, and corrections to it', () => {
    const log = eventLog();
    log.person('ana', 'PersonEnrolled', enrol('Ana Zuleta', 'desk'), { at: '2025-01-10' });
    const left = log.person('ana', 'PersonLeft', { teamId: 'desk' }, { at: '2025-06-30' });
    const leftState = fold(peopleProjection, log.events);
    const retraction = log.retract(left);
    const retractedState = fold(peopleProjection, log.events);
    log.retract(retraction);
    const restoredState = fold(peopleProjection, log.events);

    it('shows someone who left as left, listed only on request', () => {
      expect(personView(leftState, 'ana')).toMatchObject({ status: 'left', leftAt: '2025-06-30T12:00:00.000Z', teamId: 'desk' });
      expect(listPeople(leftState, ['desk'], { ...all, includeLeft: false }).people).toEqual([]);
      expect(listPeople(leftState, ['desk'], all).people).toHaveLength(1);
    });

    it('makes them active again when the leaving is retracted, and left again when that is retracted', () => {
      expect(personView(retractedState, 'ana')).toMatchObject({ status: 'active', leftAt: null });
      expect(personView(restoredState, 'ana')).toMatchObject({ status: 'left', leftAt: '2025-06-30T12:00:00.000Z' });
    });

    it('gives the same answers through a v8 snapshot on disk as a full rebuild', () => {
      const answers = (state: PeopleState) => [personView(state, 'ana'), listPeople(state, ['desk'], all), listPeople(state, ['desk'], { ...all, includeLeft: false })];
      for (let split = 0; split <= log.events.length; split++) expect(answers(foldThroughV8(peopleProjection, log.events, split))).toEqual(answers(restoredState));
    });
  });

  it('forgets a person whose enrolment is retracted, and lists them again when that is retracted', () => {
    const log = eventLog();
    const enrolled = log.person('ana', 'PersonEnrolled', enrol('Ana Zuleta', 'desk'));
    const retraction = log.retract(enrolled);
    const gone = fold(peopleProjection, log.events);
    expect(personView(gone, 'ana')).toBeNull();
    expect(listPeople(gone, ['desk'], all).people).toEqual([]);
    log.retract(retraction);
    expect(listPeople(fold(peopleProjection, log.events), ['desk'], all).people.map((p) => p.personId)).toEqual(['ana']);
  });

  it('never counts a fact recorded after its own retraction (a log no decider writes)', () => {
    const log = eventLog();
    log.person('ana', 'PersonEnrolled', enrol('Ana Zuleta', 'desk'));
    const early = log.append('person-ana', 'FactRetracted', { factId: 'late', factType: 'PersonLeft', reason: 'Too early' });
    log.person('ana', 'PersonLeft', { teamId: 'desk' }, { id: 'late' });
    expect(personView(fold(peopleProjection, log.events), 'ana')?.status).toBe('active');
    log.retract(early);
    expect(personView(fold(peopleProjection, log.events), 'ana')?.status).toBe('left');
  });

  it('pages with the last person id as the cursor', () => {
    const log = eventLog();
    for (const id of ['a', 'b', 'c', 'd', 'e']) log.person(id, 'PersonEnrolled', enrol(`P ${id}`, 'desk'));
    const state = fold(peopleProjection, log.events);
    const first = listPeople(state, ['desk'], { ...all, first: 2 });
    expect([first.people.map((p) => p.personId), first.hasMore]).toEqual([['a', 'b'], true]);
    const last = listPeople(state, ['desk'], { ...all, first: 3, after: 'b' });
    expect([last.people.map((p) => p.personId), last.hasMore]).toEqual([['c', 'd', 'e'], false]);
  });
});
