import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { LedgerEvent } from '../ledger.events';
import { periodOf } from '../../period/accounting-period';
import { CostRow, JournalLineRow } from './journal.entities';

export const JOURNAL = 'finance.journal';

/** The journal's lines and the cost list from the case ledgers; rebuildable from the log. */
export class JournalProjection implements Projection {
  readonly name = JOURNAL;
  readonly version = 1;
  readonly streamPrefixes = ['ledger-'];

  constructor(private readonly timeZone: string) {}

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE finance.journal_line, finance.cost');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const lines: Partial<JournalLineRow>[] = [];
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as LedgerEvent;
      const position = recorded.globalPosition;
      switch (e.type) {
        case 'CostRecorded': {
          const d = e.data;
          await em
            .createQueryBuilder()
            .insert()
            .into(CostRow)
            .values({
              caseId: d.caseId,
              costId: d.costId,
              branch: d.branch,
              kind: d.kind,
              amountMinor: d.amount.amountMinor,
              currency: d.amount.currency,
              bearer: d.bearer,
              status: 'pending',
              description: d.description,
              source: d.source,
              recordedAt: new Date(d.recordedAt),
              position,
            })
            .orIgnore()
            .execute();
          break;
        }
        case 'CostApproved':
          await em.update(
            CostRow,
            { caseId: e.data.caseId, costId: e.data.costId },
            { status: 'approved', auditedBy: e.data.approvedBy.userId },
          );
          break;
        case 'CostRejected':
          await em.update(
            CostRow,
            { caseId: e.data.caseId, costId: e.data.costId },
            { status: 'rejected', reason: e.data.reason, auditedBy: e.data.rejectedBy.userId },
          );
          break;
        case 'EntryPosted': {
          const d = e.data;
          d.lines.forEach((l, lineNo) =>
            lines.push({
              entryId: d.entryId,
              lineNo,
              caseId: d.caseId,
              branch: d.branch,
              account: l.account,
              debitMinor: l.debitMinor,
              creditMinor: l.creditMinor,
              currency: d.currency,
              causeKind: d.cause.kind,
              costId: d.cause.costId ?? null,
              claimId: d.cause.claimId ?? null,
              attributionId: d.cause.attributionId ?? null,
              reverses: d.cause.reverses ?? null,
              period: d.period ?? periodOf(d.postedAt, this.timeZone),
              postedAt: new Date(d.postedAt),
              position,
            }),
          );
          break;
        }
        case 'AttributionApplied':
        case 'ChargebackConfirmed':
          break;
      }
    }
    if (lines.length > 0)
      await em.createQueryBuilder().insert().into(JournalLineRow).values(lines).orIgnore().execute();
  }
}
