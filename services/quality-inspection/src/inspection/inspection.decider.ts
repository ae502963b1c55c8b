import type { Aggregate, Decider } from '@aftersales/cqrs';
import type { InspectionEvent } from './inspection.events';
import { evolveInspection, initialInspectionState, type InspectionState } from './inspection.state';
import type { InspectionDecideContext, QualityPolicy } from './inspection.decide-context';
import { openInspection, type OpenInspection } from './open-inspection/open-inspection.decide';
import { recordFinding, type RecordFinding } from './record-finding/record-finding.decide';
import {
  attributeResponsibility,
  type AttributeResponsibility,
} from './attribute-responsibility/attribute-responsibility.decide';
import {
  disputeAttribution,
  type DisputeAttribution,
} from './dispute-attribution/dispute-attribution.decide';
import { disputeFromClaim, type DisputeFromClaim } from './dispute-from-claim/dispute-from-claim.decide';
import { reviewDispute, type ReviewDispute } from './review-dispute/review-dispute.decide';
import { signOff, type SignOff } from './sign-off/sign-off.decide';
import { refuseReturn, type RefuseReturn } from './refuse-return/refuse-return.decide';
import { closeCapa, type CloseCapa } from './close-capa/close-capa.decide';
import { checkCapaDue, type CheckCapaDue } from './capa-due/capa-due.decide';
import {
  checkUnsalableReturn,
  type CheckUnsalableReturn,
} from './check-unsalable-return/check-unsalable-return.decide';

export type InspectionCommand =
  | OpenInspection
  | RecordFinding
  | AttributeResponsibility
  | DisputeAttribution
  | DisputeFromClaim
  | ReviewDispute
  | SignOff
  | RefuseReturn
  | CloseCapa
  | CheckCapaDue
  | CheckUnsalableReturn;

export function decideInspection(
  command: InspectionCommand,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  switch (command.type) {
    case 'OpenInspection':
      return openInspection(command, state, ctx);
    case 'RecordFinding':
      return recordFinding(command, state, ctx);
    case 'AttributeResponsibility':
      return attributeResponsibility(command, state, ctx);
    case 'DisputeAttribution':
      return disputeAttribution(command, state, ctx);
    case 'DisputeFromClaim':
      return disputeFromClaim(command, state, ctx);
    case 'ReviewDispute':
      return reviewDispute(command, state, ctx);
    case 'SignOff':
      return signOff(command, state, ctx);
    case 'RefuseReturn':
      return refuseReturn(command, state, ctx);
    case 'CloseCapa':
      return closeCapa(command, state, ctx);
    case 'CheckCapaDue':
      return checkCapaDue(command, state, ctx);
    case 'CheckUnsalableReturn':
      return checkUnsalableReturn(command, state, ctx);
  }
}

/** The inspection aggregate as a decider: stream category `inspection`. */
export const inspectionDecider: Decider<
  InspectionCommand,
  InspectionEvent,
  InspectionState,
  InspectionDecideContext
> = {
  initialState: initialInspectionState,
  evolve: evolveInspection,
  decide: decideInspection,
};

export const INSPECTION_CATEGORY = 'inspection';

export function inspectionAggregate(
  policy: QualityPolicy,
): Aggregate<InspectionCommand, InspectionEvent, InspectionState, InspectionDecideContext> {
  return {
    category: INSPECTION_CATEGORY,
    idOf: (command) => command.inspectionId,
    decider: inspectionDecider,
    context: (now) => ({ now, policy }),
  };
}
