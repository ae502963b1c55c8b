import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { timelineEntry, type TimelineEntry } from '@aftersales/event-store';
import { NotFound } from '@aftersales/kernel';
import { encodeKeysetCursor, type KeysetPosition } from '@aftersales/projections';
import type { Access, BranchFilter } from '@aftersales/platform';
import { FinanceRuntime } from '../../finance.runtime';
import { ledgerStreamId } from '../ledger.decider';
import { CostRow, JournalLineRow } from './journal.entities';

export interface CaseMoney {
  readonly caseId: string;
  readonly branch: string;
  readonly costs: CostRow[];
  /** AUD-2 from the log: each decision (cost recorded, audited, attribution applied or superseded, claim charged back, invoice) with who made it and what caused it. */
  readonly decisions: TimelineEntry[];
  readonly entries: Array<{
    entryId: string;
    currency: string;
    period: string;
    postedAt: Date;
    cause: {
      kind: string;
      costId?: string;
      claimId?: string;
      invoiceId?: string;
      attributionId?: string;
      reverses?: string;
    };
    lines: Array<{ account: string; debitMinor: number; creditMinor: number }>;
  }>;
}

/** AUD-2: a case's money: every cost with its audit, every entry with its cause, in order. */
export class GetCaseMoney extends Query<CaseMoney> {
  constructor(
    readonly caseId: string,
    readonly access: Access,
  ) {
    super();
  }
}

@QueryHandler(GetCaseMoney)
export class GetCaseMoneyHandler implements IQueryHandler<GetCaseMoney> {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  async execute({ caseId, access }: GetCaseMoney): Promise<CaseMoney> {
    const db = this.runtime.dataSource;
    const costs = await db.getRepository(CostRow).find({ where: { caseId }, order: { position: 'ASC' } });
    const lines = await db
      .getRepository(JournalLineRow)
      .find({ where: { caseId }, order: { position: 'ASC', lineNo: 'ASC' } });
    const branch = costs[0]?.branch ?? lines[0]?.branch;
    if (!branch) throw new NotFound('case ledger', caseId);
    access.assertBranch(branch);
    const entries = new Map<string, CaseMoney['entries'][number]>();
    for (const l of lines) {
      const entry = entries.get(l.entryId) ?? {
        entryId: l.entryId,
        currency: l.currency,
        period: l.period,
        postedAt: l.postedAt,
        cause: {
          kind: l.causeKind,
          ...(l.costId ? { costId: l.costId } : {}),
          ...(l.claimId ? { claimId: l.claimId } : {}),
          ...(l.invoiceId ? { invoiceId: l.invoiceId } : {}),
          ...(l.attributionId ? { attributionId: l.attributionId } : {}),
          ...(l.reverses ? { reverses: l.reverses } : {}),
        },
        lines: [],
      };
      entry.lines.push({ account: l.account, debitMinor: l.debitMinor, creditMinor: l.creditMinor });
      entries.set(l.entryId, entry);
    }
    const log = await this.runtime.store.readStream(ledgerStreamId(caseId));
    const decisions = log.filter((e) => e.type !== 'EntryPosted').map(timelineEntry);
    return { caseId, branch, costs, decisions, entries: [...entries.values()] };
  }
}

export interface CostPage {
  readonly items: CostRow[];
  /** The cursor of the next page (`after`), null on the last. */
  readonly next: string | null;
}

/** A cost's place in the list: when it was recorded, then its case and id (ids hold no spaces). */
const keyOf = (c: Pick<CostRow, 'recordedAt' | 'caseId' | 'costId'>): KeysetPosition => ({
  at: c.recordedAt,
  id: `${c.caseId} ${c.costId}`,
});

/** The costs, oldest first (the audit queue with status=pending), keyset-paged. */
export class ListCosts extends Query<CostPage> {
  constructor(
    readonly filter: { branches: BranchFilter; status?: string; after?: KeysetPosition; limit: number },
  ) {
    super();
  }
}

@QueryHandler(ListCosts)
export class ListCostsHandler implements IQueryHandler<ListCosts> {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  async execute({ filter }: ListCosts): Promise<CostPage> {
    const qb = this.runtime.dataSource.getRepository(CostRow).createQueryBuilder('c');
    if (filter.branches !== 'all-branches')
      qb.andWhere('c.branch IN (:...branches)', { branches: [...filter.branches, ''] });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.after) {
      const [caseId, costId] = filter.after.id.split(' ');
      qb.andWhere('(c.recordedAt, c.caseId, c.costId) > (:at, :caseId, :costId)', {
        at: filter.after.at,
        caseId,
        costId: costId ?? '',
      });
    }
    const items = await qb
      .orderBy('c.recordedAt', 'ASC')
      .addOrderBy('c.caseId', 'ASC')
      .addOrderBy('c.costId', 'ASC')
      .take(filter.limit + 1)
      .getMany();
    const page = items.slice(0, filter.limit);
    const more = items.length > filter.limit;
    return { items: page, next: more ? encodeKeysetCursor(keyOf(page.at(-1)!)) : null };
  }
}

export interface TrialBalance {
  readonly accounts: Array<{
    account: string;
    currency: string;
    debitMinor: number;
    creditMinor: number;
    balanceMinor: number;
  }>;
  readonly totals: Array<{ currency: string; debitMinor: number; creditMinor: number }>;
  /** FIN-9: debits equal credits per currency, to the minor unit. */
  readonly balanced: boolean;
}

/** The trial balance of every account, optionally up to and including a period. */
export class GetTrialBalance extends Query<TrialBalance> {
  constructor(readonly filter: { period?: string }) {
    super();
  }
}

@QueryHandler(GetTrialBalance)
export class GetTrialBalanceHandler implements IQueryHandler<GetTrialBalance> {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  async execute({ filter }: GetTrialBalance): Promise<TrialBalance> {
    const rows: Array<{ account: string; currency: string; debit: string; credit: string }> =
      await this.runtime.dataSource.query(
        `SELECT account, currency, sum(debit_minor) AS debit, sum(credit_minor) AS credit
           FROM finance.account_balance
          WHERE ($1::text IS NULL OR period <= $1)
          GROUP BY account, currency
          ORDER BY currency, account`,
        [filter.period ?? null],
      );
    const accounts = rows.map((r) => ({
      account: r.account,
      currency: r.currency,
      debitMinor: Number(r.debit),
      creditMinor: Number(r.credit),
      balanceMinor: Number(r.debit) - Number(r.credit),
    }));
    const totals = new Map<string, { currency: string; debitMinor: number; creditMinor: number }>();
    for (const a of accounts) {
      const t = totals.get(a.currency) ?? { currency: a.currency, debitMinor: 0, creditMinor: 0 };
      t.debitMinor += a.debitMinor;
      t.creditMinor += a.creditMinor;
      totals.set(a.currency, t);
    }
    const all = [...totals.values()];
    return { accounts, totals: all, balanced: all.every((t) => t.debitMinor === t.creditMinor) };
  }
}

/** The cost borne per responsible party, branch and period (FIN-2, FIN-3, KPI-1 its part). */
export interface CostReport {
  readonly rows: Array<{
    party: string;
    account: string;
    branch: string;
    period: string;
    currency: string;
    amountMinor: number;
  }>;
}

/** The accounts a cost ends up on, by the kind of party bearing it. */
const BORNE = `split_part(account, ':', 1) IN
  ('department-cost', 'supplier-recoverable', 'customer-receivable', 'carrier-recoverable',
   'branch-cost', 'head-office-cost', 'manufacturing-cost')`;

export class GetCostReport extends Query<CostReport> {
  constructor(readonly filter: { branches: BranchFilter; period?: string; party?: string }) {
    super();
  }
}

@QueryHandler(GetCostReport)
export class GetCostReportHandler implements IQueryHandler<GetCostReport> {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  async execute({ filter }: GetCostReport): Promise<CostReport> {
    const branches = filter.branches === 'all-branches' ? null : [...filter.branches];
    const rows: Array<{ account: string; branch: string; period: string; currency: string; net: string }> =
      await this.runtime.dataSource.query(
        `SELECT account, branch, period, currency, sum(debit_minor - credit_minor) AS net
           FROM finance.journal_line
          WHERE ${BORNE}
            AND ($1::text[] IS NULL OR branch = ANY($1))
            AND ($2::text IS NULL OR period = $2)
            AND ($3::text IS NULL OR split_part(account, ':', 1) = $3)
          GROUP BY account, branch, period, currency
         HAVING sum(debit_minor - credit_minor) <> 0
          ORDER BY period, branch, account`,
        [branches, filter.period ?? null, filter.party ?? null],
      );
    return {
      rows: rows.map((r) => ({
        party: r.account.split(':')[0],
        account: r.account,
        branch: r.branch,
        period: r.period,
        currency: r.currency,
        amountMinor: Number(r.net),
      })),
    };
  }
}
