import type { DispatchPublicEvents } from './dispatch/dispatch.events';
import type { FinancePublicEvents } from './finance/finance.events';
import type { IntakePublicEvents } from './intake/intake.events';
import type { QualityInspectionPublicEvents } from './quality-inspection/quality-inspection.events';
import type { WarehouseReturnsPublicEvents } from './warehouse-returns/warehouse-returns.events';

/** Event type → payload of every service's public events. */
export type PublicEvents = IntakePublicEvents &
  DispatchPublicEvents &
  QualityInspectionPublicEvents &
  WarehouseReturnsPublicEvents &
  FinancePublicEvents;
export type PublicEventType = keyof PublicEvents;

/** One public event, its payload typed by its contract: `switch (event.type)` narrows it. */
export type ContractEvent = {
  [T in PublicEventType]: { readonly type: T; readonly payload: PublicEvents[T] };
}[PublicEventType];

/**
 * A consumed event read through the generated contract types, so a consumer that names a field
 * the contract does not have fails to compile. Sound because the consumer validated the payload
 * against the schema of its type before handing it over (ContractRegistry.read).
 */
export function asContractEvent<E extends { readonly type: string; readonly payload: unknown }>(
  event: E,
): E & ContractEvent {
  return event as E & ContractEvent;
}
