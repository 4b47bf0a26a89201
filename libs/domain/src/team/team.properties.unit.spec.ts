import fc from 'fast-check';
import { runCommands, SPEC_NOW } from '@norte/testing';
import type { TeamMembership } from '../shared/context';
import { DomainError } from '../shared/errors';
import type { TeamCommand, TeamContext } from './team.commands';
import { teamDecider, teamViolations } from './team.decide';

/** Day n of 2026 on a 28-day calendar (enough for ordering); from June on, after SPEC_NOW. */
const day = (n: number) => `2026-0${Math.floor(n / 28) + 1}-${String((n % 28) + 1).padStart(2, '0')}T09:00:00.000Z`;
const date = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 140 }), weight: 19 }, { arbitrary: fc.integer({ min: 160, max: 170 }), weight: 1 }).map(day);
const item = fc.constantFrom('i1', 'i2', 'i3');
const person = fc.constantFrom('p1', 'p2', 'p3', 'p4');
const factId = fc.integer({ min: 1, max: 12 }).map((n) => `e-${n}`);
const t = { teamId: 't1' };

const membership: fc.Arbitrary<TeamMembership> = fc
  .record({ personId: person, from: fc.integer({ min: 0, max: 100 }), length: fc.option(fc.integer({ min: 1, max: 100 })) })
  .map(({ personId, from, length }) => ({ personId, from: day(from), until: length === null ? null : day(from + length) }));
/** p1 is always there; the others come and go. */
const contextArb: fc.Arbitrary<TeamContext> = fc
  .array(membership, { maxLength: 5 })
  .map((memberships) => ({ team: { status: 'active' }, memberships: [{ personId: 'p1', from: day(0), until: null }, ...memberships] }));

const commandOf = (context: TeamContext): fc.Arbitrary<TeamCommand> => {
  const at = (type: TeamCommand['type'], data: object) => date.map((occurredAt) => ({ type, data: { ...t, ...data }, context, occurredAt, now: SPEC_NOW }) as TeamCommand);
  const onItem = (type: TeamCommand['type'], extra: object = {}) => item.chain((itemId) => at(type, { itemId, ...extra }));
  return fc.oneof(
    item.chain((itemId) => at('PlanRoadmapItem', { itemId, processId: 'alignment', practiceId: 'job-profiles', title: 'Profiles', ownerId: 'p1', dueDate: '2026-09-01' })),
    onItem('StartRoadmapItem'),
    onItem('CompleteRoadmapItem', { evidence: 'done' }),
    fc.constantFrom('2026-10-01', '2026-11-01').chain((dueDate) => onItem('RescheduleRoadmapItem', { dueDate, reason: 'late' })),
    onItem('BlockRoadmapItem', { reason: 'waiting' }),
    onItem('UnblockRoadmapItem'),
    onItem('CancelRoadmapItem', { reason: null }),
    fc.tuple(fc.uuid(), fc.uniqueArray(person, { minLength: 1, maxLength: 3 })).chain(([workshopId, attendeeIds]) => at('RecordWorkshop', { workshopId: workshopId.slice(0, 8), kind: 'purpose', name: 'Purpose', attendeeIds })),
    fc.tuple(fc.uuid(), fc.uniqueArray(person, { minLength: 1, maxLength: 2 })).chain(([sessionId, coacheeIds]) =>
      at('RecordCoachingSession', { sessionId: sessionId.slice(0, 8), coachId: 'coach', coacheeIds, durationMinutes: 30, focusProcessId: 'leadership', privateNote: null }),
    ),
    fc.option(person).chain((personId) => at('GrantRecognition', { personId, reason: 'Great service' })),
    fc.integer({ min: 0, max: 10 }).chain((responseCount) => at('RecordSurveyResult', { kind: 'climate', score: 4, responseCount })),
    at('RecordKpiMeasurement', { channel: 'chat', metric: 'resolution-hours', value: 5 }),
    factId.chain((id) => at('RetractTeamFact', { factId: id, reason: 'mistake' })),
  );
};

/** Items planned up front, so that transitions have something to act on. */
const plans = (context: TeamContext): TeamCommand[] =>
  ['i1', 'i2'].map((itemId) => ({
    type: 'PlanRoadmapItem',
    data: { ...t, itemId, processId: 'alignment', practiceId: 'job-profiles', title: 'Profiles', ownerId: 'p1', dueDate: '2026-09-01' },
    context,
    occurredAt: day(0),
    now: SPEC_NOW,
  }));
const scenario = contextArb.chain((context) =>
  fc.tuple(fc.constant(context), fc.array(commandOf(context), { minLength: 5, maxLength: 40, size: 'large' }).map((rest) => [...plans(context), ...rest])),
);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('team decider, over random command sequences', () => {
  it('reaches the same state by folding the accepted events from scratch', () =>
    fc.assert(fc.property(scenario, ([, commands]) => {
      const run = runCommands(teamDecider, commands);
      expect(teamDecider.fold(run.history)).toEqual(run.state);
    }), RUNS));

  it('leaves no trace of a rejected command: only DomainErrors, and the same history without it', () =>
    fc.assert(fc.property(scenario, ([, commands]) => {
      const run = runCommands(teamDecider, commands);
      run.rejected.forEach((error) => expect(error).toBeInstanceOf(DomainError));
      const replay = runCommands(teamDecider, commands.filter((_, i) => run.outcomes[i]!.accepted));
      expect(replay.rejected).toHaveLength(0);
      expect(replay.history).toEqual(run.history);
    }), RUNS));

  it('keeps every roadmap item valid under the state machine and every named person a member', () =>
    fc.assert(fc.property(scenario, ([context, commands]) => {
      const run = runCommands(teamDecider, commands);
      expect(teamViolations(run.state, context.memberships)).toEqual([]);
    }), RUNS));
});
