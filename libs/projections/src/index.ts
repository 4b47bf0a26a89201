export * from './shared/projection';
export * from './organisation';
export * from './directory';
export * from './audit-trail';
export * from './roadmap';
export * from './activity-feed';
export * from './people';
export * from './outcomes';
