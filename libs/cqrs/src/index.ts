export * from './decider/decider';
export * from './decider/handle-command';
export * from './decider/event-sourced-repository';
export * from './testing/given-when-then';
export * from './nest/event-sourcing.module';
export * from './nest/decider-command.handler';
export * from './nest/process-manager';
