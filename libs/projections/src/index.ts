export * from './shared/projection';
export * from './organisation';
export * from './directory';
