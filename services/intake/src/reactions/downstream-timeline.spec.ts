import {
  contracts,
  dispatchExamples,
  qualityInspectionExamples,
  financeExamples,
  warehouseReturnsExamples,
  claimsExamples,
  type ContractEvent,
} from '@aftersales/contracts';
import { timelineSentence } from './downstream-timeline';

const examples = Object.entries({
  ...dispatchExamples,
  ...qualityInspectionExamples,
  ...warehouseReturnsExamples,
  ...financeExamples,
  ...claimsExamples,
}).map(([type, payload]) => ({ type, payload }) as ContractEvent);

describe('downstream events as timeline sentences', () => {
  it('the take-back receipt number reaches the case timeline (DSP-4)', () => {
    const takenBack = dispatchExamples['dispatch.product-taken-back.v1'];
    expect(timelineSentence({ type: 'dispatch.product-taken-back.v1', payload: takenBack }).en).toBe(
      `Product taken back for repair, receipt ${takenBack.receiptNo}.`,
    );
  });

  it('every public event of another service reads as a sentence, never as its type name', () => {
    expect(examples.map((e) => e.type).sort()).toEqual(
      contracts.types().filter((t) => !t.startsWith('intake.')),
    );
    for (const event of examples) {
      const { en, zh } = timelineSentence(event);
      expect({ type: event.type, en, zh }).toEqual({
        type: event.type,
        en: expect.stringMatching(/^[A-Z][^]*[A-Za-z0-9)]\.$/),
        // Chinese, ending as a Chinese sentence does.
        zh: expect.stringMatching(/^[^]*[\u4e00-\u9fff][^]*。$/),
      });
      for (const sentence of [en, zh]) expect(sentence).not.toMatch(/\.v\d|undefined|null|\[object/);
    }
  });

  it("QC-4: a supplier's dispute referred to QC again reads as a referral, not a second dispute", () => {
    const disputed = claimsExamples['claims.supplier-claim-disputed.v1'];
    expect(timelineSentence({ type: 'claims.supplier-claim-disputed.v1', payload: disputed }).en).toBe(
      `Supplier ${disputed.supplierId} disputed the claim.`,
    );
    expect(
      timelineSentence({
        type: 'claims.supplier-claim-disputed.v1',
        payload: { ...disputed, referredAt: '2027-03-20T02:00:00.000Z' },
      }).en,
    ).toBe(`Supplier ${disputed.supplierId}'s dispute of the claim referred to QC again.`);
  });

  it('CLM-1/CLM-3: a warranty assessment reads in Chinese from its standing and service class, not the English reason', () => {
    const assessed = claimsExamples['claims.warranty-assessed.v1'];
    const { zh } = timelineSentence({
      type: 'claims.warranty-assessed.v1',
      payload: { ...assessed, standing: 'out-of-warranty', serviceClass: 'paid', humanDamage: false },
    });
    expect(zh).toBe(`序列号 ${assessed.serial} 保修判定：已过保，有偿服务。`);
  });

  it('QC-3: an attribution reads with its share table', () => {
    expect(
      timelineSentence({
        type: 'quality-inspection.responsibility-attributed.v1',
        payload: qualityInspectionExamples['quality-inspection.responsibility-attributed.v1'],
      }),
    ).toEqual({
      en: 'Responsibility attributed: department:production (70 %), supplier:SUP-7 (30 %).',
      zh: '责任认定：部门 production 70%、供应商 SUP-7 30%。',
    });
  });

  it('a visit start and a cost read as what happened (FIN-1)', () => {
    expect(
      timelineSentence({
        type: 'dispatch.visit-started.v1',
        payload: dispatchExamples['dispatch.visit-started.v1'],
      }).en,
    ).toBe('Engineer eng-7 set off for the site.');
    const cost = {
      ...dispatchExamples['dispatch.cost-incurred.v1'],
      category: 'travel' as const,
      amount: { amountMinor: 12050, currency: 'CNY' },
    };
    expect(timelineSentence({ type: 'dispatch.cost-incurred.v1', payload: cost })).toEqual({
      en: 'Cost recorded: travel, 120.50 CNY.',
      zh: '记录费用：差旅费 120.50 CNY。',
    });
  });
});
