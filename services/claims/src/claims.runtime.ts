import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import type { ClaimsConfig } from './claims.config';
import { claimsSettings, type ClaimsSettings } from './claims-settings';
import { campaignAggregate } from './campaign/campaign.decider';
import { productAggregate } from './product/product.decider';
import { CaseClaims } from './supplier-claim/case-claims';
import { claimAggregate } from './supplier-claim/claim.decider';
import { addDays, dateIn, startOfDayIn } from './warranty/local-dates';
import { warrantyAggregate } from './warranty/warranty.decider';

export { claimsSettings };

/** What claims' handlers, timers and reactions work with. */
export function claimsParts({
  store,
  settings,
  clock,
  config,
}: ServiceInfrastructure<ClaimsConfig, ClaimsSettings>) {
  const products = new AggregateCommands(
    store,
    productAggregate(settings.noticeMonths),
    clock,
    config.STATE_CACHE_SIZE,
  );
  const warranties = new AggregateCommands(
    store,
    warrantyAggregate(settings.warranty),
    clock,
    config.STATE_CACHE_SIZE,
  );
  // CLM-4: the window closes at midnight (branch time) after the last day to answer.
  const respondBy = (issuedAt: Date, branch: string) => {
    const zone = settings.zoneOf(branch);
    return startOfDayIn(zone, addDays(dateIn(zone, issuedAt), settings.supplierResponseDays + 1));
  };
  const claims = new AggregateCommands(store, claimAggregate(respondBy), clock, config.STATE_CACHE_SIZE);
  return {
    products,
    warranties,
    claims,
    caseClaims: new CaseClaims(products, warranties, claims, settings),
    campaigns: new AggregateCommands(store, campaignAggregate, clock, config.STATE_CACHE_SIZE),
  };
}

export type ClaimsParts = ReturnType<typeof claimsParts>;

/** Claims' runtime, as its handlers inject it: `@Inject(ClaimsRuntime) runtime: ClaimsRuntime`. */
export const ClaimsRuntime = SERVICE_RUNTIME;
export type ClaimsRuntime = ServiceRuntime<ClaimsConfig, ClaimsSettings, ClaimsParts>;
