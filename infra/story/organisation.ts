// The organisation the story plays in: branches with their engineers, customers, and the serial
// registry with commissioning dates and contracts. Loading it twice changes nothing.
import type { StoryCase } from './story';
import { StoryClient, type Actor, type ServiceUrls } from './story-client';

export const STORY_BRANCHES = ['HZ', 'NB', 'SH'] as const;
export const STORY_SUPPLIERS = ['SUP-CHINT', 'SUP-DELIXI'] as const;
export const STORY_MODELS = ['KYN28-12', 'VS1-12', 'ZN63-12'] as const;

const CUSTOMERS: Record<string, StoryCase['customer']> = {
  HZ: {
    customerId: 'cust-hz-power',
    name: '杭州电力设备厂',
    contactPerson: '张工',
    phone: '0571-8888 1234',
    address: '杭州市滨江区江南大道 100 号',
  },
  NB: {
    customerId: 'cust-nb-steel',
    name: '宁波钢铁公司',
    contactPerson: '李经理',
    phone: '0574-6666 2345',
    address: '宁波市北仑区 88 号',
  },
  SH: {
    customerId: 'cust-sh-metro',
    name: '上海地铁维保',
    contactPerson: '王主任',
    phone: '021-5555 3456',
    address: '上海市徐汇区 7 号',
  },
};

/** A date `months` before `at`, as YYYY-MM-DD. */
export function monthsBefore(at: Date, months: number): string {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * The parameters of the `n`-th story case: a product commissioned 14 months ago (in warranty),
 * 60 % supplier / 40 % production. `tag` keeps serials apart between runs against one database.
 */
export function storyCase(n: number, branch = 'HZ', tag = 'S', at = new Date()): StoryCase {
  const serial = `${tag}-${branch}-${String(n).padStart(6, '0')}`;
  return {
    branch,
    customer: CUSTOMERS[branch] ?? { ...CUSTOMERS.HZ, customerId: `cust-${branch.toLowerCase()}` },
    product: {
      model: STORY_MODELS[n % STORY_MODELS.length],
      serial,
      replacementSerial: `${serial}-R`,
      commissionedOn: monthsBefore(at, 14),
      unitPrice: { amountMinor: 4_800_000, currency: 'CNY' },
    },
    supplierId: STORY_SUPPLIERS[n % STORY_SUPPLIERS.length],
    department: 'production',
    supplierShareBp: 6_000,
    engineerId: `eng-${branch.toLowerCase()}-1`,
    costs: {
      travel: { amountMinor: 36_000, currency: 'CNY' },
      repairMinutes: 150,
      transport: { amountMinor: 80_001, currency: 'CNY' },
    },
  };
}

const DISPATCHER = (branch: string): Actor => ({
  userId: `dispatcher-${branch.toLowerCase()}`,
  name: 'Zhao Lei',
  roles: ['dispatcher'],
  branches: [branch],
});
const CLAIMS: Actor = {
  userId: 'claims-registry',
  name: 'Claims Wu',
  roles: ['claims-officer'],
  branches: [...STORY_BRANCHES],
};

/** The story's engineers, one or more per branch; an engineer registered before is left as it is. */
export async function loadEngineers(urls: ServiceUrls, branches: readonly string[] = STORY_BRANCHES) {
  const http = new StoryClient(urls);
  let registered = 0;
  for (const branch of branches) {
    const engineerId = `eng-${branch.toLowerCase()}-1`;
    const exists = await http.call('dispatch', 'GET', `/engineers/${engineerId}`, DISPATCHER(branch));
    if (exists.status === 200) continue;
    await http.must('dispatch', 'POST', '/engineers', DISPATCHER(branch), {
      engineerId,
      branch,
      home: 'branch',
      skills: ['switchgear', ...STORY_MODELS],
      baseZone: 'city',
    });
    registered += 1;
  }
  return { engineers: registered };
}

/** The serials of the given cases in claims' registry (CLM-1), with a maintenance contract each (CLM-2). */
export async function registerProducts(urls: ServiceUrls, cases: readonly StoryCase[]) {
  const http = new StoryClient(urls);
  const lines = cases.map((c) =>
    JSON.stringify({
      serial: c.product.serial,
      model: c.product.model,
      customerId: c.customer.customerId,
      branch: c.branch,
      deliveryDate: c.product.commissionedOn,
      commissioningDate: c.product.commissionedOn,
    }),
  );
  const imported = await http.must('claims', 'POST', '/products/import', CLAIMS, {
    format: 'jsonl',
    content: `${lines.join('\n')}\n`,
  });
  return imported as { registered: number; unchanged: number; rejected: unknown[] };
}
