import {
  PROTOCOL_STEPS,
  SERVICE_BEHAVIOURS,
  type Channel,
  type KpiMetric,
  type OrganisationEvent,
  type ProtocolStep,
  type ServiceBehaviour,
  type SurveyKind,
  type TeamEvent,
} from '@norte/domain';
import { OrgCalendar } from '../maturity-facts/calendar';
import { emptyRetractions, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf } from '../audit-trail/streams';
import type { DecodedEvent, Projection } from '../shared/projection';

interface Stamp {
  readonly eventId: string;
  readonly position: string;
  readonly occurredAt: string;
  /** Calendar date of `occurredAt` in the organisation's time zone. */
  readonly date: string;
}

export type Measurement = Stamp & { readonly teamId: string } & (
    | { readonly kind: 'survey'; readonly surveyKind: SurveyKind; readonly score: number; readonly responseCount: number }
    | { readonly kind: 'csat'; readonly score: number; readonly responseCount: number }
    | {
        readonly kind: 'mystery-shop';
        readonly channel: Channel;
        readonly scores: Readonly<Record<ServiceBehaviour, number>>;
        readonly protocol: Readonly<Record<ProtocolStep, boolean>>;
        readonly meanScore: number;
        readonly protocolCompliance: number;
      }
    | { readonly kind: 'kpi'; readonly channel: Channel; readonly metric: KpiMetric; readonly value: number }
  );

export type Standard = Stamp & { readonly channel: Channel; readonly metric: KpiMetric; readonly target: number };

export interface OutcomesState {
  timeZone: string;
  measurements: Record<string, Measurement>;
  /** Per team, measurement ids in global order. */
  teams: Record<string, string[]>;
  /** Service standards in global order. */
  standards: Standard[];
  retractions: Retractions;
}

const calendars = new Map<string, OrgCalendar>();
const calendar = (timeZone: string): OrgCalendar => {
  let found = calendars.get(timeZone);
  if (!found) calendars.set(timeZone, (found = new OrgCalendar(timeZone)));
  return found;
};

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function measurement(event: TeamEvent, stamp: Stamp & { teamId: string }): Measurement | null {
  switch (event.type) {
    case 'SurveyResultRecorded':
      return { ...stamp, kind: 'survey', surveyKind: event.data.kind, score: event.data.score, responseCount: event.data.responseCount };
    case 'CsatRecorded':
      return { ...stamp, kind: 'csat', score: event.data.score, responseCount: event.data.responseCount };
    case 'MysteryShopRecorded':
      return {
        ...stamp,
        kind: 'mystery-shop',
        channel: event.data.channel,
        scores: event.data.scores,
        protocol: event.data.protocol,
        meanScore: mean(SERVICE_BEHAVIOURS.map((b) => event.data.scores[b])),
        protocolCompliance: PROTOCOL_STEPS.filter((s) => event.data.protocol[s]).length / PROTOCOL_STEPS.length,
      };
    case 'KpiMeasured':
      return { ...stamp, kind: 'kpi', channel: event.data.channel, metric: event.data.metric, value: event.data.value };
    default:
      return null;
  }
}

/**
 * Every measurement of the outcome instruments per team (surveys, CSAT, mystery shops, KPIs) and
 * the organisation's service standards, dated in the organisation's time zone. Retracted ones are
 * skipped when read (retractions are tracked, so a retracted retraction restores them); latest
 * values, history and unit aggregates are computed by the queries, with confidentiality applied there.
 */
export const outcomesProjection: Projection<OutcomesState> = {
  name: 'outcomes',
  version: 1,
  canHandle: ['OrganisationRegistered', 'ServiceStandardSet', 'SurveyResultRecorded', 'CsatRecorded', 'MysteryShopRecorded', 'KpiMeasured', 'FactRetracted'],
  init: () => ({ timeZone: 'UTC', measurements: {}, teams: {}, standards: [], retractions: emptyRetractions() }),
  evolve(state, event: DecodedEvent) {
    const category = categoryOf(event.streamId);
    if (event.type === 'FactRetracted') {
      if (category === 'team' || category === 'organisation') recordRetraction(state.retractions, event.eventId, (event.data as { factId: string }).factId);
      return state;
    }
    const stamp = { eventId: event.eventId, position: event.position.toString(), occurredAt: event.occurredAt, date: calendar(state.timeZone).dateOf(event.occurredAt) };
    if (category === 'organisation') {
      const domain = { type: event.type, data: event.data } as OrganisationEvent;
      if (domain.type === 'OrganisationRegistered') state.timeZone = domain.data.timeZone;
      if (domain.type === 'ServiceStandardSet') state.standards.push({ ...stamp, channel: domain.data.channel, metric: domain.data.metric, target: domain.data.target });
      return state;
    }
    if (category !== 'team') return state;
    const domain = { type: event.type, data: event.data } as TeamEvent;
    const found = measurement(domain, { ...stamp, teamId: (domain.data as { teamId: string }).teamId });
    if (found) {
      state.measurements[found.eventId] = found;
      (state.teams[found.teamId] ??= []).push(found.eventId);
    }
    return state;
  },
};
