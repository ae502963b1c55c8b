// Demo inspections through quality inspection's HTTP API, one in every state: open, with a
// finding, attributed, disputed, superseded after review, signed off with a CAPA, refused.
import { signDevToken } from '@aftersales/platform';
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const evidence = (ref: string) => [{ kind: 'photo', ref: `dms://demo/${ref}.jpg`, sha256: sha256(ref) }];
const department = (name: string, shareBp: number) => ({
  party: { kind: 'department', department: name },
  shareBp,
});
const supplier = (id: string, shareBp: number) => ({ party: { kind: 'supplier', supplierId: id }, shareBp });

export async function loadQualityDemo(qcUrl: string): Promise<{ inspections: number; summary: string }> {
  const inspector = await signDevToken({
    sub: 'demo-qc',
    name: 'QC Zhou',
    roles: ['qc-inspector'],
    branches: ['HZ', 'NB'],
  });
  const reviewer = await signDevToken({
    sub: 'demo-reviewer',
    name: 'Reviewer Sun',
    roles: ['qc-reviewer'],
    branches: [],
  });
  const claims = await signDevToken({
    sub: 'demo-claims',
    name: 'Claims Wu',
    roles: ['claims-officer'],
    branches: ['HZ', 'NB'],
  });
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${qcUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  };
  // Kept from an earlier run: the demo is loaded once.
  const existing = await call('GET', '/inspections?branch=HZ&limit=1', inspector);
  if ((existing.items as unknown as unknown[]).length > 0)
    return { inspections: 0, summary: 'kept from an earlier run' };

  const open = async (i: number, branch = 'HZ') =>
    (
      await call('POST', '/inspections', inspector, {
        branch,
        product: { model: ['KYN28-12', 'VS1-12', 'ZN63-12'][i % 3], serialNumber: `DEMO-QC-${100 + i}` },
        // By hand: a return form would name a request the warehouse has, which these do not.
        origin: 'manual',
        originRef: `DEMO-QC-NOTE-${i}`,
      })
    ).inspectionId;
  const find = async (id: string, rootCause: string) =>
    (
      await call('POST', `/inspections/${id}/findings`, inspector, {
        failureMode: 'contacts overheated',
        rootCause,
        evidence: evidence(id),
      })
    ).findingId;
  const attribute = (id: string, basis: string, shares: unknown[], supersedes?: unknown) =>
    call('POST', `/inspections/${id}/attributions`, inspector, {
      basis: [basis],
      shares,
      ...(supersedes ? { supersedes } : {}),
    });

  const states: string[] = [];
  await open(0);
  states.push('open');
  const found = await open(1);
  await find(found, 'manufacturing');
  states.push('with a finding');
  const attributed = await open(2);
  await attribute(attributed, await find(attributed, 'manufacturing'), [department('production', 10_000)]);
  states.push('attributed');
  const disputed = await open(3, 'NB');
  const a = await attribute(disputed, await find(disputed, 'purchased-part'), [
    department('production', 4_000),
    supplier('SUP-CHINT', 6_000),
  ]);
  await call('POST', `/inspections/${disputed}/disputes`, claims, {
    attributionId: a.attributionId,
    party: 'supplier:SUP-CHINT',
    reason: 'the part passed our incoming test',
    evidence: evidence('test-report'),
  });
  states.push('disputed');
  const reviewed = await open(4);
  const basis = await find(reviewed, 'purchased-part');
  const r = await attribute(reviewed, basis, [department('production', 3_000), supplier('SUP-CHINT', 7_000)]);
  const dispute = await call('POST', `/inspections/${reviewed}/disputes`, claims, {
    attributionId: r.attributionId,
    party: 'supplier:SUP-CHINT',
    reason: 'mounting torque out of spec',
    evidence: evidence('torque'),
  });
  await call('POST', `/inspections/${reviewed}/disputes/${dispute.disputeId}/review`, reviewer, {
    decision: 'supersede',
    shares: [department('production', 10_000)],
    basis: [basis],
    reason: 'torque log shows assembly error',
  });
  states.push('superseded after review');
  const signed = await open(5);
  await attribute(signed, await find(signed, 'manufacturing'), [department('production', 10_000)]);
  await call('POST', `/inspections/${signed}/sign-off`, inspector, {
    capa: {
      ownerDepartment: 'production',
      action: 'recalibrate the torque tools of line 2',
      dueAt: new Date(Date.UTC(2027, 0, 31)).toISOString(),
    },
  });
  states.push('signed off with a CAPA');
  const refused = await open(6);
  await attribute(refused, await find(refused, 'customer-misuse'), [
    { party: { kind: 'customer' }, shareBp: 10_000 },
  ]);
  await call('POST', `/inspections/${refused}/refusal`, inspector, {
    explanation:
      'The housing shows impact damage from a fall; the fault was caused on site, not in manufacture.',
  });
  states.push('refused (customer damage)');
  return { inspections: states.length, summary: states.join(', ') };
}
