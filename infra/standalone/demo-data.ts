// Demo cases through the real HTTP API, so the register, timelines and summaries have content.
import { signDevToken } from '@aftersales/platform';
import { createHash } from 'node:crypto';

async function call(url: string, token: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': createHash('sha256')
        .update(url + JSON.stringify(body))
        .digest('hex'),
    },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return { ...((await res.json()) as { caseId: string; caseNumber: string }), created: res.status === 201 };
}

const CUSTOMERS = [
  {
    customerId: 'cust-hz-power',
    name: '杭州电力设备厂',
    contactPerson: '张工',
    phone: '0571-8888 1234',
    address: '杭州市滨江区江南大道 100 号',
    vip: true,
  },
  {
    customerId: 'cust-nb-steel',
    name: '宁波钢铁公司',
    contactPerson: '李经理',
    phone: '0574-6666 2345',
    address: '宁波市北仑区 88 号',
    vip: false,
  },
  {
    customerId: 'cust-sh-metro',
    name: '上海地铁维保',
    contactPerson: '王主任',
    phone: '021-5555 3456',
    address: '上海市徐汇区 7 号',
    vip: false,
  },
];

export async function loadDemoData(intakeUrl: string): Promise<{ cases: number; summary: string }> {
  const branches = ['HZ', 'NB', 'SH'];
  const clerks = await Promise.all(
    branches.map((b) =>
      signDevToken({
        sub: `demo-clerk-${b}`,
        name: `Clerk ${b}`,
        roles: ['intake-clerk', 'branch-manager'],
        branches: [b],
      }),
    ),
  );
  let cases = 0;
  const stages: Record<string, number> = {};
  const kinds = [
    'quality-complaint',
    'repair-request',
    'consultation',
    'non-quality-complaint',
    'quality-complaint',
  ];
  for (let i = 0; i < 15; i++) {
    const b = i % 3;
    const token = clerks[b];
    const reg = await call(`${intakeUrl}/cases`, token, {
      branch: branches[b],
      channel: ['hotline', 'online', 'email', 'walk-in', 'field-engineer'][i % 5],
      kind: kinds[i % 5],
      severity: i % 6 === 0 ? 'major' : 'general',
      customer: CUSTOMERS[b],
      product: { model: ['KYN28-12', 'ZN63-12', 'XGN15-12'][i % 3], serialNumber: `DEMO-${1000 + i}` },
      problem: {
        description: [
          '合闸后立即跳闸',
          '柜门变形无法关闭',
          '咨询保养周期',
          '运输中外壳刮伤',
          '真空断路器拒动',
        ][i % 5],
        symptomCode: ['TRIP', 'DOOR', 'MAINT', 'SCRATCH', 'NO-CLOSE'][i % 5],
      },
    });
    cases++;
    // A restart finds the demo cases of the earlier run (same idempotency keys) and leaves them be.
    if (!reg.created) continue;
    const id = reg.caseId;
    const stage = i % 5;
    const kind = kinds[i % 5];
    const post = (p: string, body: unknown) => call(`${intakeUrl}/cases/${id}/${p}`, token, body);
    if (stage >= 1)
      await post(
        'review',
        kind === 'quality-complaint' ? { founded: true, remedy: 'repair' } : { founded: true },
      );
    if (stage >= 2) await post('responses', { response: '已安排工程师上门检修' });
    if (stage >= 3) await post('resolution', { outcome: '更换故障部件,试运行正常' });
    if (stage >= 4) {
      await post('closure', {
        outcome: '客户确认修复',
        confirmation: {
          signedBy: CUSTOMERS[b].contactPerson,
          signedAt: new Date().toISOString(),
          method: 'e-signature',
        },
      });
      await post('survey', { scores: { attitude: 4, skill: 4, arrivalTime: 3, keepingPromises: 4 } });
    }
    const name = ['registered', 'accepted', 'responded', 'resolved', 'closed + surveyed'][stage];
    stages[name] = (stages[name] ?? 0) + 1;
  }
  const summary = Object.entries(stages)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return { cases, summary: summary || 'kept from an earlier run' };
}
