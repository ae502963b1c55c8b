import { money, RuleViolation, type Money } from '@aftersales/kernel';
import { STAFF_BORNE_CATEGORIES, type CostCategory, type StaffHome } from '../dispatch.vocabulary';
import type { CostIncurred, PricedPartLine } from './visit.events';
import type { ExistingVisit } from './visit.state';

export interface CostInput {
  readonly costId: string;
  readonly category: CostCategory;
  readonly amount: Money;
  readonly staffId?: string;
  readonly staffHome?: StaffHome;
  readonly description: string;
}

/** FIN-1 a cost of this visit; FIN-2 travel, accommodation and allowance are borne by the staff member's home. */
export function costIncurred(visit: ExistingVisit, input: CostInput, now: Date): CostIncurred {
  const amount = money(input.amount.amountMinor, input.amount.currency);
  if (amount.amountMinor < 0) throw new RuleViolation('FIN-1', 'a cost is not negative');
  const staffBorne = STAFF_BORNE_CATEGORIES.includes(input.category);
  if (staffBorne && (!input.staffId || !input.staffHome)) {
    throw new RuleViolation('FIN-2', `a ${input.category} cost names the staff member and their home`);
  }
  return {
    type: 'CostIncurred',
    data: {
      costId: input.costId,
      visitId: visit.visitId,
      caseId: visit.caseId,
      branch: visit.branch,
      category: input.category,
      amount,
      ...(input.staffId ? { staffId: input.staffId } : {}),
      ...(input.staffHome ? { staffHome: input.staffHome } : {}),
      bearer: staffBorne ? (input.staffHome === 'head-office' ? 'head-office' : 'branch') : 'by-attribution',
      description: input.description,
      incurredAt: now.toISOString(),
    },
  };
}

/** FIN-9 exact: quantity × unit cost in minor units. */
export function lineCost(line: PricedPartLine): Money {
  return money(line.qty * line.unitCost.amountMinor, line.unitCost.currency);
}

/** Labour at the branch's hourly rate, rounded to the minor unit. */
export function labourCost(ratePerHour: Money, minutes: number): Money {
  return money(Math.round((ratePerHour.amountMinor * minutes) / 60), ratePerHour.currency);
}

/** Deterministic ids for costs the visit derives itself (no random ids inside decide). */
export function nextCostId(visit: ExistingVisit, offset = 0): string {
  return `${visit.visitId}-cost-${visit.costIds.length + 1 + offset}`;
}

export function requirePricedParts(parts: readonly PricedPartLine[], rule: string): PricedPartLine[] {
  if (parts.length === 0) throw new RuleViolation(rule, 'at least one part line is required');
  return parts.map((p) => {
    if (!p.partNo?.trim()) throw new RuleViolation(rule, 'a part number is required');
    if (!Number.isInteger(p.qty) || p.qty <= 0) {
      throw new RuleViolation(rule, `quantity of ${p.partNo} must be a positive integer, got ${p.qty}`);
    }
    return {
      partNo: p.partNo.trim(),
      qty: p.qty,
      unitCost: money(p.unitCost.amountMinor, p.unitCost.currency),
    };
  });
}
