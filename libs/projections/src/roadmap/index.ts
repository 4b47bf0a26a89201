export * from './roadmap.projection';
export * from './roadmap.queries';
