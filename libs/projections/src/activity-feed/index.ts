export * from './activity-feed.projection';
export * from './activity-feed.queries';
