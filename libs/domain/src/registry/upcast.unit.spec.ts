import type { SurveyResultRecorded } from '../team/team.events';
import { CURRENT_SCHEMA_VERSION, upcast, UPCASTERS } from './upcast';

/** As the store holds it today: written by Norte before the internal-service survey existed. */
const STORED_V1 = '{"teamId":"t1","average":4.25,"responses":12}';
const CURRENT: SurveyResultRecorded['data'] = { teamId: 't1', kind: 'climate', score: 4.25, responseCount: 12 };

describe('event versioning', () => {
  it('upcasts a stored v1 survey result to the current shape', () => expect(upcast('SurveyResultRecorded', 1, JSON.parse(STORED_V1))).toEqual(CURRENT));

  it('round-trips: the upcast data, stored again at the current version, reads back unchanged', () => {
    const upcast1 = upcast('SurveyResultRecorded', 1, JSON.parse(STORED_V1));
    const stored = JSON.stringify(upcast1);
    expect(upcast('SurveyResultRecorded', CURRENT_SCHEMA_VERSION.SurveyResultRecorded, JSON.parse(stored))).toEqual(upcast1);
    expect(JSON.parse(JSON.stringify(CURRENT))).toEqual(CURRENT);
  });

  it('passes data of the current version through untouched', () => {
    const data = { teamId: 't1', itemId: 'i1' };
    expect(upcast('RoadmapItemStarted', 1, data)).toBe(data);
  });

  it('has an upcaster for every version below the current one', () => {
    for (const [type, current] of Object.entries(CURRENT_SCHEMA_VERSION)) {
      for (let version = 1; version < current; version += 1) expect([type, version, typeof UPCASTERS[type as keyof typeof UPCASTERS]?.[version]]).toEqual([type, version, 'function']);
    }
  });

  it('refuses an unknown type, and a version it does not know (corrupt, or written by newer code)', () => {
    expect(() => upcast('SurveyTaken', 1, {})).toThrow(/Unknown event type/);
    expect(() => upcast('SurveyResultRecorded', 3, {})).toThrow(/no schema version 3/);
    expect(() => upcast('SurveyResultRecorded', 0, {})).toThrow(/no schema version 0/);
  });
});
