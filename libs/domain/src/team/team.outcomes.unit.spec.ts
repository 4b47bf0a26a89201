import { command, deciderSpec } from '@norte/testing';
import type { TeamCommand as C } from './team.commands';
import { teamDecider } from './team.decide';
import { options } from './team.fixtures.spec';

const spec = deciderSpec(teamDecider);
const t = { teamId: 't1' };
const survey = (data: object) => command<C>('RecordSurveyResult', { ...t, kind: 'internal-service', score: 4.3, responseCount: 12, ...data } as C['data'], options());
const scores = { reliability: 4, accessibility: 5, timeliness: 3, proactivity: 4, warmth: 5, advice: 4 };
const protocol = { greeting: true, identification: false, closing: true };
const shop = (data: object) => command<C>('RecordMysteryShop', { ...t, channel: 'phone', scores, protocol, ...data } as C['data'], options());
const kpi = (data: object) => command<C>('RecordKpiMeasurement', { ...t, channel: 'email', metric: 'first-response-minutes', value: 42.5, ...data } as C['data'], options());
const csat = (data: object) => command<C>('RecordCsat', { ...t, score: 4.4, responseCount: 30, ...data } as C['data'], options());

describe('team outcome measurements', () => {
  describe('surveys', () => {
    it('records a climate or internal-service aggregate', () =>
      spec.given().when(survey({})).then([{ type: 'SurveyResultRecorded', data: { ...t, kind: 'internal-service', score: 4.3, responseCount: 12 } }]));
    it('records a result with no responses (which is no measurement, but is a fact)', () =>
      spec.given().when(survey({ kind: 'climate', responseCount: 0 })).then([{ type: 'SurveyResultRecorded', data: { ...t, kind: 'climate', score: 4.3, responseCount: 0 } }]));
    it('rejects an unknown kind, a score outside 1–5 and a count that is negative or fractional', () => {
      spec.given().when(survey({ kind: 'pulse' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'kind' });
      spec.given().when(survey({ score: 0.9 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'score' });
      spec.given().when(survey({ score: 5.01 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'score' });
      spec.given().when(survey({ responseCount: -1 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'responseCount' });
      spec.given().when(survey({ responseCount: 2.5 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'responseCount' });
    });
  });

  describe('mystery shopping', () => {
    it('records the six behaviour scores and protocol compliance of a visit or call', () =>
      spec.given().when(shop({})).then([{ type: 'MysteryShopRecorded', data: { ...t, channel: 'phone', scores, protocol } }]));
    it('rejects an unknown channel, a behaviour score outside 1–5 or missing, and a protocol step that is not a yes/no', () => {
      spec.given().when(shop({ channel: 'fax' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'channel' });
      spec.given().when(shop({ scores: { ...scores, warmth: 6 } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'scores.warmth' });
      spec.given().when(shop({ scores: { ...scores, advice: undefined } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'scores.advice' });
      spec.given().when(shop({ protocol: { ...protocol, closing: 'yes' } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'protocol.closing' });
    });
  });

  describe('service KPIs', () => {
    it('records a metric for a channel', () =>
      spec.given().when(kpi({})).then([{ type: 'KpiMeasured', data: { ...t, channel: 'email', metric: 'first-response-minutes', value: 42.5 } }]));
    it('records complaints as a whole count', () =>
      spec.given().when(kpi({ metric: 'complaints', value: 3 })).then([{ type: 'KpiMeasured', data: { ...t, channel: 'email', metric: 'complaints', value: 3 } }]));
    it('rejects an unknown metric, a negative value and fractional complaints', () => {
      spec.given().when(kpi({ metric: 'nps' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'metric' });
      spec.given().when(kpi({ value: -1 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'value' });
      spec.given().when(kpi({ metric: 'complaints', value: 1.5 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'value' });
    });
  });

  describe('CSAT', () => {
    it('records a team aggregate with its response count', () => spec.given().when(csat({})).then([{ type: 'CsatRecorded', data: { ...t, score: 4.4, responseCount: 30 } }]));
    it('rejects a score outside 1–5 and a negative count', () => {
      spec.given().when(csat({ score: 7 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'score' });
      spec.given().when(csat({ responseCount: -3 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'responseCount' });
    });
  });

  it('rejects a measurement dated in the future', () =>
    spec.given().when(command<C>('RecordCsat', { ...t, score: 4, responseCount: 5 }, { ...options(), occurredAt: '2026-07-01T00:00:00.000Z' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'occurredAt' }));
  it('rejects an unsafe team id', () =>
    spec.given().when(command<C>('RecordCsat', { teamId: 't 1', score: 4, responseCount: 5 }, options())).thenThrows({ code: 'BAD_USER_INPUT', field: 'teamId' }));
});
