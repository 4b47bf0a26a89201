export * from './shared/projection';
export * from './organisation';
