export * from './access';
export * from './retractions';
export * from './streams';
export * from './audit-trail.projection';
export * from './audit-trail.entries';
export type { EventIds, LogRef, LogRefs, Names } from './log-refs';
