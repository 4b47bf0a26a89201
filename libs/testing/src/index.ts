export * from './decider-spec';
export * from './decider-run';
