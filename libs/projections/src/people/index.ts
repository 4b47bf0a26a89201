export * from './people.projection';
export * from './people.queries';
