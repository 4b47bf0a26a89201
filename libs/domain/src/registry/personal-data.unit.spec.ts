import type { NorteEvent } from './registry';
import { PERSONAL_DATA, type PersonalDataRules } from './personal-data';
import { CURRENT_SCHEMA_VERSION } from './upcast';

/** Applies a rule the way the codec would: the fields it names, the key, the subjects. */
function protect(event: NorteEvent) {
  const rules: PersonalDataRules = PERSONAL_DATA;
  const rule = rules[event.type] as { fields: readonly string[]; keyId: (d: unknown) => string; subjects: (d: unknown) => readonly string[] } | undefined;
  if (!rule) return null;
  const data = event.data as Record<string, unknown>;
  return { fields: Object.fromEntries(rule.fields.map((f) => [f, data[f]])), keyId: rule.keyId(event.data), subjects: rule.subjects(event.data) };
}

describe('personal data', () => {
  it('encrypts a person’s name and e-mail under their key', () =>
    expect(protect({ type: 'PersonEnrolled', data: { personId: 'p1', externalId: 'E1', name: 'Ana', email: 'a@acme.test', teamId: 't1', role: 'member', jobProfileId: null } })).toEqual({
      fields: { name: 'Ana', email: 'a@acme.test' },
      keyId: 'person-p1',
      subjects: ['person-p1'],
    }));

  it('encrypts notes about a person under their key', () => {
    expect(protect({ type: 'AlignmentAssessed', data: { personId: 'p1', jobProfileId: 'jp', fit: 'partial', assessorId: 'l', note: 'n' } })?.keyId).toBe('person-p1');
    expect(protect({ type: 'MisfitResolved', data: { personId: 'p1', assessmentId: 'a', resolution: 'exit', note: 'n' } })?.fields).toEqual({ note: 'n' });
  });

  it('encrypts a coaching note under a per-session key that any coachee’s or the coach’s forgetting deletes', () =>
    expect(
      protect({ type: 'CoachingSessionHeld', data: { teamId: 't1', sessionId: 's1', coachId: 'c', coacheeIds: ['p1', 'p2'], durationMinutes: 30, focusProcessId: 'leadership', privateNote: 'n' } }),
    ).toEqual({ fields: { privateNote: 'n' }, keyId: 'coaching-s1', subjects: ['person-p1', 'person-p2', 'person-c'] }));

  it('encrypts a user’s name and e-mail under the user’s key', () =>
    expect(protect({ type: 'UserCreated', data: { userId: 'u1', name: 'M', email: 'm@a.co', personId: null } })?.keyId).toBe('user-u1'));

  it('leaves organisational text in clear', () => {
    expect(protect({ type: 'RecognitionGranted', data: { teamId: 't1', personId: 'p1', reason: 'r' } })).toBeNull();
    expect(protect({ type: 'RoadmapItemCompleted', data: { teamId: 't1', itemId: 'i', evidence: 'e' } })).toBeNull();
    expect(protect({ type: 'FactRetracted', data: { factId: 'f', factType: 'X', reason: 'r' } })).toBeNull();
    expect(protect({ type: 'WorkshopHeld', data: { teamId: 't1', workshopId: 'w', kind: 'empathy', name: 'n', attendeeIds: ['p1'] } })).toBeNull();
  });

  it('is a policy the store’s encrypting codec takes as it is (fields and key id per event type)', () => {
    const policy: Readonly<Record<string, { readonly fields: readonly string[]; readonly keyId: (data: never) => string }>> = PERSONAL_DATA;
    expect(Object.keys(policy).sort()).toEqual(['AlignmentAssessed', 'CoachingSessionHeld', 'MisfitResolved', 'PersonDetailsCorrected', 'PersonEnrolled', 'UserCreated']);
  });

  it('describes every stored version: types with personal fields have never changed schema', () => {
    // If one of them ever gets a version 2, PERSONAL_DATA must become per-version, since the codec decrypts before upcasting.
    for (const type of Object.keys(PERSONAL_DATA) as (keyof typeof CURRENT_SCHEMA_VERSION)[]) expect([type, CURRENT_SCHEMA_VERSION[type]]).toEqual([type, 1]);
  });
});
