import { createHash } from 'node:crypto';
import { isEventType } from '@norte/domain';
import { generateProgram } from './generate';
import { BACKDATED_SHARE, bucketOf, MIX, type Bucket } from './mix';
import type { GeneratedEvent, ProgramOptions } from './model';
import { consistencyViolations } from './verify';

const SMALL: ProgramOptions = { seed: 1, teams: 20, people: 250, events: 20_000, start: '2025-01-01', days: 730 };
const DAY = 86_400_000;

const digest = (options: ProgramOptions) => {
  const hash = createHash('sha256');
  for (const event of generateProgram(options)) hash.update(JSON.stringify(event)).update('\n');
  return hash.digest('hex');
};

describe('generateProgram (seed 1, 20 teams, 250 people, 20,000 events)', () => {
  let events: GeneratedEvent[];
  beforeAll(() => {
    events = [...generateProgram(SMALL)];
  });
  const share = (predicate: (e: GeneratedEvent) => boolean) => events.filter(predicate).length / events.length;

  it('yields exactly the requested number of events, of known types, with unique ids', () => {
    expect(events).toHaveLength(SMALL.events);
    expect(events.filter((e) => !isEventType(e.type)).map((e) => e.type)).toEqual([]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(new Set(events.map((e) => e.commandId)).size).toBe(events.length);
  });

  it('yields events in recorded order, never recorded before they happened, within the two years', () => {
    const start = Date.parse('2025-01-01T05:00:00.000Z');
    const end = start + 730 * DAY;
    events.forEach((e, i) => {
      const recorded = Date.parse(e.recordedAt);
      const occurred = Date.parse(e.occurredAt);
      if (i > 0) expect(recorded).toBeGreaterThan(Date.parse(events[i - 1]!.recordedAt));
      expect(occurred).toBeLessThanOrEqual(recorded);
      expect(occurred).toBeGreaterThanOrEqual(start);
      expect(recorded).toBeLessThan(end);
    });
  });

  it('registers the organisation in America/Bogota first', () => {
    expect(events[0]).toMatchObject({ type: 'OrganisationRegistered', data: { timeZone: 'America/Bogota' } });
  });

  it('follows the mix of issue 5 within a point', () => {
    const buckets = Object.keys(MIX) as (keyof typeof MIX)[];
    for (const bucket of buckets) expect(Math.abs(share((e) => bucketOf(e.type, e.streamId) === bucket) - MIX[bucket])).toBeLessThan(0.01);
    const changes = share((e) => ['membership', 'retraction'].includes(bucketOf(e.type, e.streamId) as Bucket));
    expect(Math.abs(changes - 0.05)).toBeLessThan(0.01);
    const retractions = share((e) => bucketOf(e.type, e.streamId) === 'retraction');
    expect(retractions).toBeGreaterThanOrEqual(0.01);
    expect(retractions).toBeLessThanOrEqual(0.02);
  });

  it('back-dates about 5 % of facts by days to weeks', () => {
    const lags = events.map((e) => Date.parse(e.recordedAt) - Date.parse(e.occurredAt)).filter((lag) => lag >= DAY);
    expect(Math.abs(lags.length / events.length - BACKDATED_SHARE)).toBeLessThan(0.01);
    expect(Math.max(...lags)).toBeLessThan(40 * DAY);
  });

  it('records survey and CSAT results with fewer than five responses now and then', () => {
    const small = events.filter((e) => ['SurveyResultRecorded', 'CsatRecorded'].includes(e.type) && (e.data as { responseCount: number }).responseCount < 5);
    expect(small.length).toBeGreaterThan(10);
  });

  it('uses nearly every event type of the catalogue', () => {
    const used = new Set(events.map((e) => e.type));
    for (const type of ['PersonMovedTeam', 'PersonLeft', 'TeamRoleChanged', 'MisfitResolved', 'RoadmapItemUnblocked', 'UnitArchived', 'FactRetracted', 'KpiMeasured', 'MysteryShopRecorded']) {
      expect(used).toContain(type);
    }
    expect(used.size).toBeGreaterThanOrEqual(44);
  });

  it('leaves nothing the domain consistency checks object to (person, team and organisation streams folded with evolve)', () => {
    expect(consistencyViolations(events)).toEqual([]);
  });
});

describe('determinism', () => {
  const options: ProgramOptions = { ...SMALL, teams: 6, people: 60, events: 4_000 };

  it('gives byte-identical output for the same seed', () => {
    expect(digest(options)).toBe(digest(options));
  });

  it('gives different output for another seed', () => {
    expect(digest({ ...options, seed: 2 })).not.toBe(digest(options));
  });
});
