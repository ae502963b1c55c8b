import { classifyService, reasonZhOf } from './warranty-terms';

describe('a warranty reason in Chinese (CLM-1, CLM-2, CLM-3)', () => {
  it('CLM-3: every classification gives its reason in English and in Chinese, the same class either way', () => {
    const cases = [
      { standing: 'full-warranty', humanDamage: true },
      { standing: 'full-warranty', humanDamage: false },
      { standing: 'extended-repair', humanDamage: false },
      { standing: 'out-of-warranty', humanDamage: false, contractId: 'MC-1' },
      { standing: 'out-of-warranty', humanDamage: false },
      { standing: 'unregistered', humanDamage: false },
    ] as const;
    const zh = cases.map((c) => classifyService(c).reasonZh);
    expect(zh).toEqual([
      '人为损坏不在保修范围（CLM-1）',
      '在三包期内（CLM-1）',
      '在延保免费维修期内（CLM-1）',
      '由维保合同 MC-1 覆盖（CLM-2）',
      '已过保（CLM-1）',
      '序列号未在产品档案中登记',
    ]);
  });

  it('CLM-1: an assessment recorded with the reason the facts give reads in Chinese', () => {
    const facts = { standing: 'extended-repair', humanDamage: false } as const;
    const { serviceClass, reason } = classifyService(facts);
    expect(reasonZhOf({ ...facts, serviceClass, reason })).toBe('在延保免费维修期内（CLM-1）');
  });

  it('CLM-1: an assessment whose recorded reason the facts no longer give keeps its English only', () => {
    // Recorded under an earlier wording of the rule: the Chinese of today's wording would misquote it.
    expect(
      reasonZhOf({
        standing: 'full-warranty',
        humanDamage: false,
        serviceClass: 'free-warranty',
        reason: 'within warranty',
      }),
    ).toBeUndefined();
  });
});
