import {
  contracts,
  dispatchExamples,
  qualityInspectionExamples,
  financeExamples,
  warehouseReturnsExamples,
  type ContractEvent,
} from '@aftersales/contracts';
import { timelineSentence } from './downstream-timeline';

const examples = Object.entries({
  ...dispatchExamples,
  ...qualityInspectionExamples,
  ...warehouseReturnsExamples,
  ...financeExamples,
}).map(([type, payload]) => ({ type, payload }) as ContractEvent);

describe('downstream events as timeline sentences', () => {
  it('the take-back receipt number reaches the case timeline (DSP-4)', () => {
    const takenBack = dispatchExamples['dispatch.product-taken-back.v1'];
    expect(timelineSentence({ type: 'dispatch.product-taken-back.v1', payload: takenBack })).toBe(
      `Product taken back for repair, receipt ${takenBack.receiptNo}.`,
    );
  });

  it('every public event of another service reads as a sentence, never as its type name', () => {
    expect(examples.map((e) => e.type).sort()).toEqual(
      contracts.types().filter((t) => !t.startsWith('intake.')),
    );
    for (const event of examples) {
      const sentence = timelineSentence(event);
      expect({ type: event.type, sentence }).toEqual({
        type: event.type,
        sentence: expect.stringMatching(/^[A-Z][^]*[A-Za-z0-9)]\.$/),
      });
      expect(sentence).not.toMatch(/\.v\d|undefined|null|\[object/);
    }
  });

  it('QC-3: an attribution reads with its share table', () => {
    expect(
      timelineSentence({
        type: 'quality-inspection.responsibility-attributed.v1',
        payload: qualityInspectionExamples['quality-inspection.responsibility-attributed.v1'],
      }),
    ).toBe('Responsibility attributed: department:production (70 %), supplier:SUP-7 (30 %).');
  });

  it('a visit start and a cost read as what happened (FIN-1)', () => {
    expect(
      timelineSentence({
        type: 'dispatch.visit-started.v1',
        payload: dispatchExamples['dispatch.visit-started.v1'],
      }),
    ).toBe('Engineer eng-7 set off for the site.');
    const cost = {
      ...dispatchExamples['dispatch.cost-incurred.v1'],
      category: 'travel' as const,
      amount: { amountMinor: 12050, currency: 'CNY' },
    };
    expect(timelineSentence({ type: 'dispatch.cost-incurred.v1', payload: cost })).toBe(
      'Cost recorded: travel, 120.50 CNY.',
    );
  });
});
