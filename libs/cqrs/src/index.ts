export * from './decider/decider';
export * from './testing/given-when-then';
