import fc from 'fast-check';
import { runCommands, SPEC_NOW } from '@norte/testing';
import { DomainError } from '../shared/errors';
import type { TeamFactRef } from '../shared/context';
import type { PersonCommand } from './person.commands';
import { personDecider } from './person.decide';
import { personViolations } from './person.timeline';

/** Day n of 2026 on a 28-day calendar (enough for ordering); from June on, after SPEC_NOW. */
const day = (n: number) => `2026-0${Math.floor(n / 28) + 1}-${String((n % 28) + 1).padStart(2, '0')}T09:00:00.000Z`;
const date = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 140 }), weight: 19 }, { arbitrary: fc.integer({ min: 160, max: 170 }), weight: 1 }).map(day); // 1 in 20 in the future
const team = fc.constantFrom('t1', 't2', 't3');
const factId = fc.integer({ min: 1, max: 8 }).map((n) => `e-${n}`);
const status = fc.constantFrom('active', 'active', 'active', 'unknown', 'archived') as fc.Arbitrary<'active' | 'unknown' | 'archived'>;
const p = { personId: 'p1' };

const commandOf = (teamFacts: readonly TeamFactRef[]): fc.Arbitrary<PersonCommand> => {
  const at = <T extends Omit<PersonCommand, 'occurredAt' | 'now'>>(body: T) => date.map((occurredAt) => ({ ...body, occurredAt, now: SPEC_NOW }) as unknown as PersonCommand);
  return fc.oneof(
    fc.record({ teamId: team, jobProfileId: fc.constantFrom('jp1', null), team: status }).chain(({ teamId, jobProfileId, team: t }) =>
      at({ type: 'EnrolPerson', data: { ...p, externalId: 'E-1', name: 'Ana', email: 'ana@acme.test', teamId, role: 'member', jobProfileId }, context: { team: t, jobProfile: jobProfileId && 'active', personWithExternalId: null } }),
    ),
    fc.constantFrom('lead', 'member').chain((role) => at({ type: 'ChangeTeamRole', data: { ...p, role } })),
    fc.record({ teamId: team, team: status }).chain(({ teamId, team: t }) => at({ type: 'MovePersonToTeam', data: { ...p, teamId, role: 'member' }, context: { team: t, teamFacts } })),
    at({ type: 'RecordPersonLeft', data: p, context: { teamFacts } }),
    fc.constantFrom('jp1', 'jp2').chain((jobProfileId) => at({ type: 'ChangeJobProfile', data: { ...p, jobProfileId }, context: { jobProfile: 'active' } })),
    fc.constantFrom('aligned', 'partial', 'misaligned').chain((fit) => at({ type: 'AssessAlignment', data: { ...p, jobProfileId: 'jp1', fit, assessorId: 'lead', note: 'n' }, context: { jobProfile: 'active' } })),
    factId.chain((assessmentId) => at({ type: 'ResolveMisfit', data: { ...p, assessmentId, resolution: 'exit', note: null } })),
    at({ type: 'RecordLifePlanConversation', data: { ...p, leaderId: 'lead' } }),
    at({ type: 'RecordTrainingCompletion', data: { ...p, courseId: 'c1', score: null }, context: { course: 'active' } }),
    fc.constantFrom(1, 2).chain((policyVersion) => at({ type: 'AcknowledgePolicy', data: { ...p, policyVersion }, context: { publishedVersions: [{ version: 1, publishedAt: day(0) }, { version: 2, publishedAt: day(60) }] } })),
    at({ type: 'CorrectPersonDetails', data: { ...p, name: 'Ana R.', email: 'ana@acme.test' } }),
    factId.chain((id) => at({ type: 'RetractPersonFact', data: { ...p, factId: id, reason: 'mistake' }, context: { teamFacts } })),
  );
};

const teamFactsArb = fc.array(fc.record({ eventId: fc.constantFrom('tf-1', 'tf-2', 'tf-3'), teamId: team, occurredAt: date }), { maxLength: 3 });
/** Most runs start with an enrolment, so that later commands have someone to be about. */
const enrolFirst: PersonCommand = {
  type: 'EnrolPerson',
  data: { ...p, externalId: 'E-1', name: 'Ana', email: 'ana@acme.test', teamId: 't1', role: 'member', jobProfileId: null },
  context: { team: 'active', jobProfile: null, personWithExternalId: null },
  occurredAt: day(0),
  now: SPEC_NOW,
};
const scenario = teamFactsArb.chain((teamFacts) =>
  fc.tuple(
    fc.constant(teamFacts),
    fc.tuple(fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }), fc.array(commandOf(teamFacts), { minLength: 1, maxLength: 40 })).map(([first, rest]) => (first ? [enrolFirst, ...rest] : rest)),
  ),
);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('person decider, over random command sequences', () => {
  it('reaches the same state by folding the accepted events from scratch', () =>
    fc.assert(fc.property(scenario, ([, commands]) => {
      const run = runCommands(personDecider, commands);
      expect(personDecider.fold(run.history)).toEqual(run.state);
    }), RUNS));

  it('leaves no trace of a rejected command: only DomainErrors, and the same history without it', () =>
    fc.assert(fc.property(scenario, ([, commands]) => {
      const run = runCommands(personDecider, commands);
      run.rejected.forEach((error) => expect(error).toBeInstanceOf(DomainError));
      const accepted = commands.filter((_, i) => run.outcomes[i]!.accepted);
      const replay = runCommands(personDecider, accepted);
      expect(replay.rejected).toHaveLength(0);
      expect(replay.history).toEqual(run.history);
    }), RUNS));

  it('never lets an accepted command contradict the person’s history', () =>
    fc.assert(fc.property(scenario, ([teamFacts, commands]) => {
      let before = new Set(personViolations(personDecider.initialState(), teamFacts).map((v) => v.factId));
      const history = runCommands(personDecider, commands).history;
      for (let n = 1; n <= history.length; n += 1) {
        const after = personViolations(personDecider.fold(history.slice(0, n)), teamFacts).map((v) => v.factId);
        expect(after.filter((id) => !before.has(id))).toEqual([]);
        before = new Set(after);
      }
    }), RUNS));
});
