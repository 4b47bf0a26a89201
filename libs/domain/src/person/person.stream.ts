/** One stream per person: facts about different people never contend. */
export const PERSON_CATEGORY = 'person';

export const personStreamId = (personId: string): string => `${PERSON_CATEGORY}-${personId}`;
