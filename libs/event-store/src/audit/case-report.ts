// Pure (no I/O, no Node APIs): the CLI and a browser console both build the report with it from
// the services' parts.
import type { Money } from '@aftersales/kernel';
import type { AuditActor, AuditEvidence, AuditMoney, AuditShare } from './audit-description';
import type { AuditedEvent, CaseAuditPart } from './case-part';

export const CASE_REPORT_SCHEMA = 'aftersales.case-audit.v1';

/** A dispute of an attribution and how its review ended (QC-4). */
export interface DisputeRecord {
  readonly disputeId: string;
  readonly party: string;
  readonly reason?: string;
  readonly evidence: readonly AuditEvidence[];
  readonly by: AuditActor;
  readonly at: string;
  readonly eventId: string;
  /** Open until reviewed: confirmed, or superseded by a new attribution. */
  readonly outcome: 'open' | 'confirmed' | 'superseded';
  readonly review?: {
    readonly by: AuditActor;
    readonly at: string;
    readonly reason?: string;
    readonly eventId: string;
  };
}

/** One attribution of responsibility (QC-3) and what became of it. */
export interface AttributionRecord {
  readonly attributionId: string;
  readonly scope: string;
  readonly shares: readonly AuditShare[];
  readonly basis: readonly string[];
  /** The evidence of the findings it rests on. */
  readonly evidence: readonly AuditEvidence[];
  readonly decidedBy: AuditActor;
  readonly at: string;
  readonly eventId: string;
  readonly service: string;
  readonly supersedes?: string;
  readonly inForce: boolean;
  readonly superseded?: {
    readonly by: string;
    readonly reason?: string;
    readonly decidedBy: AuditActor;
    readonly at: string;
    readonly eventId: string;
    readonly disputeId?: string;
  };
  readonly disputes: readonly DisputeRecord[];
}

/** A money line of the case (FIN-1..9) and the attribution it follows from, if any. */
export interface MoneyRecord extends AuditMoney {
  readonly service: string;
  readonly eventId: string;
  readonly type: string;
  readonly at: string;
  readonly summary: string;
  readonly summaryZh: string;
  readonly refs: Readonly<Record<string, string>>;
  /** The attribution this movement follows (directly, or through the supplier claim it settles). */
  readonly attributionId?: string;
}

/** One event in the case's causal chain, told for an auditor. */
export interface ReportEntry {
  readonly seq: number;
  readonly service: string;
  readonly position: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly kind: 'decision' | 'fact';
  readonly at: string;
  readonly occurredAt: string;
  readonly actor: AuditActor;
  readonly decidedBy: AuditActor;
  readonly branch?: string;
  readonly summary: string;
  /** The same line in Chinese; a part from a service that wrote none has the English one. */
  readonly summaryZh: string;
  readonly reason?: string;
  readonly evidence: readonly AuditEvidence[];
  readonly refs: Readonly<Record<string, string>>;
  readonly correlationId: string;
  readonly causationId?: string;
  /** The shown event that caused this one (causation id), when it is in the report. */
  readonly causedBy?: { readonly seq: number; readonly service: string; readonly type: string };
  readonly link: { readonly ok: boolean; readonly reason?: string };
}

/** AUD-2: the case's whole story from the log; AUD-3: the chain check of every event shown. */
export interface CaseReport {
  readonly schema: typeof CASE_REPORT_SCHEMA;
  readonly case: { readonly caseId: string; readonly caseNumber?: string; readonly branch?: string };
  readonly asOf: string | null;
  readonly generatedAt: string;
  readonly services: readonly { readonly service: string; readonly events: number }[];
  readonly responsibility: {
    /** The attributions in force at the as-of instant (one per inspection). */
    readonly inForce: readonly AttributionRecord[];
    /** Every attribution in the order made, superseded ones with why and by whom. */
    readonly attributions: readonly AttributionRecord[];
  };
  readonly money: {
    readonly movements: readonly MoneyRecord[];
    /**
     * Per attribution and currency (FIN-3, FIN-6): what was allocated in its shares, net of the
     * reversals when it was superseded, and what was charged back to suppliers on its claims.
     */
    readonly byAttribution: readonly {
      readonly attributionId: string;
      readonly allocated: Money;
      readonly chargedBack: Money;
    }[];
  };
  readonly entries: readonly ReportEntry[];
  readonly chain: {
    readonly ok: boolean;
    readonly checked: number;
    readonly broken: readonly {
      readonly service: string;
      readonly position: number;
      readonly eventId: string;
      readonly type: string;
      readonly reason: string;
    }[];
  };
}

/** Later parts than the as-of instant are cut to it, so parts fetched without it still agree. */
export function assembleCaseReport(
  parts: readonly CaseAuditPart[],
  options: { readonly asOf?: string | null; readonly generatedAt: string },
): CaseReport {
  if (parts.length === 0) throw new Error('a case report needs at least one service part');
  const caseIds = new Set(parts.map((p) => p.caseId));
  if (caseIds.size > 1) throw new Error(`the parts name different cases: ${[...caseIds].join(', ')}`);
  const asOf = options.asOf ?? null;
  const limit = asOf ? Date.parse(asOf) : Infinity;
  const events = parts
    .flatMap((p) => p.events)
    .filter((e) => Date.parse(e.recordedAt) <= limit)
    .sort(inRecordedOrder);
  const entries = toEntries(events);
  const attributions = responsibilityOf(entries, events);
  const movements = moneyOf(events);
  const broken = entries
    .filter((e) => !e.link.ok)
    .map((e) => ({
      service: e.service,
      position: e.position,
      eventId: e.eventId,
      type: e.type,
      reason: e.link.reason ?? 'broken',
    }));
  const caseNumber = parts.map((p) => p.caseNumber).find(Boolean);
  const branch = entries.find((e) => e.branch)?.branch;
  return {
    schema: CASE_REPORT_SCHEMA,
    case: { caseId: parts[0].caseId, ...(caseNumber ? { caseNumber } : {}), ...(branch ? { branch } : {}) },
    asOf,
    generatedAt: options.generatedAt,
    services: parts.map((p) => ({
      service: p.service,
      events: p.events.filter((e) => Date.parse(e.recordedAt) <= limit).length,
    })),
    responsibility: { inForce: attributions.filter((a) => a.inForce), attributions },
    money: { movements, byAttribution: postedByAttribution(movements) },
    entries,
    chain: { ok: broken.length === 0, checked: entries.length, broken },
  };
}

/** Recorded time across services (each has its own log), then the log's own order within one. */
function inRecordedOrder(a: AuditedEvent, b: AuditedEvent): number {
  return (
    Date.parse(a.recordedAt) - Date.parse(b.recordedAt) ||
    (a.service === b.service ? a.position - b.position : a.service < b.service ? -1 : 1)
  );
}

function toEntries(events: readonly AuditedEvent[]): ReportEntry[] {
  const seqOf = new Map<string, number>();
  return events.map((e, i) => {
    const d = e.description;
    const cause = e.causationId !== undefined ? seqOf.get(e.causationId) : undefined;
    seqOf.set(e.eventId, i + 1);
    return {
      seq: i + 1,
      service: e.service,
      position: e.position,
      streamId: e.streamId,
      eventId: e.eventId,
      type: e.type,
      kind: d.kind,
      at: e.recordedAt,
      occurredAt: e.occurredAt,
      actor: e.actor,
      decidedBy: d.decidedBy ?? e.actor,
      ...(e.branch ? { branch: e.branch } : {}),
      summary: d.summary,
      summaryZh: d.summaryZh ?? d.summary,
      ...(d.reason ? { reason: d.reason } : {}),
      evidence: d.evidence ?? [],
      refs: d.refs ?? {},
      correlationId: e.correlationId,
      ...(e.causationId ? { causationId: e.causationId } : {}),
      ...(cause !== undefined
        ? { causedBy: { seq: cause, service: events[cause - 1].service, type: events[cause - 1].type } }
        : {}),
      link: e.link,
    };
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** QC-3/QC-4: the attributions as made, disputed, confirmed and superseded, in recorded order. */
function responsibilityOf(
  entries: readonly ReportEntry[],
  events: readonly AuditedEvent[],
): AttributionRecord[] {
  const records: Mutable<AttributionRecord>[] = [];
  const disputes = new Map<string, Mutable<DisputeRecord>>();
  const evidenceOfFinding = new Map<string, readonly AuditEvidence[]>();
  const find = (id: string) => records.find((r) => r.attributionId === id);
  // The supersession's own event (with its reason) tells it; a new attribution naming the one it
  // replaces tells it only when no such event is shown.
  const supersede = (
    id: string,
    superseded: NonNullable<AttributionRecord['superseded']>,
    told: 'by-supersession' | 'by-replacement',
  ) => {
    const r = find(id);
    if (!r) return;
    r.inForce = false;
    if (told === 'by-supersession' || !r.superseded) r.superseded = superseded;
  };
  events.forEach((e, i) => {
    const entry = entries[i];
    const findingId = entry.refs.findingId;
    if (findingId && entry.evidence.length > 0) evidenceOfFinding.set(findingId, entry.evidence);
    const step = e.description.attribution;
    if (!step) return;
    switch (step.step) {
      case 'attributed':
        for (const r of records) if (r.scope === step.scope && r.inForce) r.inForce = false;
        records.push({
          attributionId: step.attributionId,
          scope: step.scope,
          shares: step.shares,
          basis: step.basis,
          evidence: step.basis.flatMap((f) => evidenceOfFinding.get(f) ?? []),
          decidedBy: entry.decidedBy,
          at: entry.at,
          eventId: entry.eventId,
          service: entry.service,
          ...(step.supersedes ? { supersedes: step.supersedes } : {}),
          inForce: true,
          disputes: [],
        });
        if (step.supersedes)
          supersede(
            step.supersedes,
            {
              by: step.attributionId,
              decidedBy: entry.decidedBy,
              at: entry.at,
              eventId: entry.eventId,
            },
            'by-replacement',
          );
        break;
      case 'disputed': {
        const dispute: Mutable<DisputeRecord> = {
          disputeId: step.disputeId,
          party: step.party,
          ...(entry.reason ? { reason: entry.reason } : {}),
          evidence: entry.evidence,
          by: entry.decidedBy,
          at: entry.at,
          eventId: entry.eventId,
          outcome: 'open',
        };
        disputes.set(step.disputeId, dispute);
        const r = find(step.attributionId);
        if (r) r.disputes = [...r.disputes, dispute];
        break;
      }
      case 'confirmed':
      case 'superseded': {
        const dispute = step.disputeId ? disputes.get(step.disputeId) : undefined;
        if (dispute) {
          dispute.outcome = step.step;
          dispute.review = {
            by: entry.decidedBy,
            at: entry.at,
            ...(entry.reason ? { reason: entry.reason } : {}),
            eventId: entry.eventId,
          };
        }
        if (step.step === 'superseded')
          supersede(
            step.attributionId,
            {
              by: step.supersededBy,
              ...(entry.reason ? { reason: entry.reason } : {}),
              decidedBy: entry.decidedBy,
              at: entry.at,
              eventId: entry.eventId,
              ...(step.disputeId ? { disputeId: step.disputeId } : {}),
            },
            'by-supersession',
          );
        break;
      }
    }
  });
  // Disputes were copied into their attribution when raised; their outcome came later.
  return records.map((r) => ({
    ...r,
    disputes: r.disputes.map((d) => ({ ...(disputes.get(d.disputeId) ?? d) })),
  }));
}

/** Every amount the case's events record or post, each linked to the attribution it follows. */
function moneyOf(events: readonly AuditedEvent[]): MoneyRecord[] {
  // In recorded order: a claim follows the attribution it was last issued or amended under.
  const attributionOfClaim = new Map<string, string>();
  const attributionOfEntry = new Map<string, string>();
  return events.flatMap((e) => {
    const refs = e.description.refs ?? {};
    if (refs.claimId && refs.attributionId) attributionOfClaim.set(refs.claimId, refs.attributionId);
    return (e.description.money ?? []).map((m) => {
      // A reversal takes back the money of the entry it reverses, under that entry's attribution.
      const attributionId =
        (refs.reverses ? attributionOfEntry.get(refs.reverses) : undefined) ??
        refs.attributionId ??
        (refs.claimId ? attributionOfClaim.get(refs.claimId) : undefined);
      if (refs.entryId && attributionId) attributionOfEntry.set(refs.entryId, attributionId);
      return {
        ...m,
        service: e.service,
        eventId: e.eventId,
        type: e.type,
        at: e.recordedAt,
        summary: e.description.summary,
        summaryZh: e.description.summaryZh ?? e.description.summary,
        refs,
        ...(attributionId ? { attributionId } : {}),
      };
    });
  });
}

function postedByAttribution(movements: readonly MoneyRecord[]): CaseReport['money']['byAttribution'] {
  const totals = new Map<string, { attributionId: string; allocated: Money; chargedBack: Money }>();
  for (const m of movements) {
    if (m.kind !== 'posted' || !m.attributionId) continue;
    const { currency, amountMinor } = m.amount;
    const key = `${m.attributionId} ${currency}`;
    const t = totals.get(key) ?? {
      attributionId: m.attributionId,
      allocated: { amountMinor: 0, currency },
      chargedBack: { amountMinor: 0, currency },
    };
    const add = (money: Money, by: number) => ({ currency, amountMinor: money.amountMinor + by });
    if (m.cause === 'allocation') t.allocated = add(t.allocated, amountMinor);
    else if (m.cause === 'reversal') t.allocated = add(t.allocated, -amountMinor);
    else if (m.cause === 'chargeback') t.chargedBack = add(t.chargedBack, amountMinor);
    else if (m.cause === 'chargeback-refund') t.chargedBack = add(t.chargedBack, -amountMinor);
    totals.set(key, t);
  }
  return [...totals.values()];
}
