/** One deployment serves one organisation: its stream has a fixed id. */
export const ORGANISATION_ID = 'org';

export const ORGANISATION_CATEGORY = 'organisation';

export const organisationStreamId = (): string => `${ORGANISATION_CATEGORY}-${ORGANISATION_ID}`;
