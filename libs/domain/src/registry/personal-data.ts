import type { NorteEvent } from './registry';

export const personKeyId = (personId: string): string => `person-${personId}`;
export const userKeyId = (userId: string): string => `user-${userId}`;
export const coachingKeyId = (sessionId: string): string => `coaching-${sessionId}`;

/**
 * How the store's codec protects one event type's personal fields: which fields to encrypt, under
 * which key, and whose forgetting deletes that key. Domain code only ever sees plaintext.
 * Structurally a `PersonalDataPolicy` entry of libs/event-store (fields + keyId), plus `subjects`.
 */
export interface PersonalDataRule<D> {
  /** JSON paths (dot paths into the event data, JSONPath `$.<field>`) of the fields to encrypt; null stays null. */
  readonly fields: readonly (keyof D & string)[];
  /** The key the fields are encrypted with. */
  readonly keyId: (data: D) => string;
  /** Data subjects (`person-<id>`, `user-<id>`) whose forgetting must delete that key. */
  readonly subjects: (data: D) => readonly string[];
}

export type PersonalDataRules = { readonly [E in NorteEvent as E['type']]?: PersonalDataRule<E['data']> };

const aboutPerson = <D extends { readonly personId: string }>(...fields: readonly (keyof D & string)[]): PersonalDataRule<D> => ({
  fields,
  keyId: (data) => personKeyId(data.personId),
  subjects: (data) => [personKeyId(data.personId)],
});

/**
 * Every event type with personal fields. Types not listed hold none: their text (titles, evidence,
 * reasons, recognitions, workshop names, norms) is organisational and stays in clear. These rules
 * describe every stored schema version of their types (see upcast.unit.spec.ts).
 */
export const PERSONAL_DATA = {
  PersonEnrolled: aboutPerson('name', 'email'),
  PersonDetailsCorrected: aboutPerson('name', 'email'),
  AlignmentAssessed: aboutPerson('note'),
  MisfitResolved: aboutPerson('note'),
  /**
   * A note about several people under one key per session: forgetting any coachee — or the coach,
   * who wrote it — deletes it, while the session itself (who, when, how long) stays countable.
   */
  CoachingSessionHeld: {
    fields: ['privateNote'],
    keyId: (data) => coachingKeyId(data.sessionId),
    subjects: (data) => [...data.coacheeIds, data.coachId].map(personKeyId),
  },
  UserCreated: {
    fields: ['name', 'email'],
    keyId: (data) => userKeyId(data.userId),
    subjects: (data) => [userKeyId(data.userId)],
  },
} as const satisfies PersonalDataRules;
