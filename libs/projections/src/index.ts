export * from './projection';
export * from './projection-runner';
export * from './checkpoint';
export * from './upsert-rows';
export * from './rebuild-read-models';
export * from './migrate-read-models';
export * from './parked-events';
export * from './keyset-cursor';
