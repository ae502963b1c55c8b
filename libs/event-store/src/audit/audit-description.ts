import type { Money } from '@aftersales/kernel';
import type { AnyEvent, RecordedEvent } from '../event-store.port';

/** Who decided (AUD-1): a person and the role they acted in. */
export interface AuditActor {
  readonly userId: string;
  readonly role: string;
}

/** Evidence by reference (QC-2): a photo, a measurement record, a signature, a document. */
export interface AuditEvidence {
  readonly kind: string;
  readonly ref: string;
  /** The content hash that fixes the referenced file, where the event records one. */
  readonly sha256?: string;
  readonly description?: string;
}

/** One line of a responsibility attribution (QC-3), in basis points (10,000 = 100 %). */
export interface AuditShare {
  /** The party's key: `department:production`, `supplier:SUP-7`, `customer`, `carrier:C-1`. */
  readonly party: string;
  readonly shareBp: number;
}

/**
 * An event's part in the responsibility history (QC-3, QC-4): the report derives which
 * attribution was in force at any instant from these steps alone.
 */
export type AttributionStep =
  | {
      readonly step: 'attributed';
      readonly attributionId: string;
      /** What the attributions replace one another within (the inspection). */
      readonly scope: string;
      readonly shares: readonly AuditShare[];
      /** The findings the decision rests on. */
      readonly basis: readonly string[];
      readonly supersedes?: string;
    }
  | {
      readonly step: 'disputed';
      readonly attributionId: string;
      readonly disputeId: string;
      readonly party: string;
    }
  | { readonly step: 'confirmed'; readonly attributionId: string; readonly disputeId: string }
  | {
      readonly step: 'superseded';
      readonly attributionId: string;
      readonly supersededBy: string;
      readonly disputeId?: string;
    };

/** What money an event records or moves (FIN-1..9), exact in minor units. */
export interface AuditMoney {
  /**
   * `posted`: a journal entry (lines debit and credit accounts); the other kinds name an amount
   * decided or claimed without posting it (a cost recorded or approved, a claim, an invoice).
   */
  readonly kind:
    | 'cost-recorded'
    | 'cost-approved'
    | 'claimed'
    | 'claim-confirmed'
    | 'invoiced'
    | 'collected'
    | 'stocked-in'
    | 'refund-requested'
    | 'posted';
  readonly amount: Money;
  readonly lines?: readonly {
    readonly account: string;
    readonly debitMinor: number;
    readonly creditMinor: number;
  }[];
  /** The journal entry's cause (allocation, reversal, chargeback, cost-approved, invoice). */
  readonly cause?: string;
  readonly period?: string;
}

/** How a service tells one of its events to an auditor (AUD-2). */
export interface AuditDescription {
  /** One line: what was decided or what happened. */
  readonly summary: string;
  /** The same line in Chinese, the console's default language. */
  readonly summaryZh: string;
  /** A person's (or the rules') decision (AUD-1), or a fact recorded on the way. */
  readonly kind: 'decision' | 'fact';
  /** The decider the event names (a signature), when it differs from or adds to the actor. */
  readonly decidedBy?: AuditActor;
  /** Why: the reason or explanation given. */
  readonly reason?: string;
  readonly evidence?: readonly AuditEvidence[];
  /** The ids the event links (attributionId, claimId, costId, visitId, inspectionId …). */
  readonly refs?: Readonly<Record<string, string>>;
  readonly attribution?: AttributionStep;
  readonly money?: readonly AuditMoney[];
}

/** Every event type of a service's streams with how it is described; the compiler asks for each. */
export type AuditDescribers<E extends AnyEvent> = {
  readonly [T in E['type']]: (
    data: Extract<E, { type: T }>['data'],
    event: RecordedEvent,
  ) => AuditDescription;
};

/** What a service declares for the case audit beside its events. */
export interface ServiceAudit {
  /**
   * Categories with one stream per case-bound aggregate (`case`, `visit`, `inspection`): a stream
   * naming the case once is shown whole. In the service's other categories (shared streams such
   * as a product's or an engineer's) only the events naming the case are shown.
   */
  readonly caseStreams: readonly string[];
  readonly describe: Readonly<Record<string, (data: never, event: RecordedEvent) => AuditDescription>>;
  /**
   * Streams that affect the case without naming it (the accounting periods its entries fall in),
   * from the events found so far; shown whole up to the as-of instant.
   */
  readonly relatedStreams?: (events: readonly RecordedEvent[]) => readonly string[];
}

/** A service's audit declaration, typed against its events. */
export function serviceAudit<E extends AnyEvent>(audit: {
  readonly caseStreams: readonly string[];
  readonly describe: AuditDescribers<E>;
  readonly relatedStreams?: (events: readonly RecordedEvent[]) => readonly string[];
}): ServiceAudit {
  return audit as unknown as ServiceAudit;
}
