import { Conflict, RuleViolation, type Money } from '@aftersales/kernel';
import { COST_CATEGORIES, type CostCategory, type StaffHome } from '../../dispatch.vocabulary';
import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, requireStatus, requireText, type VisitDecideContext } from '../visit.decide-context';
import { costIncurred } from '../visit.costs';

/** Travel, accommodation, allowance (or any other dispatch cost) of a staff member on this visit. */
export interface RecordCost {
  readonly type: 'RecordCost';
  readonly visitId: string;
  readonly costId: string;
  readonly category: CostCategory;
  readonly amount: Money;
  readonly staffId: string;
  readonly staffHome: StaffHome;
  readonly description: string;
}

/** FIN-1 every cost recorded against the case; FIN-2 staff travel costs borne by their home. */
export function recordCost(command: RecordCost, state: VisitState, ctx: VisitDecideContext): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.costIds.includes(command.costId)) return [];
  requireStatus(
    v,
    ['assigned', 'en-route', 'on-site', 'completed', 'in-repair', 'repaired', 'returned'],
    'FIN-1',
    'record a cost',
  );
  if (!COST_CATEGORIES.includes(command.category)) {
    throw new RuleViolation('FIN-1', `unknown cost category: ${String(command.category)}`);
  }
  if (command.costId.startsWith(`${v.visitId}-cost-`)) {
    throw new Conflict(`cost id ${command.costId} is reserved for costs the visit derives`);
  }
  return [
    costIncurred(
      v,
      {
        costId: requireText(command.costId, 'FIN-1', 'a cost id'),
        category: command.category,
        amount: command.amount,
        staffId: requireText(command.staffId, 'FIN-2', 'the staff member'),
        staffHome: command.staffHome,
        description: requireText(command.description, 'FIN-1', 'a description'),
      },
      ctx.now,
    ),
  ];
}
