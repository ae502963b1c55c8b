export * from './decider/decider';
export * from './testing/given-when-then';
export * from './decider/aggregate-commands';
