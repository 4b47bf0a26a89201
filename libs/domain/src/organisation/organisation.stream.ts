/** One deployment serves one organisation: its stream has a fixed id. */
export const ORGANISATION_ID = 'org';

export const organisationStreamId = (): string => `organisation-${ORGANISATION_ID}`;
