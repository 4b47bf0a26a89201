import { eventLog, fold } from '../audit-trail/log.fixtures.spec';
import type { Reader } from '../audit-trail/access';
import { OrgCalendar } from '../maturity-facts/calendar';
import { foldThroughV8 } from '../roadmap/snapshot.fixtures.spec';
import { outcomesProjection, type OutcomesState } from './outcomes.projection';
import { teamOutcomes, unitOutcomes, type OutcomesRequest } from './outcomes.queries';
import { dateIn } from './zone-dates';

const MINIMUM = 5;
const as = (role: Reader['role']): OutcomesRequest => ({ reader: { role }, confidentialityMinimum: MINIMUM });
const scores = (all: number, warmth = all) => ({ reliability: all, accessibility: all, timeliness: all, proactivity: all, warmth, advice: all });
const protocol = (greeting: boolean, identification: boolean, closing: boolean) => ({ greeting, identification, closing });

function registered(timeZone = 'UTC') {
  const log = eventLog();
  log.org('OrganisationRegistered', { organisationId: 'org', name: 'Acme', locale: 'es', timeZone });
  return log;
}

describe('outcome instruments read model', () => {
  describe('surveys and CSAT of a team', () => {
    const log = registered();
    const older = log.team('desk', 'SurveyResultRecorded', { kind: 'climate', score: 3.5, responseCount: 12 }, { at: '2025-01-15' });
    const sameDayFirst = log.team('desk', 'SurveyResultRecorded', { kind: 'climate', score: 3.9, responseCount: 10 }, { at: '2025-02-15T08:00:00Z' });
    const sameDayLast = log.team('desk', 'SurveyResultRecorded', { kind: 'climate', score: 4.1, responseCount: 8 }, { at: '2025-02-15T07:00:00Z' });
    log.team('desk', 'SurveyResultRecorded', { kind: 'climate', score: 5, responseCount: 0 }, { at: '2025-03-01' });
    const few = log.team('desk', 'SurveyResultRecorded', { kind: 'internal-service', score: 2.2, responseCount: 4 }, { at: '2025-02-01' });
    log.team('desk', 'CsatRecorded', { score: 4.6, responseCount: 30 }, { at: '2025-02-01' });
    const state = fold(outcomesProjection, log.events);

    it('takes the latest date’s last recorded result as latest, never one without responses', () => {
      const { climate } = teamOutcomes(state, 'desk', as('executive'));
      expect(climate.latest).toMatchObject({ eventId: sameDayLast.eventId, score: 4.1, responseCount: 8, date: '2025-02-15', notEnoughResponses: false });
      expect(climate.history.map((p) => p.eventId)).toEqual([older.eventId, sameDayFirst.eventId, sameDayLast.eventId, 'e5']);
    });

    it.each(['executive', 'team-lead'] as const)('withholds a score below the minimum from %s', (role) => {
      expect(teamOutcomes(state, 'desk', as(role)).internalService.latest).toEqual({
        eventId: few.eventId, date: '2025-02-01', occurredAt: few.occurredAt, position: few.position.toString(), score: null, responseCount: 4, notEnoughResponses: true,
      });
      expect(teamOutcomes(state, 'desk', as(role)).climate.history[3]).toMatchObject({ score: null, responseCount: 0, notEnoughResponses: true });
    });

    it.each(['hr', 'admin'] as const)('shows it to %s, flagged', (role) => {
      expect(teamOutcomes(state, 'desk', as(role)).internalService.latest).toMatchObject({ score: 2.2, notEnoughResponses: true });
    });

    it('reads CSAT the same way', () => {
      expect(teamOutcomes(state, 'desk', as('executive')).csat.latest).toMatchObject({ score: 4.6, responseCount: 30 });
    });
  });

  it('dates measurements in the organisation’s time zone', () => {
    const log = registered('America/Bogota');
    log.team('desk', 'CsatRecorded', { score: 4, responseCount: 9 }, { at: '2025-03-01T03:00:00Z' });
    expect(teamOutcomes(fold(outcomesProjection, log.events), 'desk', as('hr')).csat.latest?.date).toBe('2025-02-28');
  });

  it('dates instants exactly as the organisation calendar does, across DST changes and zone edges', () => {
    for (const zone of ['UTC', 'America/Bogota', 'Europe/Madrid', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago']) {
      const calendar = new OrgCalendar(zone);
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 53 * 60_000 + 1_301) {
        const iso = new Date(ms).toISOString();
        if (dateIn(zone, ms) !== calendar.dateOf(iso)) throw new Error(`${zone} ${iso}: ${dateIn(zone, ms)} ≠ ${calendar.dateOf(iso)}`);
      }
    }
  });

  it('gives the same answers through a v8 snapshot of every instrument, with UUID event ids', () => {
    const log = registered('America/Bogota');
    const uuid = (n: number) => `5a0e${String(n).padStart(4, '0')}-1b2c-5d3e-9f40-0123456789ab`;
    log.org('ServiceStandardSet', { channel: 'phone', metric: 'complaints', target: 2 }, { at: '2025-01-01', id: uuid(1) });
    log.team('a', 'SurveyResultRecorded', { kind: 'climate', score: 4.25, responseCount: 10 }, { at: '2025-01-10', id: uuid(2) });
    log.team('a', 'MysteryShopRecorded', { channel: 'chat', scores: scores(3, 1), protocol: protocol(true, false, true) }, { at: '2025-02-01', id: uuid(3) });
    const kpi = log.team('b', 'KpiMeasured', { channel: 'phone', metric: 'complaints', value: 1.5 }, { at: '2025-02-01T02:00:00Z', id: uuid(4) });
    const retraction = log.retract(kpi, { id: uuid(5) });
    log.retract(retraction, { id: uuid(6) });
    log.team('b', 'CsatRecorded', { score: 4.75, responseCount: 3 }, { at: '2025-03-01' });
    const answers = (state: OutcomesState) => [
      teamOutcomes(state, 'a', as('hr')),
      teamOutcomes(state, 'b', as('executive')),
      unitOutcomes(state, ['a', 'b', 'none'], as('executive')),
    ];
    const rebuilt = answers(fold(outcomesProjection, log.events));
    expect(rebuilt[1]).toMatchObject({ kpis: { history: [{ eventId: uuid(4), date: '2025-01-31', target: 2, withinStandard: true }] } });
    expect(rebuilt[0]).toMatchObject({ mysteryShop: { history: [{ eventId: uuid(3), scores: scores(3, 1), protocol: protocol(true, false, true), protocolCompliance: 2 / 3 }] } });
    for (let split = 0; split <= log.events.length; split++) expect(answers(foldThroughV8(outcomesProjection, log.events, split))).toEqual(rebuilt);
  });

  describe('mystery shopping and KPIs', () => {
    const log = registered();
    log.org('ServiceStandardSet', { channel: 'phone', metric: 'first-response-minutes', target: 3 }, { at: '2025-01-01' });
    const stricter = log.org('ServiceStandardSet', { channel: 'phone', metric: 'first-response-minutes', target: 2 }, { at: '2025-03-01' });
    log.team('desk', 'MysteryShopRecorded', { channel: 'phone', scores: scores(2), protocol: protocol(true, true, true) }, { at: '2025-02-01' });
    log.team('desk', 'MysteryShopRecorded', { channel: 'phone', scores: scores(4), protocol: protocol(true, false, false) }, { at: '2025-02-10' });
    log.team('desk', 'MysteryShopRecorded', { channel: 'chat', scores: scores(3, 0), protocol: protocol(true, true, false) }, { at: '2025-02-10' });
    log.team('desk', 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: 2.5 }, { at: '2025-02-20' });
    log.team('desk', 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: 2.5 }, { at: '2025-03-05' });
    log.team('desk', 'KpiMeasured', { channel: 'email', metric: 'resolution-hours', value: 30 }, { at: '2025-03-05' });
    const state = fold(outcomesProjection, log.events);
    const outcomes = teamOutcomes(state, 'desk', as('executive'));
    log.retract(stricter);
    const withoutStricter = fold(outcomesProjection, log.events);

    it('averages the latest date’s shops: mean of six behaviours and protocol compliance', () => {
      expect(outcomes.mysteryShop.latest).toEqual({ date: '2025-02-10', meanScore: (4 + 2.5) / 2, protocolCompliance: (1 / 3 + 2 / 3) / 2, shops: 2 });
      expect(outcomes.mysteryShop.history.map((p) => [p.channel, p.meanScore, p.protocolCompliance])).toEqual([
        ['phone', 2, 1], ['phone', 4, 1 / 3], ['chat', 2.5, 2 / 3],
      ]);
    });

    it('judges each KPI against the standard in force at its date', () => {
      expect(outcomes.kpis.history.map((p) => [p.date, p.target, p.withinStandard])).toEqual([
        ['2025-02-20', 3, true], ['2025-03-05', 2, false], ['2025-03-05', null, null],
      ]);
      expect(outcomes.kpis.latest).toMatchObject({ date: '2025-03-05', judged: 1, withinStandard: 0, withinStandardShare: 0 });
    });

    it('falls back to the earlier standard when the later one is retracted', () => {
      const { kpis } = teamOutcomes(withoutStricter, 'desk', as('hr'));
      expect(kpis.latest).toMatchObject({ judged: 1, withinStandard: 1, withinStandardShare: 1 });
    });
  });

  describe('corrections', () => {
    const log = registered();
    const first = log.team('desk', 'CsatRecorded', { score: 3, responseCount: 9 }, { at: '2025-01-10' });
    const second = log.team('desk', 'CsatRecorded', { score: 4.5, responseCount: 9 }, { at: '2025-02-10' });
    const retraction = log.retract(second);
    const retracted = fold(outcomesProjection, log.events);
    log.retract(retraction);
    const restored = fold(outcomesProjection, log.events);

    it('leaves a retracted measurement out of latest and history', () => {
      const { csat } = teamOutcomes(retracted, 'desk', as('executive'));
      expect(csat.latest?.eventId).toBe(first.eventId);
      expect(csat.history.map((p) => p.eventId)).toEqual([first.eventId]);
    });

    it('brings it back when the retraction is retracted', () => {
      expect(teamOutcomes(restored, 'desk', as('executive')).csat.latest?.eventId).toBe(second.eventId);
    });

    it('never counts a measurement recorded after its own retraction (a log no decider writes)', () => {
      const odd = registered();
      const early = odd.append('team-desk', 'FactRetracted', { factId: 'late', factType: 'CsatRecorded', reason: 'Too early' });
      odd.team('desk', 'CsatRecorded', { score: 4, responseCount: 9 }, { id: 'late' });
      expect(teamOutcomes(fold(outcomesProjection, odd.events), 'desk', as('hr')).csat.latest).toBeNull();
      odd.retract(early);
      expect(teamOutcomes(fold(outcomesProjection, odd.events), 'desk', as('hr')).csat.latest?.eventId).toBe('late');
    });

    it('gives the same answers through a v8 snapshot on disk as a full rebuild', () => {
      const answers = (state: OutcomesState) => [teamOutcomes(state, 'desk', as('hr')), unitOutcomes(state, ['desk'], as('executive'))];
      for (let split = 0; split <= log.events.length; split++) expect(answers(foldThroughV8(outcomesProjection, log.events, split))).toEqual(answers(restored));
    });
  });

  describe('a unit’s aggregates', () => {
    const log = registered();
    log.team('a', 'SurveyResultRecorded', { kind: 'climate', score: 4, responseCount: 10 }, { at: '2025-01-10' });
    log.team('b', 'SurveyResultRecorded', { kind: 'climate', score: 3, responseCount: 30 }, { at: '2025-01-12' });
    log.team('c', 'SurveyResultRecorded', { kind: 'climate', score: 1, responseCount: 4 }, { at: '2025-01-15' });
    log.team('a', 'SurveyResultRecorded', { kind: 'climate', score: 5, responseCount: 10 }, { at: '2025-02-10' });
    log.team('c', 'SurveyResultRecorded', { kind: 'internal-service', score: 2, responseCount: 3 }, { at: '2025-02-11' });
    log.team('a', 'MysteryShopRecorded', { channel: 'phone', scores: scores(4), protocol: protocol(true, true, true) }, { at: '2025-02-01' });
    log.team('b', 'MysteryShopRecorded', { channel: 'phone', scores: scores(3), protocol: protocol(false, false, false) }, { at: '2025-02-01' });
    log.org('ServiceStandardSet', { channel: 'phone', metric: 'complaints', target: 2 }, { at: '2025-01-01' });
    log.team('a', 'KpiMeasured', { channel: 'phone', metric: 'complaints', value: 1 }, { at: '2025-02-01' });
    log.team('b', 'KpiMeasured', { channel: 'phone', metric: 'complaints', value: 5 }, { at: '2025-02-01' });
    log.team('elsewhere', 'SurveyResultRecorded', { kind: 'climate', score: 1, responseCount: 100 }, { at: '2025-02-01' });
    const state = fold(outcomesProjection, log.events);
    const unit = unitOutcomes(state, ['a', 'b', 'c'], as('executive'));

    it('weighs the latest scores of the teams meeting the minimum by their responses, leaving the others out', () => {
      expect(unit.climate).toEqual({ score: (5 * 10 + 3 * 30) / 40, responseCount: 40, teamsIncluded: 2, teamsBelowMinimum: 1, notEnoughResponses: false });
    });

    it('says "not enough responses", with no score, when no team meets the minimum', () => {
      expect(unit.internalService).toEqual({ score: null, responseCount: 0, teamsIncluded: 0, teamsBelowMinimum: 1, notEnoughResponses: true });
      expect(unitOutcomes(state, ['a', 'b', 'c'], as('hr')).internalService.score).toBeNull();
      expect(unit.csat).toEqual({ score: null, responseCount: 0, teamsIncluded: 0, teamsBelowMinimum: 0, notEnoughResponses: false });
    });

    it('averages mystery shops over teams and pools KPI judgements', () => {
      expect(unit.mysteryShop).toEqual({ meanScore: 3.5, protocolCompliance: 0.5, teams: 2 });
      expect(unit.kpis).toEqual({ judged: 2, withinStandard: 1, withinStandardShare: 0.5, teams: 2 });
    });

    it('lists each team’s latest values, withheld where the reader may not see them', () => {
      expect(unit.teams.map((t) => [t.teamId, t.climate?.score ?? null, t.internalService?.score ?? null])).toEqual([
        ['a', 5, null], ['b', 3, null], ['c', null, null],
      ]);
      expect(unitOutcomes(state, ['c'], as('hr')).teams[0]).toMatchObject({ climate: { score: 1, notEnoughResponses: true }, internalService: { score: 2 } });
    });

    it('keeps a monthly history of the same aggregates', () => {
      expect(unit.history.map((p) => [p.month, p.climate.score, p.climate.teamsIncluded, p.mysteryShop.teams])).toEqual([
        ['2025-01', (4 * 10 + 3 * 30) / 40, 2, 0],
        ['2025-02', 5, 1, 2],
      ]);
    });
  });
});
