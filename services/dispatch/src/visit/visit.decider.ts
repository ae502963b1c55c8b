import type { Decider } from '@aftersales/cqrs';
import type { VisitEvent } from './visit.events';
import { evolveVisit, initialVisitState, type VisitState } from './visit.state';
import type { VisitDecideContext } from './visit.decide-context';
import {
  confirmAppointment,
  openVisit,
  type ConfirmAppointment,
  type OpenVisit,
} from './open-visit/open-visit.decide';
import {
  assignEngineer,
  reassignEngineer,
  type AssignEngineer,
  type ReassignEngineer,
} from './assign-engineer/assign-engineer.decide';
import {
  flagForMorningDispatch,
  type FlagForMorningDispatch,
} from './flag-morning-dispatch/flag-morning-dispatch.decide';
import { recordDeparture, type RecordDeparture } from './record-departure/record-departure.decide';
import { recordArrival, type RecordArrival } from './record-arrival/record-arrival.decide';
import { checkArrivalDeadline, type CheckArrivalDeadline } from './arrival-deadline/arrival-deadline.decide';
import {
  recordFindings,
  recordLabour,
  recordPartsShortfall,
  recordPartsUsed,
  recordWorkDone,
  type RecordFindings,
  type RecordLabour,
  type RecordPartsShortfall,
  type RecordPartsUsed,
  type RecordWorkDone,
} from './record-visit-work/record-visit-work.decide';
import { recordCost, type RecordCost } from './record-cost/record-cost.decide';
import { completeVisit, type CompleteVisit } from './complete-visit/complete-visit.decide';
import { takeBackProduct, type TakeBackProduct } from './take-back/take-back.decide';
import {
  completeRepair,
  recordRepairWork,
  type CompleteRepair,
  type RecordRepairWork,
} from './repair-card/repair-card.decide';
import {
  returnProductToCustomer,
  type ReturnProductToCustomer,
} from './return-product/return-product.decide';
import {
  checkRepairEscalation,
  promiseRepairDate,
  type CheckRepairEscalation,
  type PromiseRepairDate,
} from './repair-promise/repair-promise.decide';
import {
  collectServiceFee,
  recordServiceClass,
  requestInvoice,
  type CollectServiceFee,
  type RecordServiceClass,
  type RequestInvoice,
} from './paid-service/paid-service.decide';
import { cancelVisit, type CancelVisit } from './cancel-visit/cancel-visit.decide';

export type VisitCommand =
  | OpenVisit
  | ConfirmAppointment
  | AssignEngineer
  | ReassignEngineer
  | FlagForMorningDispatch
  | RecordDeparture
  | RecordArrival
  | CheckArrivalDeadline
  | RecordFindings
  | RecordWorkDone
  | RecordPartsUsed
  | RecordPartsShortfall
  | RecordLabour
  | RecordCost
  | CompleteVisit
  | TakeBackProduct
  | RecordRepairWork
  | CompleteRepair
  | ReturnProductToCustomer
  | PromiseRepairDate
  | CheckRepairEscalation
  | RecordServiceClass
  | CollectServiceFee
  | RequestInvoice
  | CancelVisit;

export function decideVisit(command: VisitCommand, state: VisitState, ctx: VisitDecideContext): VisitEvent[] {
  switch (command.type) {
    case 'OpenVisit':
      return openVisit(command, state, ctx);
    case 'ConfirmAppointment':
      return confirmAppointment(command, state, ctx);
    case 'AssignEngineer':
      return assignEngineer(command, state, ctx);
    case 'ReassignEngineer':
      return reassignEngineer(command, state, ctx);
    case 'FlagForMorningDispatch':
      return flagForMorningDispatch(command, state, ctx);
    case 'RecordDeparture':
      return recordDeparture(command, state, ctx);
    case 'RecordArrival':
      return recordArrival(command, state, ctx);
    case 'CheckArrivalDeadline':
      return checkArrivalDeadline(command, state, ctx);
    case 'RecordFindings':
      return recordFindings(command, state, ctx);
    case 'RecordWorkDone':
      return recordWorkDone(command, state, ctx);
    case 'RecordPartsUsed':
      return recordPartsUsed(command, state, ctx);
    case 'RecordPartsShortfall':
      return recordPartsShortfall(command, state, ctx);
    case 'RecordLabour':
      return recordLabour(command, state, ctx);
    case 'RecordCost':
      return recordCost(command, state, ctx);
    case 'CompleteVisit':
      return completeVisit(command, state, ctx);
    case 'TakeBackProduct':
      return takeBackProduct(command, state, ctx);
    case 'RecordRepairWork':
      return recordRepairWork(command, state, ctx);
    case 'CompleteRepair':
      return completeRepair(command, state, ctx);
    case 'ReturnProductToCustomer':
      return returnProductToCustomer(command, state, ctx);
    case 'PromiseRepairDate':
      return promiseRepairDate(command, state, ctx);
    case 'CheckRepairEscalation':
      return checkRepairEscalation(command, state, ctx);
    case 'RecordServiceClass':
      return recordServiceClass(command, state, ctx);
    case 'CollectServiceFee':
      return collectServiceFee(command, state, ctx);
    case 'RequestInvoice':
      return requestInvoice(command, state, ctx);
    case 'CancelVisit':
      return cancelVisit(command, state, ctx);
  }
}

/** The visit aggregate as a decider: stream category `visit`. */
export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState, VisitDecideContext> = {
  initialState: initialVisitState,
  evolve: evolveVisit,
  decide: decideVisit,
};

export function visitStreamId(visitId: string): string {
  return `visit-${visitId}`;
}
