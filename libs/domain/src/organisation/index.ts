export * from './organisation.commands';
export * from './organisation.events';
export * from './organisation.state';
export * from './organisation.decide';
export * from './organisation.retract';
export * from './organisation.maturity-model';
export * from './organisation.stream';
