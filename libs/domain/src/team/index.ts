export * from './team.commands';
export * from './team.events';
export * from './team.state';
export * from './team.roadmap';
export * from './team.decide';
export * from './team.stream';
export * from './team.legacy';
