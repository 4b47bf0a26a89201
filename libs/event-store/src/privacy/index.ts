export * from './key-store';
export * from './sqlite-key-store';
export * from './encrypting-codec';
