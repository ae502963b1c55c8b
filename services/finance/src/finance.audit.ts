import { BEARER_ZH, COST_CATEGORY_ZH, shareTableZh } from '@aftersales/contracts';
import { serviceAudit, type RecordedEvent } from '@aftersales/event-store';
import type { Money } from '@aftersales/kernel';
import type { CustomerEvent } from './customer/customer.decider';
import type { Bearer, CostKind } from './finance.vocabulary';
import type { EntryCause, LedgerEvent, Share } from './ledger/ledger.events';
import { PERIOD, periodId, type PeriodEvent } from './period/period.decider';

const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });
const table = (shares: readonly Share[]) =>
  shares.map((s) => `${s.partyKey} ${s.shareBp / 100} %`).join(', ');
// Finance's own vocabularies in the Chinese lines; typed, so a new value fails to compile.
const COST_KIND_ZH: Record<CostKind, string> = {
  ...COST_CATEGORY_ZH,
  repair: '维修费',
  transport: '运输费',
  packaging: '包装费',
  refund: '退款',
  concession: '让步折价',
};
// A cost finance records for paid service falls on the customer (FIN-4), beside the bearers dispatch names.
const FINANCE_BEARER_ZH: Record<Bearer, string> = { ...BEARER_ZH, customer: '客户' };
const ENTRY_CAUSE_ZH: Record<EntryCause['kind'], string> = {
  'cost-approved': '费用审核',
  allocation: '责任分摊',
  reversal: '冲销',
  chargeback: '扣款',
  'chargeback-refund': '扣款退回',
  invoice: '开票',
};
const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
/** Time zones lie within ±14 h of UTC: a posting's local month is one of these. */
const ZONE_SPREAD_MS = 14 * 3_600_000;

/**
 * FIN-8: the periods the case's entries fall in, whose close froze them. An entry names its
 * period when it was posted into a later one; otherwise it is the month of its posting in
 * finance's zone, one of the UTC months within a day of it.
 */
function periodStreams(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.type !== 'EntryPosted') continue;
    const d = e.data as Extract<LedgerEvent, { type: 'EntryPosted' }>['data'];
    const posted = Date.parse(d.postedAt);
    const months = d.period ? [d.period] : [month(posted - ZONE_SPREAD_MS), month(posted + ZONE_SPREAD_MS)];
    for (const m of months) ids.add(`${PERIOD}-${periodId(d.branch, m)}`);
  }
  return [...ids];
}

/** AUD-2: how finance tells the money of a case: costs and their audit, entries and their causes (FIN-1..9). */
export const financeAudit = serviceAudit<LedgerEvent | PeriodEvent | CustomerEvent>({
  caseStreams: ['ledger'],
  relatedStreams: periodStreams,
  describe: {
    CostRecorded: (d) => ({
      summary: `cost ${d.costId} recorded: ${d.kind}, ${d.description}, borne by ${d.bearer === 'by-attribution' ? 'the attribution in force' : `the ${d.bearer}`} (FIN-1)`,
      summaryZh: `记录费用 ${d.costId}：${COST_KIND_ZH[d.kind]}，${d.description}，由${FINANCE_BEARER_ZH[d.bearer]}承担（FIN-1）`,
      kind: 'fact',
      refs: { costId: d.costId, ...(d.source.kind === 'event' ? { sourceEventId: d.source.eventId } : {}) },
      money: [{ kind: 'cost-recorded', amount: amount(d.amount) }],
    }),
    CostApproved: (d) => ({
      summary: `cost ${d.costId} approved in the audit (FIN-1)`,
      summaryZh: `费用 ${d.costId} 审核通过（FIN-1）`,
      kind: 'decision',
      decidedBy: d.approvedBy,
      refs: { costId: d.costId },
      ...(d.amount ? { money: [{ kind: 'cost-approved' as const, amount: amount(d.amount) }] } : {}),
    }),
    CostRejected: (d) => ({
      summary: `cost ${d.costId} rejected in the audit (FIN-1)`,
      summaryZh: `费用 ${d.costId} 审核驳回（FIN-1）`,
      kind: 'decision',
      decidedBy: d.rejectedBy,
      reason: d.reason,
      refs: { costId: d.costId },
    }),
    CostReversed: (d) => ({
      summary: `cost ${d.costId} reversed`,
      summaryZh: `费用 ${d.costId} 已冲销`,
      kind: 'decision',
      decidedBy: d.reversedBy,
      reason: d.reason,
      refs: { costId: d.costId },
    }),
    AttributionApplied: (d) => ({
      summary: `attribution ${d.attributionId} in force for the costs: ${table(d.shares)}${d.supersedes ? `, replacing ${d.supersedes}` : ''} (FIN-3)`,
      summaryZh: `费用按责任认定 ${d.attributionId} 分摊：${shareTableZh(d.shares)}${d.supersedes ? `，取代 ${d.supersedes}` : ''}（FIN-3）`,
      kind: 'fact',
      ...(d.reason ? { reason: d.reason } : {}),
      refs: { attributionId: d.attributionId, sourceEventId: d.sourceEventId },
    }),
    InvoiceIssued: (d) => ({
      summary: `invoice ${d.invoiceId} issued for ${d.invoiceDate}: ${d.description} (FIN-5)`,
      summaryZh: `开具发票 ${d.invoiceId}，开票日期 ${d.invoiceDate}：${d.description}（FIN-5）`,
      kind: 'fact',
      refs: { invoiceId: d.invoiceId },
      money: [{ kind: 'invoiced', amount: amount(d.amount) }],
    }),
    ChargebackConfirmed: (d) => ({
      summary: `chargeback of claim ${d.claimId}: deducted from ${d.supplierId}'s payables (FIN-6)`,
      summaryZh: `索赔 ${d.claimId} 扣款：从应付供应商 ${d.supplierId} 款中扣除（FIN-6）`,
      kind: 'fact',
      refs: { claimId: d.claimId, supplierId: d.supplierId },
    }),
    ChargebackRefunded: (d) => ({
      summary: `chargeback of claim ${d.claimId} refunded to ${d.supplierId}: ${d.reason} (FIN-6)`,
      summaryZh: `索赔 ${d.claimId} 的扣款已退回供应商 ${d.supplierId}：${d.reason}（FIN-6）`,
      kind: 'fact',
      reason: d.reason,
      refs: { claimId: d.claimId, supplierId: d.supplierId, attributionId: d.attributionId },
    }),
    EntryPosted: (d) => {
      const debit = d.lines.reduce((sum, l) => sum + l.debitMinor, 0);
      return {
        summary: `entry ${d.entryId} posted: ${d.cause.kind}${d.cause.reverses ? ` of ${d.cause.reverses}` : ''}`,
        summaryZh: `记账 ${d.entryId}：${ENTRY_CAUSE_ZH[d.cause.kind]}${d.cause.reverses ? `（冲销 ${d.cause.reverses}）` : ''}`,
        kind: 'fact',
        refs: Object.fromEntries(
          Object.entries({
            entryId: d.entryId,
            costId: d.cause.costId,
            claimId: d.cause.claimId,
            invoiceId: d.cause.invoiceId,
            attributionId: d.cause.attributionId,
            reverses: d.cause.reverses,
          }).filter((kv): kv is [string, string] => kv[1] !== undefined),
        ),
        money: [
          {
            kind: 'posted',
            amount: { amountMinor: debit, currency: d.currency },
            lines: d.lines,
            cause: d.cause.kind,
            ...(d.period ? { period: d.period } : {}),
          },
        ],
      };
    },
    PeriodClosed: (d) => ({
      summary: `period ${d.period} of ${d.branch} closed: its entries are final (FIN-8)`,
      summaryZh: `${d.branch} 的 ${d.period} 期间已结账：其分录不再变更（FIN-8）`,
      kind: 'decision',
      decidedBy: d.closedBy,
    }),
    CustomerTermsSet: (d) => ({
      summary: `customer ${d.customerId}'s exchange terms set (FIN-7)`,
      summaryZh: `已设定客户 ${d.customerId} 的调换货条件（FIN-7）`,
      kind: 'decision',
      decidedBy: d.setBy,
    }),
    ExchangedValueRecorded: (d) => ({
      summary: `exchanged value of return ${d.rmaId} recorded for customer ${d.customerId} (FIN-7)`,
      summaryZh: `记录客户 ${d.customerId} 退换货 ${d.rmaId} 的调换金额（FIN-7）`,
      kind: 'fact',
      money: [{ kind: 'stocked-in', amount: amount(d.amount) }],
    }),
  },
});
