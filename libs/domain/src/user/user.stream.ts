/** One stream per user: granting roles never contends with other users or the organisation. */
export const USER_CATEGORY = 'user';

export const userStreamId = (userId: string): string => `${USER_CATEGORY}-${userId}`;
