import { eventLog, fold, splits, uuidOf } from '../audit-trail/log.fixtures.spec';
import { foldThroughV8 } from '../roadmap/snapshot.fixtures.spec';
import { outcomesProjection, type OutcomesState } from './outcomes.projection';
import { teamOutcomes, unitOutcomes } from './outcomes.queries';

const scores = (all: number) => ({ reliability: all, accessibility: all, timeliness: all, proactivity: all, warmth: all, advice: all });

/** Measurements of UUID teams with UUID event ids (and a few that are not), standards, and retractions of both. */
function program() {
  const log = eventLog({ uuidIds: true });
  log.org('OrganisationRegistered', { organisationId: 'org', name: 'Acme', locale: 'es', timeZone: 'America/Bogota' });
  const teams = ['desk', 'phones', 'chat'].map((t) => uuidOf(`team:${t}`)).concat('legacy-team');
  const standard = log.org('ServiceStandardSet', { channel: 'phone', metric: 'complaints', target: 2 }, { at: '2025-01-01' });
  for (let i = 0; i < 200; i++) {
    const team = teams[i % 4];
    const at = { at: `2025-${String(1 + Math.floor(i / 20)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00Z`, ...(i % 17 === 3 ? { id: `legacy-${i}` } : {}) };
    if (i % 4 === 0) log.team(team, 'SurveyResultRecorded', { kind: 'climate', score: 3 + (i % 3) / 2, responseCount: i % 9 }, at);
    else if (i % 4 === 1) log.team(team, 'CsatRecorded', { score: 4, responseCount: 10 + i }, at);
    else if (i % 4 === 2) log.team(team, 'MysteryShopRecorded', { channel: 'phone', scores: scores(i % 5), protocol: { greeting: true, identification: i % 2 === 0, closing: false } }, at);
    else log.team(team, 'KpiMeasured', { channel: 'phone', metric: 'complaints', value: i % 4 }, at);
    if (i % 9 === 8) {
      const retraction = log.retract(log.events[log.events.length - 1]);
      if (i % 18 === 17) log.retract(retraction);
    }
    if (i === 100) log.retract(standard);
  }
  return { log, teams: [...teams, 'nowhere'] };
}

const answers = (state: OutcomesState, teams: readonly string[]) =>
  (['hr', 'executive'] as const).flatMap((role) => {
    const request = { reader: { role }, confidentialityMinimum: 5 };
    return [...teams.map((t) => teamOutcomes(state, t, request)), unitOutcomes(state, teams, request)];
  });

describe('outcomes snapshots with UUID ids', () => {
  const { log, teams } = program();
  const rebuilt = answers(fold(outcomesProjection, log.events), teams);

  it('shows the program', () => {
    expect(JSON.stringify(rebuilt)).toContain(uuidOf('e10'));
    expect(JSON.stringify(rebuilt)).toContain('legacy-3');
  });

  it('gives the same answers through a v8 snapshot taken after every fifth event, then the events after it', () => {
    for (const split of splits(log.events.length, 5)) expect(answers(foldThroughV8(outcomesProjection, log.events, split), teams)).toEqual(rebuilt);
  });
});
