// What black-box suites and tools import: the application factory and its configuration.
export { createNorteApp } from './bootstrap';
export { loadConfig, type NorteConfig } from './platform/config';
export { printNorteSchema } from './schema';
export { Commands } from './platform/commands';
export { LOCAL_ADMIN } from './platform/actor';
export { EVENT_CODEC } from './platform/tokens';
export { ReadModels } from './platform/read-models';
