export * from './outcomes.projection';
export * from './outcomes.queries';
