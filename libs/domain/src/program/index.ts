export * from './program.catalogue';
export * from './program.instruments';
