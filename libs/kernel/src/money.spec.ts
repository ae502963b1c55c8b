import { allocateMoney, money } from './money';

describe('money (FIN-9)', () => {
  it('FIN-9: refuses fractional minor units', () => {
    expect(() => money(10.5, 'CNY')).toThrow(/integer/);
  });

  it('FIN-3: allocation by shares adds up to the total exactly', () => {
    const parts = allocateMoney(money(10_001, 'CNY'), [3_333, 3_333, 3_334]);
    expect(parts.reduce((s, p) => s + p.amountMinor, 0)).toBe(10_001);
    expect(parts.map((p) => p.amountMinor)).toEqual([3_333, 3_333, 3_335]);
  });

  it('FIN-3: negative totals (reversals) allocate exactly too', () => {
    const parts = allocateMoney(money(-101, 'CNY'), [5_000, 5_000]);
    expect(parts.map((p) => p.amountMinor)).toEqual([-51, -50]);
  });

  it('refuses shares that do not sum to 100 %', () => {
    expect(() => allocateMoney(money(100, 'CNY'), [5_000, 4_000])).toThrow(/10000/);
  });
});
