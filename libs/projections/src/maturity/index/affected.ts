import type { MaturityFact } from '../facts';
import type { ProcessId } from '../processes';
import { rowOfId } from './columns';
import { factAt } from './add-fact';
import { teamsOfPerson, type MaturityIndex } from './maturity-index';

/** What a fact can change: the levels of these teams, for these processes ('all': every one). */
export interface Affected {
  readonly teams: ReadonlySet<string> | 'all';
  readonly processes: ReadonlySet<ProcessId> | 'all';
}

const NOTHING: Affected = { teams: new Set(), processes: new Set() };

/**
 * The teams (and processes) whose levels a fact may change at some date — for invalidating cached
 * levels or timelines. Call it after adding the fact to the index. Person facts reach every team
 * the person was ever placed in, since they travel with the person.
 */
export function affectedBy(index: MaturityIndex, fact: MaturityFact): Affected {
  const everyTeam = (processes: ProcessId[] | 'all'): Affected => ({
    teams: 'all',
    processes: processes === 'all' ? 'all' : new Set(processes),
  });
  const teams = (...ids: string[]): Affected => ({ teams: new Set(ids), processes: 'all' });
  const teamsOf = (personIds: readonly string[], also: string[] = []): Affected =>
    teams(...also, ...personIds.flatMap((personId) => teamsOfPerson(index, personId)));
  switch (fact.kind) {
    case 'mission-set':
    case 'vision-set':
    case 'guiding-principle-defined':
    case 'core-value-defined':
    case 'core-value-retired':
      return everyTeam(['true-north']);
    case 'service-policy-published':
      return everyTeam(['service-model']);
    case 'course-defined':
      return everyTeam(['service-excellence']);
    case 'service-standard-set':
      return everyTeam('all'); // standards also judge KPIs, whichever process measures them
    case 'person-enrolled':
    case 'person-moved-team':
    case 'team-role-changed':
    case 'job-profile-changed':
    case 'person-left':
    case 'life-plan-conversation-held':
    case 'alignment-assessed':
    case 'training-completed':
    case 'policy-acknowledged':
      return teamsOf([fact.data.personId]);
    case 'workshop-held':
      return teamsOf(fact.data.attendeeIds, [fact.data.teamId]);
    case 'coaching-session-held':
      return teamsOf(fact.data.coacheeIds, [fact.data.teamId]);
    case 'roadmap-item-planned':
    case 'roadmap-item-cancelled':
    case 'survey-result-recorded':
    case 'mystery-shop-recorded':
    case 'kpi-measured':
    case 'csat-recorded':
      return teams(fact.data.teamId);
    case 'fact-retracted': {
      // Retracting (or restoring) a fact changes what that fact changed; one not yet known, nothing.
      const target = rowOfId(index.facts, fact.data.retractedFactId);
      return target < 0 ? NOTHING : affectedBy(index, factAt(index, target));
    }
    default: {
      const unhandled: never = fact;
      return unhandled;
    }
  }
}
