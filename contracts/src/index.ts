import { ContractRegistry } from './contract-registry';
import { intakeContracts } from './intake/intake.contracts';

export * from './contract-definition';
export * from './contract-errors';
export * from './contract-registry';
export * from './intake/intake.events';
export * from './intake/intake.contracts';

/** Every public event type of every service. */
export const contracts = new ContractRegistry([...intakeContracts]);
export * from './intake/intake.examples';

export type { IntakePublicEvents as PublicEvents } from './intake/intake.events';
