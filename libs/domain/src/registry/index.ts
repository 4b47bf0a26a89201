export * from './registry';
export * from './contexts';
export * from './personal-data';
export * from './upcast';
