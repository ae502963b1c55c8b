import type { ContractDefinition } from '../contract-definition';
import arrivalDeadlineMissed from '../../schemas/dispatch/arrival-deadline-missed.v1.schema.json';
import costIncurred from '../../schemas/dispatch/cost-incurred.v1.schema.json';
import engineerArrived from '../../schemas/dispatch/engineer-arrived.v1.schema.json';
import engineerAssigned from '../../schemas/dispatch/engineer-assigned.v1.schema.json';
import invoiceRequested from '../../schemas/dispatch/invoice-requested.v1.schema.json';
import productReturnedToCustomer from '../../schemas/dispatch/product-returned-to-customer.v1.schema.json';
import productTakenBack from '../../schemas/dispatch/product-taken-back.v1.schema.json';
import repairCompleted from '../../schemas/dispatch/repair-completed.v1.schema.json';
import repairEscalated from '../../schemas/dispatch/repair-escalated.v1.schema.json';
import visitCompleted from '../../schemas/dispatch/visit-completed.v1.schema.json';
import visitStarted from '../../schemas/dispatch/visit-started.v1.schema.json';

/** Every public event dispatch can publish, each with its schema file. */
export const dispatchContracts: readonly ContractDefinition[] = [
  engineerAssigned,
  visitStarted,
  engineerArrived,
  arrivalDeadlineMissed,
  visitCompleted,
  productTakenBack,
  repairCompleted,
  productReturnedToCustomer,
  repairEscalated,
  costIncurred,
  invoiceRequested,
].map((schema) => ({ type: schema.title, schema }));
