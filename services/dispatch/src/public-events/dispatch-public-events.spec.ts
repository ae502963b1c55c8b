import { contracts } from '@aftersales/contracts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VisitEvent } from '../visit/visit.events';
import { cny, diagnosed, minutesAfter, play, signature, takenBack } from '../visit/visit.fixtures';
import { PRIVATE_EVENTS, toPublic } from './dispatch-public-events';

/** Visits through every use case, so every internal visit event type occurs. */
function everyEvent(): VisitEvent[] {
  const repaired = play(
    [
      [
        { type: 'PromiseRepairDate', visitId: 'v1', promisedBy: minutesAfter(48 * 60).toISOString() },
        minutesAfter(95),
      ],
      [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'e1', minutes: 120 }, minutesAfter(200)],
      [{ type: 'CheckRepairEscalation', visitId: 'v1' }, minutesAfter(25 * 60)],
      [{ type: 'CompleteRepair', visitId: 'v1', outcome: 'fixed in the workshop' }, minutesAfter(26 * 60)],
      [
        {
          type: 'ReturnProductToCustomer',
          visitId: 'v1',
          registerEntryNo: 'OUT-1',
          signature: signature(minutesAfter(27 * 60)),
        },
        minutesAfter(27 * 60),
      ],
    ],
    takenBack({ urgency: 'standard', confirmedAt: minutesAfter(1).toISOString() }),
  );
  const late = play(
    [
      [
        { type: 'ConfirmAppointment', visitId: 'v1', confirmedAt: minutesAfter(2).toISOString() },
        minutesAfter(2),
      ],
      [
        {
          type: 'FlagForMorningDispatch',
          visitId: 'v1',
          dispatchFirstAt: minutesAfter(24 * 60).toISOString(),
        },
        minutesAfter(10 * 60),
      ],
      [
        { type: 'AssignEngineer', visitId: 'v1', engineerId: 'e1', assignedBy: 'dispatcher' },
        minutesAfter(11 * 60),
      ],
      [
        { type: 'ReassignEngineer', visitId: 'v1', engineerId: 'e4', reason: 'closer' },
        minutesAfter(11 * 60),
      ],
      [{ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(24 * 60)],
      [{ type: 'CancelVisit', visitId: 'v1', reason: 'resolved by phone' }, minutesAfter(25 * 60)],
    ],
    play([[{ type: 'OpenVisit', ...openStandard() }, minutesAfter(0)]]),
  );
  const onSite = play(
    [
      [{ type: 'RecordServiceClass', visitId: 'v1', serviceClass: 'paid' }, minutesAfter(85)],
      [{ type: 'RecordWorkDone', visitId: 'v1', workDone: 'contact replaced' }, minutesAfter(90)],
      [
        {
          type: 'RecordPartsUsed',
          visitId: 'v1',
          usageId: 'u1',
          parts: [{ partNo: 'FUSE-12', qty: 1, unitCost: cny(300) }],
        },
        minutesAfter(91),
      ],
      [{ type: 'RecordLabour', visitId: 'v1', workKind: 'on-site-repair', minutes: 60 }, minutesAfter(92)],
      [
        {
          type: 'RecordCost',
          visitId: 'v1',
          costId: 'travel-1',
          category: 'travel',
          amount: cny(8_800),
          staffId: 'e1',
          staffHome: 'branch',
          description: 'taxi',
        },
        minutesAfter(93),
      ],
      [
        { type: 'RequestInvoice', visitId: 'v1', amount: cny(5_000), description: 'paid service' },
        minutesAfter(94),
      ],
      [
        {
          type: 'CompleteVisit',
          visitId: 'v1',
          voucherNo: 'SV-1',
          firstTimeFix: true,
          signature: signature(),
        },
        minutesAfter(120),
      ],
    ],
    diagnosed(),
  );
  const fee = play(
    [
      [{ type: 'RecordServiceClass', visitId: 'v1', serviceClass: 'paid' }, minutesAfter(85)],
      [
        { type: 'CollectServiceFee', visitId: 'v1', amount: cny(2_000), receiptNo: 'F-1', collectedBy: 'e1' },
        minutesAfter(86),
      ],
    ],
    diagnosed(),
  );
  return [...repaired, ...late, ...onSite, ...fee];
}

function openStandard() {
  return {
    visitId: 'v1',
    caseId: 'c1',
    caseNumber: 'HZ-2026-000001',
    branch: 'HZ',
    customer: { customerId: 'cust-1', addressRef: 'case-c1#customer.address', zone: 'city' as const },
    product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
    problem: { description: 'trips' },
    urgency: 'emergency' as const,
    acceptedAt: minutesAfter(0).toISOString(),
  };
}

describe('dispatch public events', () => {
  const events = everyEvent();

  it('every public payload satisfies its contract schema', () => {
    for (const event of events) {
      const pub = toPublic(event);
      if (pub) expect(() => contracts.assertPublishable(pub.type, pub.payload)).not.toThrow();
    }
  });

  it('AUD-4: no personal data of the customer leaves dispatch (no signer name, no address)', () => {
    const published = JSON.stringify(events.map((e) => toPublic(e)?.payload));
    expect(published).not.toMatch(/王芳|"signedBy"|addressRef|customerId|cust-1/);
  });

  it('key = case id: every public payload names its case', () => {
    for (const event of events) {
      const pub = toPublic(event);
      if (pub) expect(pub.payload.caseId).toBe('c1');
    }
  });

  it('what dispatch can publish, the AsyncAPI document and the schemas are the same set', () => {
    const published = new Set(events.map((e) => toPublic(e)?.type).filter(Boolean));
    const asyncapi = JSON.parse(
      readFileSync(path.join(__dirname, '../../../../contracts/asyncapi.json'), 'utf8'),
    );
    expect(asyncapi.channels.dispatchEvents.address).toBe('aftersales.dispatch.events.v1');
    const documented = Object.keys(asyncapi.channels.dispatchEvents.messages);
    expect([...published].sort()).toEqual(documented.sort());
    expect([...published].sort()).toEqual(
      contracts
        .types()
        .filter((t) => t.startsWith('dispatch.'))
        .sort(),
    );
  });

  it('every internal visit event type occurs, and is either published or listed as private with a reason', () => {
    const types = new Set(events.map((e) => e.type));
    expect(types.size).toBe(24);
    for (const event of events) {
      expect(Boolean(toPublic(event)) !== event.type in PRIVATE_EVENTS).toBe(true);
    }
  });
});
