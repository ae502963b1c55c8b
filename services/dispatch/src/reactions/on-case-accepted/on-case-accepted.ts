import type { Urgency, Zone } from '../../dispatch.vocabulary';
import type { OpenVisit } from '../../visit/open-visit/open-visit.decide';

/**
 * What dispatch takes from intake's public events (contracts/ holds their schemas), and
 * dispatch's own copy of a case: services never read each other's tables.
 */
export type IntakeCaseEvent =
  | {
      readonly type: 'intake.case-registered.v1';
      readonly data: {
        readonly caseId: string;
        readonly caseNumber: string;
        readonly branch: string;
        readonly kind: string;
        readonly severity: 'general' | 'major';
        readonly customer: { readonly customerId: string };
        readonly product: { readonly model: string; readonly serialNumber: string };
        readonly problem: { readonly description: string; readonly symptomCode?: string };
      };
    }
  | {
      readonly type: 'intake.case-classified.v1';
      readonly data: {
        readonly caseId: string;
        readonly to: { readonly kind: string; readonly severity: 'general' | 'major' };
      };
    }
  | {
      readonly type: 'intake.case-accepted.v1';
      readonly data: { readonly caseId: string; readonly kind: string; readonly remedy?: string };
    };

export interface CaseCopy {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly branch: string;
  readonly kind: string;
  readonly severity: 'general' | 'major';
  readonly customerId: string;
  readonly product: { readonly model: string; readonly serialNumber: string };
  readonly problem: { readonly description: string; readonly symptomCode?: string };
}

/** Dispatch's copy of a case, folded from intake's events. */
export function evolveCaseCopy(copy: CaseCopy | undefined, event: IntakeCaseEvent): CaseCopy | undefined {
  switch (event.type) {
    case 'intake.case-registered.v1': {
      const d = event.data;
      return {
        caseId: d.caseId,
        caseNumber: d.caseNumber,
        branch: d.branch,
        kind: d.kind,
        severity: d.severity,
        customerId: d.customer.customerId,
        product: d.product,
        problem: d.problem,
      };
    }
    case 'intake.case-classified.v1':
      return copy && { ...copy, kind: event.data.to.kind, severity: event.data.to.severity };
    case 'intake.case-accepted.v1':
      return copy && { ...copy, kind: event.data.kind };
  }
}

/** Which accepted cases need on-site work, and how urgent they are: configuration, not code. */
export interface OnSiteWorkPolicy {
  /** Kinds that always need a visit (e.g. repair requests). */
  readonly kinds: readonly string[];
  /** Remedies of founded complaints that need a visit (e.g. repair). */
  readonly remedies: readonly string[];
  /** Urgency of a major (INT-3) case, and of every other case by kind. */
  readonly majorUrgency: Urgency;
  readonly urgencyByKind: Readonly<Record<string, Urgency>>;
  readonly defaultUrgency: Urgency;
}

export const DEFAULT_ON_SITE_WORK_POLICY: OnSiteWorkPolicy = {
  kinds: ['repair-request', 'non-quality-complaint'],
  remedies: ['repair'],
  majorUrgency: 'emergency',
  urgencyByKind: { 'repair-request': 'scheduled' },
  defaultUrgency: 'standard',
};

/** What the handler resolves before deciding: the address's zone and the model's product line. */
export interface VisitOpeningLookups {
  readonly visitId: string;
  readonly zone: Zone;
  readonly productLine: string;
  readonly addressRef: string;
}

/**
 * DSP-1 reaction to intake's case-accepted: the OpenVisit command when the case needs on-site
 * work, else undefined. The visit id should be derived from the case (e.g. `<caseId>-1`) so a
 * redelivered event opens nothing twice (the visit stream already exists: Conflict).
 */
export function visitToOpen(
  copy: CaseCopy,
  accepted: Extract<IntakeCaseEvent, { type: 'intake.case-accepted.v1' }>,
  acceptedAt: Date,
  lookups: VisitOpeningLookups,
  policy: OnSiteWorkPolicy = DEFAULT_ON_SITE_WORK_POLICY,
): OpenVisit | undefined {
  const { kind, remedy } = accepted.data;
  const needsVisit =
    policy.kinds.includes(kind) || (remedy !== undefined && policy.remedies.includes(remedy));
  if (!needsVisit) return undefined;
  const urgency =
    copy.severity === 'major' ? policy.majorUrgency : (policy.urgencyByKind[kind] ?? policy.defaultUrgency);
  return {
    type: 'OpenVisit',
    visitId: lookups.visitId,
    caseId: copy.caseId,
    caseNumber: copy.caseNumber,
    branch: copy.branch,
    customer: { customerId: copy.customerId, addressRef: lookups.addressRef, zone: lookups.zone },
    product: { ...copy.product, productLine: lookups.productLine },
    problem: copy.problem,
    urgency,
    acceptedAt: acceptedAt.toISOString(),
  };
}
