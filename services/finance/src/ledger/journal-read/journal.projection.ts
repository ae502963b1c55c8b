import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { LedgerEvent } from '../ledger.events';
import { overLimit, type CustomerEvent } from '../../customer/customer.decider';
import { periodOf } from '../../period/accounting-period';
import { CostRow, JournalLineRow } from './journal.entities';

export const JOURNAL = 'finance.journal';

/**
 * The journal's lines, each account's balance per month (what the trial balance sums) and the
 * cost list from the case ledgers; rebuildable from the log.
 */
export class JournalProjection implements Projection {
  readonly name = JOURNAL;
  // 2: the account balances (replayed once from the log to fill them).
  readonly version = 2;
  readonly streamPrefixes = ['ledger-', 'customer-'];

  constructor(private readonly timeZone: string) {}

  async reset(em: EntityManager): Promise<void> {
    await em.query(
      'TRUNCATE finance.journal_line, finance.account_balance, finance.cost, finance.customer_totals, finance.invoice',
    );
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const lines: Partial<JournalLineRow>[] = [];
    // Costs recorded and audit outcomes, written once per batch (the last outcome of a cost wins).
    const recordedCosts: QueryDeepPartialEntity<CostRow>[] = [];
    const audits = new Map<
      string,
      { caseId: string; costId: string; status: string; reason: string | null; by: string }
    >();
    const audit = (
      caseId: string,
      costId: string,
      status: string,
      by: string,
      reason: string | null = null,
    ) => audits.set(`${caseId}\u0000${costId}`, { caseId, costId, status, reason, by });
    for (const recorded of events) {
      if (recorded.streamId.startsWith('customer-')) {
        await upsertCustomer(em, { type: recorded.type, data: recorded.data } as CustomerEvent);
        continue;
      }
      const e = { type: recorded.type, data: recorded.data } as LedgerEvent;
      const position = recorded.globalPosition;
      switch (e.type) {
        case 'CostRecorded': {
          const d = e.data;
          recordedCosts.push({
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
          });
          break;
        }
        case 'CostApproved':
          audit(e.data.caseId, e.data.costId, 'approved', e.data.approvedBy.userId);
          break;
        case 'CostReversed':
          audit(e.data.caseId, e.data.costId, 'reversed', e.data.reversedBy.userId, e.data.reason);
          break;
        case 'CostRejected':
          audit(e.data.caseId, e.data.costId, 'rejected', e.data.rejectedBy.userId, e.data.reason);
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
              invoiceId: d.cause.invoiceId ?? null,
              attributionId: d.cause.attributionId ?? null,
              reverses: d.cause.reverses ?? null,
              period: d.period ?? periodOf(d.postedAt, this.timeZone),
              postedAt: new Date(d.postedAt),
              position,
            }),
          );
          break;
        }
        case 'InvoiceIssued': {
          const d = e.data;
          await em.query(
            `INSERT INTO finance.invoice
               (invoice_id, case_id, branch, amount_minor, currency, description, invoice_date, issued_at, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (invoice_id) DO NOTHING`,
            [
              d.invoiceId,
              d.caseId,
              d.branch,
              d.amount.amountMinor,
              d.amount.currency,
              d.description,
              d.invoiceDate,
              d.issuedAt,
              position,
            ],
          );
          break;
        }
        case 'AttributionApplied':
        case 'ChargebackConfirmed':
        case 'ChargebackRefunded':
          break;
      }
    }
    if (recordedCosts.length > 0)
      await em.createQueryBuilder().insert().into(CostRow).values(recordedCosts).orIgnore().execute();
    if (audits.size > 0) {
      const rows = [...audits.values()];
      // An approval keeps the reason column as it was; a rejection or reversal sets it.
      await em.query(
        `UPDATE finance.cost c SET status = a.status, audited_by = a.by, reason = coalesce(a.reason, c.reason)
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS a(case_id, cost_id, status, by, reason)
          WHERE c.case_id = a.case_id AND c.cost_id = a.cost_id`,
        [
          rows.map((r) => r.caseId),
          rows.map((r) => r.costId),
          rows.map((r) => r.status),
          rows.map((r) => r.by),
          rows.map((r) => r.reason),
        ],
      );
    }
    if (lines.length > 0) await insertLines(em, lines);
  }
}

/** The lines, and the balances moved by those of them not already there, in one statement. */
async function insertLines(em: EntityManager, lines: readonly Partial<JournalLineRow>[]): Promise<void> {
  const inserted = em
    .createQueryBuilder()
    .insert()
    .into(JournalLineRow)
    .values([...lines])
    .orIgnore()
    .returning('account, currency, period, debit_minor, credit_minor');
  const [sql, parameters] = inserted.getQueryAndParameters();
  await em.query(
    `WITH inserted AS (${sql})
     INSERT INTO finance.account_balance (currency, account, period, debit_minor, credit_minor)
     SELECT currency, account, period, sum(debit_minor), sum(credit_minor) FROM inserted
      GROUP BY currency, account, period
     ON CONFLICT (currency, account, period) DO UPDATE
       SET debit_minor = account_balance.debit_minor + EXCLUDED.debit_minor,
           credit_minor = account_balance.credit_minor + EXCLUDED.credit_minor`,
    parameters,
  );
}

/** FIN-7: the customer's totals as the last event left them, flagged when over its limit. */
async function upsertCustomer(em: EntityManager, event: CustomerEvent): Promise<void> {
  const { customerId, totals, at } = event.data;
  await em.query(
    `INSERT INTO finance.customer_totals
       (customer_id, currency, purchased_minor, exchanged_minor, period_from, period_to, exchange_limit_bp, over_limit, as_of)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (customer_id) DO UPDATE SET currency = EXCLUDED.currency, purchased_minor = EXCLUDED.purchased_minor,
       exchanged_minor = EXCLUDED.exchanged_minor, period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to,
       exchange_limit_bp = EXCLUDED.exchange_limit_bp, over_limit = EXCLUDED.over_limit, as_of = EXCLUDED.as_of`,
    [
      customerId,
      totals.purchased.currency,
      totals.purchased.amountMinor,
      totals.exchanged.amountMinor,
      totals.periodFrom,
      totals.periodTo ?? null,
      totals.exchangeLimitBp ?? null,
      overLimit(totals),
      at,
    ],
  );
}
