import { generateProgram } from './generate';
import { consistencyViolations, replayThroughDeciders } from './verify';

// The strongest check: every generated event is exactly what the real decider decides for the
// command the API would have sent, with the context the real directory read model gives.
describe('a generated program replayed through the deciders', () => {
  it.each([
    [1, 20, 250, 20_000],
    [2, 5, 12, 3_000],
    [3, 40, 420, 15_000],
  ])('seed %i, %i teams, %i people, %i events: every command is accepted and decides exactly the generated event', (seed, teams, people, events) => {
    const program = [...generateProgram({ seed, teams, people, events, start: '2025-01-01', days: 730 })];
    expect(replayThroughDeciders(program)).toEqual([]);
    expect(consistencyViolations(program)).toEqual([]);
  }, 180_000);

  it('would notice an attendee who had already left', () => {
    const program = [...generateProgram({ seed: 1, teams: 20, people: 250, events: 20_000, start: '2025-01-01', days: 730 })];
    const leaver = program.find((e) => e.type === 'PersonLeft')!;
    const late = program.findIndex((e) => e.type === 'WorkshopHeld' && e.occurredAt > leaver.recordedAt);
    const workshop = program[late]!;
    const data = workshop.data as { attendeeIds: string[] };
    const personId = (leaver.data as { personId: string }).personId;
    program[late] = { ...workshop, data: { ...data, attendeeIds: [...data.attendeeIds.filter((id) => id !== personId), personId] } };
    expect(replayThroughDeciders(program)).toEqual([expect.stringContaining('was not an active member of the team')]);
    expect(consistencyViolations(program)).toHaveLength(2);
  }, 60_000);
});
