// The whole back office's story of one case, played over HTTP the way its people would: a
// quality complaint registered and answered, the engineer's take-back, QC's attribution, the
// supplier's claim and dispute, the exchange, the money and the closing. Each step waits for
// the read models the next one needs, which the services learn from one another's events.
import { createHash } from 'node:crypto';
import { StoryClient, StoryError, waitFor, type Actor, type ServiceUrls } from './story-client';

/** Where a story can stop: after each of its seven steps (the demo has cases at every one). */
export const STAGES = [
  'responded', // 1 intake: registered, accepted by the branch manager, answered in time
  'taken-back', // 2 dispatch: engineer assigned, arrived, product taken back with a receipt
  'attributed', // 3 QC: finding (purchased part), attribution supplier/department signed
  'claim-confirmed', // 4 claims: free warranty, notice, dispute, attribution confirmed, claim confirmed
  'exchanged', // 5 warehouse returns: return → signatures → transport → received → QC → stock-in → exchange
  'settled', // 6 finance: costs allocated, chargeback posted, the branch's last month closed
  'closed', // 7 intake: closed with the customer's confirmation, survey answered
] as const;
export type Stage = (typeof STAGES)[number];

export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

/** Who and what the case is about; many cases are played by varying these. */
export interface StoryCase {
  readonly branch: string;
  readonly customer: {
    readonly customerId: string;
    readonly name: string;
    readonly contactPerson: string;
    readonly phone: string;
    readonly address: string;
  };
  readonly product: {
    readonly model: string;
    readonly serial: string;
    /** The unit the warehouse ships in exchange (CLM-7 links it to `serial`). */
    readonly replacementSerial: string;
    /** YYYY-MM-DD; the story's product was commissioned 14 months ago (in warranty, CLM-1). */
    readonly commissionedOn: string;
    readonly unitPrice: Money;
  };
  readonly supplierId: string;
  /** The production department QC holds partly responsible (QC-3). */
  readonly department: string;
  /** Basis points of the supplier's share; the department bears the rest (60 % / 40 %). */
  readonly supplierShareBp: number;
  readonly engineerId: string;
  readonly costs: {
    /** Travel of the branch's engineer to the customer (FIN-2: the branch bears it). */
    readonly travel: Money;
    /** Repair minutes on the repair card, costed at the branch's labour rate (FIN-3). */
    readonly repairMinutes: number;
    /** Transport of the product to manufacturing, entered by finance (FIN-3). */
    readonly transport: Money;
  };
}

export interface StoryOptions {
  /** The last stage to play (default: the whole story). */
  readonly until?: Stage;
  /** How long each wait for another service's read model may take (default 30 s). */
  readonly waitMs?: number;
  /** How often a wait asks again (default 50 ms). */
  readonly pollMs?: number;
  /** Told each step as it is done. */
  readonly log?: (line: string) => void;
  /** FIN-8: the month the case's costs are audited into (default: the month of the audit). */
  readonly approvalPeriod?: string;
  /** Run after each stage the story goes on from (a test kills and restarts a service here). */
  readonly between?: (reached: Stage, result: StoryResult) => Promise<void>;
}

/** What the story made, for checks and for the audit report. */
export interface StoryResult {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly reached: Stage;
  visitId?: string;
  inspectionId?: string;
  attributionId?: string;
  claimId?: string;
  claimAmount?: Money;
  rmaId?: string;
  returnInspectionId?: string;
  closedPeriod?: string;
}

const formatMoney = (m: Money) => `${(m.amountMinor / 100).toFixed(2)} ${m.currency}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The people of the story, for a branch. */
/** CLM-4: the case's supplier claim notice, once it claims at least `leastMinor` (else undefined). */
export const claimNotice =
  (http: StoryClient, c: StoryCase, caseId: string, officer: Actor, leastMinor: number) =>
  async (): Promise<{ claimId: string; amount: Money } | undefined> => {
    const r = await http.call(
      'claims',
      'GET',
      `/supplier-claims?supplierId=${c.supplierId}&branch=${c.branch}&limit=200`,
      officer,
    );
    const items = r.status === 200 ? (r.body.items as Array<{ caseId: string; claimId: string }>) : [];
    const found = items.find((k) => k.caseId === caseId);
    if (!found) return undefined;
    const notice = await http.must('claims', 'GET', `/supplier-claims/${found.claimId}`, officer);
    return notice.amount.amountMinor >= leastMinor
      ? (notice as { claimId: string; amount: Money })
      : undefined;
  };

export function cast(branch: string, c: Pick<StoryCase, 'engineerId' | 'department'>) {
  const staff = (userId: string, name: string, roles: string[], branches = [branch]): Actor => ({
    userId,
    name,
    roles,
    branches,
  });
  return {
    clerk: staff(`clerk-${branch.toLowerCase()}`, 'Li Wei', ['intake-clerk']),
    manager: staff(`manager-${branch.toLowerCase()}`, 'Wang Fang', ['branch-manager']),
    dispatcher: staff(`dispatcher-${branch.toLowerCase()}`, 'Zhao Lei', ['dispatcher']),
    engineer: staff(c.engineerId, 'Engineer', ['engineer']),
    inspector: staff('qc-zhou', 'QC Zhou', ['qc-inspector'], []),
    reviewer: staff('qc-reviewer-sun', 'Reviewer Sun', ['qc-reviewer'], []),
    claimsOfficer: staff(`claims-${branch.toLowerCase()}`, 'Claims Wu', ['claims-officer']),
    afterSalesHead: staff(`ash-${branch.toLowerCase()}`, 'After-sales Head Qian', ['after-sales-head']),
    operationsHead: staff('ops-head', 'Operations Head Feng', ['operations-head'], []),
    keeper: staff(`keeper-${branch.toLowerCase()}`, 'Keeper He', ['warehouse-keeper']),
    driver: staff(`driver-${branch.toLowerCase()}`, 'Driver Ma', ['driver']),
    finance: staff('fin-officer', 'Finance Officer Lin', ['finance-officer'], []),
  };
}

/** The month before `at` in the branch's zone (YYYY-MM): the last one that has ended (FIN-8). */
export function previousMonth(at: Date, timeZone = 'Asia/Shanghai'): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .format(at)
    .split('-')
    .map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Plays the story of one case up to `options.until`. Every step is an HTTP command of the
 * person whose step it is; what one service learns from another is awaited, never assumed.
 */
export async function playStory(
  urls: ServiceUrls,
  c: StoryCase,
  options: StoryOptions = {},
): Promise<StoryResult> {
  const http = new StoryClient(urls);
  const until = STAGES.indexOf(options.until ?? 'closed');
  const waitMs = options.waitMs ?? 30_000;
  const log = options.log ?? (() => undefined);
  const who = cast(c.branch, c);
  const wait = <T>(check: () => Promise<T | undefined | false>, what: string) =>
    waitFor(check, what, waitMs, options.pollMs);

  // 1. Intake: a quality complaint; the branch manager accepts it (ORG-2); the clerk answers (INT-4).
  const registered = await http.must('intake', 'POST', '/cases', who.clerk, {
    branch: c.branch,
    channel: 'hotline',
    kind: 'quality-complaint',
    severity: 'general',
    customer: c.customer,
    product: {
      model: c.product.model,
      serialNumber: c.product.serial,
      commissioningDate: c.product.commissionedOn,
    },
    problem: { description: '断路器运行中跳闸，无法合闸', symptomCode: 'TRIP' },
  });
  const result: { -readonly [K in keyof StoryResult]: StoryResult[K] } = {
    caseId: registered.caseId,
    caseNumber: registered.caseNumber,
    reached: 'responded',
  };
  const caseId = result.caseId;
  /** Marks the stage reached; true when the story ends there. */
  const stopAt = async (stage: Stage) => {
    result.reached = stage;
    if (STAGES.indexOf(stage) >= until) return true;
    await options.between?.(stage, result);
    return false;
  };
  log(`${result.caseNumber}: registered, response due ${registered.responseDueAt}`);
  await http.must('intake', 'POST', `/cases/${caseId}/review`, who.manager, {
    founded: true,
    remedy: 'exchange',
    explanation: 'The breaker trips under rated load: a quality problem; the customer chose an exchange.',
  });
  const responded = await http.must('intake', 'POST', `/cases/${caseId}/responses`, who.clerk, {
    response: 'An engineer comes on site today; if it cannot be fixed there the unit is exchanged.',
  });
  log(`${result.caseNumber}: accepted by the branch manager, answered (case ${responded.status})`);
  if (await stopAt('responded')) return result;

  // 2. Dispatch: the dispatcher opens the visit once dispatch knows the case; the engineer goes,
  // cannot fix it on site and takes the product back against a receipt (DSP-4).
  const opened = await wait(async () => {
    const r = await http.call('dispatch', 'POST', '/visits', who.dispatcher, { caseId, zone: 'city' });
    if (r.status === 404) return undefined; // dispatch has not learnt of the case yet
    if (r.status >= 300) throw new StoryError(`open visit: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }, 'dispatch knows the case');
  const visitId: string = opened.visit?.visitId ?? opened.visitId;
  result.visitId = visitId;
  const visit = (path: string, actor: Actor, body?: unknown) =>
    http.must('dispatch', 'POST', `/visits/${visitId}${path}`, actor, body);
  await visit('/assignment', who.dispatcher, { engineerId: c.engineerId });
  await visit('/departure', who.engineer);
  await visit('/arrival', who.engineer);
  await visit('/findings', who.engineer, { findings: '合闸线圈回路元件击穿，现场无备件，需返厂检测' });
  await visit('/costs', who.engineer, {
    costId: `${visitId}-travel`,
    category: 'travel',
    amount: c.costs.travel,
    staffId: c.engineerId,
    staffHome: 'branch',
    description: `travel to the customer of branch ${c.branch}`,
  });
  const receiptNo = `PR-${result.caseNumber}`;
  const repairCardNo = `RC-${result.caseNumber}`;
  await visit('/take-back', who.engineer, {
    receiptNo,
    registerEntryNo: `IO-${result.caseNumber}`,
    repairCardNo,
  });
  await visit('/repair-card', who.engineer, {
    engineerId: c.engineerId,
    minutes: c.costs.repairMinutes,
    note: 'bench test and dismantling at the factory',
  });
  log(`${result.caseNumber}: visit ${visitId}, product taken back on receipt ${receiptNo}`);
  if (await stopAt('taken-back')) return result;

  // 3. QC: the take-back opened an inspection (QC-1); root cause a purchased part (QC-2);
  // responsibility shared between the supplier and the production department, signed (QC-3).
  const inspection = await wait(async () => {
    const r = await http.call(
      'quality-inspection',
      'GET',
      `/cases/${caseId}/responsibility-history`,
      who.inspector,
    );
    return r.status === 200 && (r.body.inspections as Array<{ inspectionId: string }>)[0];
  }, 'the inspection opened from the take-back');
  const inspectionId = inspection.inspectionId;
  result.inspectionId = inspectionId;
  const qc = (path: string, actor: Actor, body?: unknown) =>
    http.must('quality-inspection', 'POST', `/inspections/${inspectionId}${path}`, actor, body);
  const finding = await qc('/findings', who.inspector, {
    failureMode: 'closing-coil driver module broke down under rated load',
    rootCause: 'purchased-part',
    evidence: [
      { kind: 'test-report', ref: `dms://qc/${inspectionId}/bench.pdf`, sha256: sha256(inspectionId) },
    ],
    note: `the module is bought in from supplier ${c.supplierId}; its fixing was assembled by production`,
  });
  const shares = [
    { party: { kind: 'supplier', supplierId: c.supplierId }, shareBp: c.supplierShareBp },
    { party: { kind: 'department', department: c.department }, shareBp: 10_000 - c.supplierShareBp },
  ];
  const attributed = await qc('/attributions', who.inspector, {
    shares,
    basis: [finding.findingId],
    basisNote: 'purchase contract clause 7.2 (defective bought-in parts); assembly instruction AI-12',
  });
  result.attributionId = attributed.attributionInForce ?? attributed.attributionId;
  log(`${result.caseNumber}: inspection ${inspectionId}, attribution ${result.attributionId} signed`);
  if (await stopAt('attributed')) return result;

  // 4. Claims: free warranty (CLM-1/3); finance approves the costs (FIN-1) and transport to
  // manufacturing; the supplier's notice is its share of them (CLM-4); the supplier disputes the
  // claim, QC opens the dispute from it, the reviewer confirms the attribution (QC-4), which confirms the claim; QC signs off with a CAPA (QC-5).
  await wait(async () => {
    const r = await http.call('claims', 'GET', `/cases/${caseId}/warranty`, who.claimsOfficer);
    return r.status === 200 && JSON.stringify(r.body).includes('free-warranty') && r.body;
  }, 'claims assessed the case as free warranty');
  await http.must('finance', 'POST', '/costs', who.finance, {
    caseId,
    costId: `${caseId}-transport`,
    branch: c.branch,
    kind: 'transport',
    amount: c.costs.transport,
    bearer: 'by-attribution',
    description: 'freight of the faulty unit to manufacturing',
  });
  const costs = await wait(async () => {
    const r = await http.call('finance', 'GET', `/cases/${caseId}/money`, who.finance);
    const list =
      r.status === 200
        ? (r.body.costs as Array<{ costId: string; kind: string; status: string; amountMinor: number }>)
        : [];
    return list.length >= 3 && list;
  }, 'finance has the travel, repair and transport costs');
  // Approved in one order whatever order finance heard of them: each approval amends the supplier's
  // claim (CLM-4), so the claim's history is the same in every run.
  const pending = costs.filter((k) => k.status === 'pending').sort((a, b) => a.kind.localeCompare(b.kind));
  for (const cost of pending)
    await http.must(
      'finance',
      'POST',
      `/cases/${caseId}/costs/${cost.costId}/approve${options.approvalPeriod ? `?period=${options.approvalPeriod}` : ''}`,
      who.finance,
    );
  const allocated = costs.filter((k) => k.kind !== 'travel');
  const approvedAllocated = allocated.length;
  // CLM-4: the notice holds the supplier's part of every approved warranty cost (each part at
  // least its rounded-down share), travel staying with the branch (FIN-2).
  const leastClaim = allocated.reduce(
    (sum, k) => sum + Math.floor((k.amountMinor * c.supplierShareBp) / 10_000),
    0,
  );
  const claim = await wait(
    claimNotice(http, c, caseId, who.claimsOfficer, leastClaim),
    'the supplier claim notice for its share of the approved costs',
  );
  result.claimId = claim.claimId;
  // QC-4/CLM-4: the dispute is entered once, on the claim; QC opens it on the attribution by itself.
  await http.must('claims', 'POST', `/supplier-claims/${claim.claimId}/dispute`, who.claimsOfficer, {
    reason: `${c.supplierId}: the module passed our outgoing test; the fixing damaged it`,
    evidence: [
      { kind: 'attachment', ref: `dms://claims/${caseId}/supplier-letter.pdf`, sha256: sha256(caseId) },
    ],
  });
  const dispute = await wait(async () => {
    const r = await http.call(
      'quality-inspection',
      'GET',
      `/inspections/${inspectionId}/responsibility-history`,
      who.reviewer,
    );
    const steps = r.status === 200 ? (r.body.steps as Array<{ step: string; disputeId?: string }>) : [];
    return steps.find((k) => k.step === 'disputed' && k.disputeId) as { disputeId: string } | undefined;
  }, "QC opened the supplier's dispute from its claim");
  await qc(`/disputes/${dispute.disputeId}/review`, who.reviewer, {
    decision: 'confirm',
    reason: "the module's own breakdown is in the bench report; the fixing is production's share",
  });
  const confirmed = await wait(async () => {
    const r = await http.call('claims', 'GET', `/supplier-claims/${claim.claimId}`, who.claimsOfficer);
    return r.status === 200 && r.body.status === 'confirmed' && r.body;
  }, 'the claim confirmed once QC upheld the attribution');
  result.claimAmount = confirmed.amount;
  await qc('/sign-off', who.inspector, {
    note: 'attribution upheld on review',
    capa: {
      ownerDepartment: c.department,
      owner: 'production-lead',
      action: 'torque-controlled fixing of bought-in driver modules; incoming inspection of the lot',
    },
  });
  log(
    `${result.caseNumber}: claim ${claim.claimId} confirmed for ${formatMoney(result.claimAmount!)}, inspection signed off with a CAPA`,
  );
  if (await stopAt('claim-confirmed')) return result;

  // 5. Warehouse returns: the customer chose exchange (RET-1, RET-4 … RET-8, CLM-7).
  await wait(async () => {
    const r = await http.call('warehouse-returns', 'GET', `/intake-returns?branch=${c.branch}`, who.clerk);
    return r.status === 200 && (r.body as Array<{ caseId: string }>).some((k) => k.caseId === caseId);
  }, 'warehouse returns knows the case awaits its form');
  const rma = await http.must('warehouse-returns', 'POST', '/rmas', who.clerk, {
    branch: c.branch,
    customerId: c.customer.customerId,
    caseId,
    lines: [
      {
        product: { model: c.product.model },
        serialNumber: c.product.serial,
        quantity: 1,
        unitPrice: c.product.unitPrice,
        reason: 'quality',
        originalOrder: { ref: `SO-${c.product.serial}`, deliveredOn: c.product.commissionedOn },
      },
    ],
  });
  const rmaId: string = rma.rmaId;
  result.rmaId = rmaId;
  const rmaStep = (path: string, actor: Actor, body?: unknown) =>
    http.must('warehouse-returns', 'POST', `/rmas/${rmaId}/${path}`, actor, body);
  await rmaStep('signatures/after-sales-head', who.afterSalesHead);
  await rmaStep('arrival-notice', who.afterSalesHead, { station: `${c.branch} freight station` });
  await rmaStep('transport-order', who.afterSalesHead, {
    driverId: who.driver.userId,
    driverName: who.driver.name,
    vehicle: '浙A-D1234',
  });
  await rmaStep('pick-up', who.driver);
  await rmaStep('receipt', who.keeper, {});
  // QC inspects the returned unit (RET-6) and signs; its signature reaches the form by event.
  const returned = await http.must('quality-inspection', 'POST', '/inspections', who.inspector, {
    branch: c.branch,
    product: { model: c.product.model, serialNumber: c.product.serial },
    origin: 'quality-return',
    originRef: rmaId,
    symptom: `returned for exchange on ${result.caseNumber}`,
  });
  const returnInspectionId: string = returned.inspectionId;
  result.returnInspectionId = returnInspectionId;
  const rqc = (path: string, body?: unknown) =>
    http.must('quality-inspection', 'POST', `/inspections/${returnInspectionId}${path}`, who.inspector, body);
  const returnFinding = await rqc('/findings', {
    failureMode: `as found on inspection ${inspectionId}: closing-coil driver module broken down`,
    rootCause: 'purchased-part',
    evidence: [
      { kind: 'photo', ref: `dms://qc/${returnInspectionId}/unit.jpg`, sha256: sha256(returnInspectionId) },
    ],
  });
  await rqc('/attributions', {
    shares,
    basis: [returnFinding.findingId],
    basisNote: `inspection ${inspectionId}`,
  });
  await rqc('/sign-off', {
    note: `quality return of ${result.caseNumber}: fault confirmed`,
    capa: {
      ownerDepartment: c.department,
      owner: 'production-lead',
      action: `the CAPA of inspection ${inspectionId} covers this unit`,
    },
  });
  await wait(async () => {
    const r = await http.call('warehouse-returns', 'GET', `/rmas/${rmaId}`, who.keeper);
    return r.status === 200 && !r.body.rma.missingSignatures.includes('qc-inspector');
  }, "QC's signature on the return form");
  await rmaStep('signatures/operations-head', who.operationsHead);
  await rmaStep('stock-in', who.keeper);
  await rmaStep('receipt-sent', who.keeper);
  await rmaStep('exchange', who.keeper, {
    replacements: [{ lineNo: 1, model: c.product.model, replacementSerial: c.product.replacementSerial }],
  });
  await wait(async () => {
    const r = await http.call('claims', 'GET', `/products/${c.product.serial}/history`, who.claimsOfficer);
    return r.status === 200 && JSON.stringify(r.body).includes(c.product.replacementSerial);
  }, 'the replacement serial linked to the faulty one (CLM-7)');
  log(
    `${result.caseNumber}: return ${rmaId} stocked in, ${c.product.serial} exchanged for ${c.product.replacementSerial}`,
  );
  if (await stopAt('exchanged')) return result;

  // 6. Finance: the travel stays with the branch (FIN-2), repair and transport go to
  // manufacturing cost and on to the department and the supplier (FIN-3); the confirmed claim
  // is charged back (FIN-6); the branch's last month is closed (FIN-8).
  await wait(async () => {
    const r = await http.call('finance', 'GET', `/cases/${caseId}/money`, who.finance);
    if (r.status !== 200) return undefined;
    const kinds = (r.body.entries as Array<{ cause: { kind: string } }>).map((e) => e.cause.kind);
    return (
      kinds.filter((k) => k === 'allocation').length >= approvedAllocated && kinds.includes('chargeback')
    );
  }, 'the allocation and the chargeback in the case ledger');
  const period = previousMonth(new Date());
  await http.must('finance', 'POST', `/periods/${c.branch}/${period}/close`, who.finance);
  result.closedPeriod = period;
  log(`${result.caseNumber}: costs allocated, chargeback posted, ${c.branch} ${period} closed`);
  if (await stopAt('settled')) return result;

  // 7. Intake: closed with the customer's confirmation, the survey answered (INT-8).
  await http.must('intake', 'POST', `/cases/${caseId}/closure`, who.clerk, {
    outcome: `exchanged: ${c.product.serial} replaced by ${c.product.replacementSerial}`,
    confirmation: {
      signedBy: c.customer.contactPerson,
      signedAt: new Date().toISOString(),
      method: 'e-signature',
    },
  });
  await http.must('intake', 'POST', `/cases/${caseId}/survey`, who.clerk, {
    scores: { attitude: 4, skill: 4, arrivalTime: 3, keepingPromises: 4 },
    comment: 'quick exchange',
  });
  log(`${result.caseNumber}: closed with the customer's confirmation, survey answered`);
  result.reached = 'closed';
  return result;
}
