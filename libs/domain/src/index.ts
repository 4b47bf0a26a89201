export * from './shared/decider';
export * from './shared/errors';
export * from './shared/guards';
export * from './organisation';
export * from './shared/metadata';
