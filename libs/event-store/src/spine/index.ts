export * from './codec';
export * from './command-handler';
export * from './projection-runner';
export * from './snapshot-store';
