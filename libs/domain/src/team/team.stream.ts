/** One stream per team: its roadmap, activities and measurements never contend with other teams. */
export const TEAM_CATEGORY = 'team';

export const teamStreamId = (teamId: string): string => `${TEAM_CATEGORY}-${teamId}`;
