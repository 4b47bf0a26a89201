export * from './user.commands';
export * from './user.events';
export * from './user.state';
export * from './user.decide';
export * from './user.stream';
