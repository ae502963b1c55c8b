/** FIN-1: the kinds of cost recorded against a case. */
export const COST_KINDS = [
  'travel',
  'accommodation',
  'allowance',
  'parts',
  'labour',
  'repair',
  'transport',
  'packaging',
  'refund',
  'concession',
] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** FIN-2: costs of the staff who went, borne by their home (branch or head office). */
export const STAFF_COST_KINDS: readonly CostKind[] = ['travel', 'accommodation', 'allowance'];

/**
 * Who the cost falls on before attribution: the staff member's home (FIN-2), free warranty
 * work allocated by the attribution in force (FIN-3), or the customer for paid service (FIN-4/5).
 */
export const BEARERS = ['branch', 'head-office', 'by-attribution', 'customer'] as const;
export type Bearer = (typeof BEARERS)[number];

export const PARTY_KINDS = ['department', 'supplier', 'customer', 'carrier'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The ledger's accounts; `:` separates an account from the party or branch it is kept for. */
export const ACCOUNTS = {
  /** FIN-3 制造成本: free warranty costs until allocated. */
  manufacturing: 'manufacturing-cost',
  /** What the company owes for a cost it incurred (staff expenses, parts, carriers). */
  costsPayable: 'costs-payable',
  headOffice: 'head-office-cost',
  branch: (branch: string) => `branch-cost:${branch}`,
  customer: (customerKey: string) => `customer-receivable:${customerKey}`,
  /** FIN-5: paid service invoiced to the customer. */
  serviceRevenue: 'service-revenue',
  /** FIN-6: what the company owes a supplier; chargebacks reduce it. */
  supplierPayable: (supplierId: string) => `supplier-payable:${supplierId}`,
} as const;

/**
 * FIN-3/FIN-4: the account a responsible party's share of a cost is allocated to; a customer's
 * share is billed on the case's receivable, where its paid service and invoices are.
 */
export function partyAccount(kind: PartyKind, partyKey: string, caseId: string): string {
  const name = partyKey.includes(':') ? partyKey.slice(partyKey.indexOf(':') + 1) : partyKey;
  switch (kind) {
    case 'department':
      return `department-cost:${name}`;
    case 'supplier':
      return `supplier-recoverable:${name}`;
    case 'carrier':
      return `carrier-recoverable:${name}`;
    case 'customer':
      return ACCOUNTS.customer(caseId);
  }
}
