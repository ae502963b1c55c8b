/** QC-2: the root-cause categories a finding names. */
export const ROOT_CAUSES = [
  'manufacturing',
  'assembly',
  'design',
  'material',
  'purchased-part',
  'transport',
  'customer-misuse',
  'normal-wear',
  'no-fault-found',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** QC-1: why the product came to QC. */
export const ORIGINS = [
  'take-back',
  'quality-return',
  'unsalable-return',
  'quality-complaint',
  'manual',
] as const;
export type OriginKind = (typeof ORIGINS)[number];

export const EVIDENCE_KINDS = ['photo', 'measurement-record', 'test-report', 'attachment'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** QC-2: evidence by reference, fixed by its content hash so nobody can swap the file later. */
export interface EvidenceRef {
  readonly kind: EvidenceKind;
  readonly ref: string;
  /** Hex SHA-256 of the referenced content. */
  readonly sha256: string;
  readonly description?: string;
}

export interface Measurement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** The parties that can be held responsible (RULES.md, Actors and organisation). */
export type Party =
  | { readonly kind: 'department'; readonly department: string; readonly person?: string }
  | { readonly kind: 'supplier'; readonly supplierId: string }
  | { readonly kind: 'customer' }
  | { readonly kind: 'carrier'; readonly carrierId: string };
export const PARTY_KINDS = ['department', 'supplier', 'customer', 'carrier'] as const;

/** QC-3: one line of the share table, in basis points (10,000 = 100 %). */
export interface Share {
  readonly party: Party;
  readonly shareBp: number;
}

/** QC-3: shares sum to exactly 100 %, in basis points. */
export const FULL_SHARE_BP = 10_000;

/** Who decided (AUD-1): the person and the role they acted in. */
export interface DecidedBy {
  readonly userId: string;
  readonly role: string;
}

/** The key a party is filtered and compared by: `department:production`, `supplier:SUP-7`. */
export function partyKey(party: Party): string {
  switch (party.kind) {
    case 'department':
      return `department:${party.department}`;
    case 'supplier':
      return `supplier:${party.supplierId}`;
    case 'customer':
      return 'customer';
    case 'carrier':
      return `carrier:${party.carrierId}`;
  }
}
