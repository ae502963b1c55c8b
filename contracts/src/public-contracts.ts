import type { ContractDefinition } from './contract-definition';
import { claimsContracts } from './claims/claims.contracts';
import { dispatchContracts } from './dispatch/dispatch.contracts';
import { intakeContracts } from './intake/intake.contracts';

/**
 * Every public event type of every service: the registry, and the source `npm run contracts`
 * generates asyncapi.json and each service's `*.events.ts` from.
 */
export const publicContracts: readonly ContractDefinition[] = [
  ...intakeContracts,
  ...dispatchContracts,
  ...claimsContracts,
];
