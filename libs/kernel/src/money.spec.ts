import { allocateMoney, formatMoney, money } from './money';

describe('money (FIN-9)', () => {
  it("FIN-9: reads in the currency's own minor digits, exactly, negatives included", () => {
    expect(formatMoney({ amountMinor: 12050, currency: 'CNY' })).toBe('120.50 CNY');
    expect(formatMoney({ amountMinor: 5, currency: 'CNY' })).toBe('0.05 CNY');
    expect(formatMoney({ amountMinor: -12050, currency: 'CNY' })).toBe('-120.50 CNY');
    expect(formatMoney({ amountMinor: 1200, currency: 'JPY' })).toBe('1200 JPY');
    expect(formatMoney({ amountMinor: 1234, currency: 'KWD' })).toBe('1.234 KWD');
    // Beyond 2^53 / 100 a float division would round; the integer split does not.
    expect(formatMoney({ amountMinor: 9007199254740991, currency: 'CNY' })).toBe('90071992547409.91 CNY');
  });

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

  it('FIN-3/CLM-4: a left-over minor unit goes to the largest remainder, not the largest share', () => {
    // 60/40 of 2: exact parts 1.2 and 0.8; the 0.8 rounds up.
    expect(allocateMoney(money(2, 'CNY'), [6_000, 4_000]).map((p) => p.amountMinor)).toEqual([1, 1]);
    expect(allocateMoney(money(7, 'CNY'), [6_000, 2_500, 1_500]).map((p) => p.amountMinor)).toEqual([
      4, 2, 1,
    ]);
  });

  it('refuses shares that do not sum to 100 %', () => {
    expect(() => allocateMoney(money(100, 'CNY'), [5_000, 4_000])).toThrow(/10000/);
  });
});
