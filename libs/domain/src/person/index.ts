export * from './person.commands';
export * from './person.events';
export * from './person.state';
export * from './person.timeline';
export * from './person.decide';
export * from './person.stream';
