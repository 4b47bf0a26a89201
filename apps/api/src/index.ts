// What black-box suites and tools import: the application factory and its configuration.
export { createNorteApp } from './bootstrap';
export { loadConfig, type NorteConfig } from './platform/config';
export { printNorteSchema } from './schema';
