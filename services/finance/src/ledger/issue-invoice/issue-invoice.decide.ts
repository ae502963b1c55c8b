import { RuleViolation, type Money } from '@aftersales/kernel';
import { ACCOUNTS } from '../../finance.vocabulary';
import type { LedgerEvent } from '../ledger.events';
import { emptyLedger, type LedgerState } from '../ledger.state';
import { requireOpenPeriod, requireText, type LedgerDecideContext } from '../ledger.decide-context';
import { JournalWriter } from '../journal';

/** Paid service not collected on site, as dispatch asks for its invoice (DSP-7). */
export interface IssueInvoice {
  readonly type: 'IssueInvoice';
  readonly caseId: string;
  readonly branch: string;
  readonly invoiceId: string;
  readonly amount: Money;
  readonly description: string;
  readonly invoiceDate: string;
  readonly sourceEventId: string;
}

/** FIN-5: paid service is invoiced to the customer on the delivery day given, once per invoice. */
export function issueInvoice(
  command: IssueInvoice,
  state: LedgerState,
  ctx: LedgerDecideContext,
): LedgerEvent[] {
  const ledger = state.exists ? state : emptyLedger(command.caseId, command.branch);
  if (ledger.invoices.includes(command.invoiceId)) return [];
  const { amountMinor, currency } = command.amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    throw new RuleViolation('FIN-9', 'an invoice must be a positive integer of minor units');
  if (currency !== ctx.currency)
    throw new RuleViolation('FIN-9', `the ledger is kept in ${ctx.currency}, not ${currency}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(command.invoiceDate))
    throw new RuleViolation('FIN-5', 'the invoice date must be the delivery day (YYYY-MM-DD)');
  requireOpenPeriod(ledger, ctx);
  const at = ctx.now.toISOString();
  const journal = new JournalWriter(ledger, at, ctx.period);
  journal.invoice(command.invoiceId, ACCOUNTS.customer(ledger.caseId), amountMinor, currency);
  return [
    {
      type: 'InvoiceIssued',
      data: {
        caseId: command.caseId,
        branch: ledger.branch,
        invoiceId: command.invoiceId,
        amount: { amountMinor, currency },
        description: requireText(command.description, 'FIN-5', 'a description'),
        invoiceDate: command.invoiceDate,
        sourceEventId: command.sourceEventId,
        issuedAt: at,
      },
    },
    ...journal.events,
  ];
}
