import { ContractRegistry } from './contract-registry';
import { dispatchContracts } from './dispatch/dispatch.contracts';
import { intakeContracts } from './intake/intake.contracts';

export * from './contract-definition';
export * from './contract-errors';
export * from './contract-registry';
export * from './intake/intake.events';
export * from './intake/intake.contracts';
export * from './dispatch/dispatch.events';
export * from './dispatch/dispatch.contracts';
export * from './dispatch/dispatch.examples';

/** Every public event type of every service. */
export const contracts = new ContractRegistry([...intakeContracts, ...dispatchContracts]);
export * from './intake/intake.examples';

import type { DispatchPublicEvents } from './dispatch/dispatch.events';
import type { IntakePublicEvents } from './intake/intake.events';

/** Event type → payload of every service's public events. */
export type PublicEvents = IntakePublicEvents & DispatchPublicEvents;
