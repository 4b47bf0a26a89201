export * from './directory.projection';
export * from './contexts';
