export * from './postgres';
export * from './kafka';
export * from './not-run';
