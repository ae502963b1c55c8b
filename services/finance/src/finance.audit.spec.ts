import type { RecordedEvent } from '@aftersales/event-store';
import { financeAudit } from './finance.audit';

const posted = (postedAt: string, period?: string): RecordedEvent =>
  ({
    streamId: 'ledger-c1',
    streamVersion: 1,
    globalPosition: 1,
    type: 'EntryPosted',
    data: {
      caseId: 'c1',
      entryId: 'c1:1',
      branch: 'HZ',
      currency: 'CNY',
      cause: { kind: 'allocation', costId: 'k1', attributionId: 'a1' },
      lines: [
        { account: 'department-cost:production', debitMinor: 400, creditMinor: 0 },
        { account: 'supplier-recoverable:SUP-7', debitMinor: 600, creditMinor: 0 },
        { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 1000 },
      ],
      ...(period ? { period } : {}),
      postedAt,
    },
    metadata: {} as RecordedEvent['metadata'],
  }) as RecordedEvent;

describe('finance in the case audit report (AUD-2)', () => {
  it('AUD-2/FIN-8: the period closes affecting the case are those of the months its entries fall in', () => {
    const related = financeAudit.relatedStreams!;
    expect(related([posted('2026-12-15T08:00:00.000Z')])).toEqual(['period-HZ_2026-12']);
    // Within a day of a month's end the local month may be either: both closes are looked at.
    expect(related([posted('2026-11-30T20:00:00.000Z')])).toEqual(['period-HZ_2026-11', 'period-HZ_2026-12']);
    // An entry posted into a later open period names it.
    expect(related([posted('2026-12-01T01:00:00.000Z', '2026-12')])).toEqual(['period-HZ_2026-12']);
  });

  it('AUD-2/FIN-9: a journal entry is told with its lines, its cause and the attribution it follows, in minor units', () => {
    const e = posted('2026-12-15T08:00:00.000Z');
    expect(financeAudit.describe.EntryPosted(e.data as never, e)).toEqual({
      summary: 'entry c1:1 posted: allocation',
      summaryZh: '记账 c1:1：责任分摊',
      kind: 'fact',
      refs: { entryId: 'c1:1', costId: 'k1', attributionId: 'a1' },
      money: [
        {
          kind: 'posted',
          amount: { amountMinor: 1000, currency: 'CNY' },
          lines: (e.data as { lines: unknown[] }).lines,
          cause: 'allocation',
        },
      ],
    });
  });
});
