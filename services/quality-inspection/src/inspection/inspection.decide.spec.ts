import { Conflict, NotFound } from '@aftersales/kernel';
import {
  attributed,
  caseId,
  claimsOfficer,
  customer100,
  disputed,
  finding,
  given,
  inspectionId,
  inspector,
  opened,
  photo,
  production100,
  production70Supplier30,
  reviewer,
  T0,
} from './inspection.fixtures';
import type { InspectionEvent } from './inspection.events';
import { disputingRole } from './dispute-attribution/dispute-attribution.decide';
import type { ExistingInspection } from './inspection.state';

const attribute = (attributionId: string, shares = production70Supplier30, extra: object = {}) => ({
  type: 'AttributeResponsibility' as const,
  inspectionId,
  attributionId,
  shares,
  basis: ['f-1'],
  by: inspector,
  ...extra,
});
const a1 = attributed('a-1', production70Supplier30);
const later = new Date(T0.getTime() + 60_000);

describe('a product new to QC', () => {
  const open = {
    type: 'OpenInspection' as const,
    inspectionId,
    branch: 'HZ',
    caseId,
    caseNumber: 'HZ-2026-000123',
    product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
    origin: { kind: 'take-back' as const, ref: 'RC-0001' },
    by: { userId: 'system', role: 'system' },
  };

  it('QC-1: an inspection opens for a product taken back', () => {
    given([]).when(open).then([opened]);
  });

  it('QC-1: opening the same origin again appends nothing; another origin under the same id is a conflict', () => {
    given([opened]).when(open).then([]);
    given([opened])
      .when({ ...open, origin: { kind: 'manual', ref: 'x' } })
      .thenThrows(Conflict);
  });

  it('QC-1: a command on an inspection never opened is not found', () => {
    given([]).when(attribute('a-1')).thenThrows(NotFound);
  });
});

describe('an open inspection', () => {
  const record = {
    type: 'RecordFinding' as const,
    inspectionId,
    findingId: 'f-1',
    failureMode: 'coil burnt',
    rootCause: 'manufacturing' as const,
    evidence: [photo],
    measurements: [{ name: 'coil resistance', value: 0.4, unit: 'ohm' }],
    by: inspector,
  };

  it('QC-2: a finding records failure mode, root cause, hashed evidence and measurements with units', () => {
    given([opened])
      .when(record)
      .then([finding('f-1')]);
  });

  it('QC-2: evidence without a SHA-256 content hash is refused', () => {
    given([opened])
      .when({ ...record, evidence: [{ ...photo, sha256: 'abc' }] })
      .thenThrows('QC-2', /SHA-256/);
  });

  it('QC-2: a correction appends a new finding naming the corrected one; it is corrected once', () => {
    given([opened, finding('f-1')])
      .when({ ...record, findingId: 'f-2', corrects: 'f-1' })
      .then([finding('f-2', 'f-1')]);
    given([opened, finding('f-1'), finding('f-2', 'f-1')])
      .when({ ...record, findingId: 'f-3', corrects: 'f-1' })
      .thenThrows('QC-2', /corrected already by f-2/);
  });

  it('QC-3: responsibility is attributed with a share table summing to 10,000 bp, its basis and the signing inspector', () => {
    given([opened, finding()]).when(attribute('a-1')).then([a1]);
  });

  it('QC-3: shares that do not sum to 10,000, fractional or zero shares, unknown or repeated parties are refused', () => {
    const g = given([opened, finding()]);
    const dept = (department: string, shareBp: number) => ({
      party: { kind: 'department' as const, department },
      shareBp,
    });
    g.when(attribute('a-1', [dept('production', 9_999)])).thenThrows('QC-3', /sum to 9999/);
    g.when(attribute('a-1', [dept('production', 9_999.5), dept('assembly', 0.5)])).thenThrows(
      'QC-3',
      /whole/,
    );
    g.when(attribute('a-1', [dept('production', 10_000), dept('assembly', 0)])).thenThrows('QC-3', /≥ 1/);
    g.when(attribute('a-1', [dept('canteen', 10_000)])).thenThrows('QC-3', /unknown department canteen/);
    g.when(attribute('a-1', [dept('production', 5_000), dept('production', 5_000)])).thenThrows(
      'QC-3',
      /named twice/,
    );
    g.when(attribute('a-1', production100, { basis: ['f-9'] })).thenThrows('QC-3', /f-9 is not recorded/);
  });

  it('QC-3: a corrected finding is no basis for an attribution', () => {
    given([opened, finding('f-1'), finding('f-2', 'f-1')])
      .when(attribute('a-1'))
      .thenThrows('QC-3', /corrected by f-2/);
  });
});

describe('an inspection with an attribution in force', () => {
  const history = [opened, finding(), a1];

  it('QC-3: a second attribution that supersedes nothing is refused', () => {
    given(history)
      .when(attribute('a-2', production100))
      .thenThrows('QC-3', /a-1 is in force/);
  });

  it('QC-3: the inspector supersedes the attribution in force with a reason; both stay in the record', () => {
    const events = given(history)
      .when(
        attribute('a-2', production100, { supersedes: { attributionId: 'a-1', reason: 'new test report' } }),
        later,
      )
      .events();
    expect(events.map((e) => e.type)).toEqual(['AttributionSuperseded', 'ResponsibilityAttributed']);
    expect(events[0].data).toMatchObject({
      attributionId: 'a-1',
      supersededBy: 'a-2',
      reason: 'new test report',
      previousShares: production70Supplier30,
      shares: production100,
      decidedBy: inspector,
    });
    const state = given([...history, ...events]).state as ExistingInspection;
    expect(state.attributions.map((a) => [a.attributionId, a.inForce])).toEqual([
      ['a-1', false],
      ['a-2', true],
    ]);
  });

  it('QC-4: superseding an attribution no longer in force is a conflict', () => {
    const superseded = given(history)
      .when(attribute('a-2', production100, { supersedes: { attributionId: 'a-1', reason: 'r' } }))
      .events();
    given([...history, ...superseded])
      .when(attribute('a-3', production100, { supersedes: { attributionId: 'a-1', reason: 'r' } }))
      .thenThrows(Conflict, /no longer in force/);
  });

  it('QC-4: the blamed party disputes with a reason and evidence', () => {
    given(history)
      .when({
        type: 'DisputeAttribution',
        inspectionId,
        disputeId: 'd-1',
        attributionId: 'a-1',
        party: 'supplier:SUP-7',
        reason: 'the coil was within spec on delivery',
        evidence: [photo],
        by: claimsOfficer,
      })
      .then([disputed('d-1', 'a-1')]);
  });

  it('QC-4: only the blamed party disputes: its department head, the claims officer, the branch for the customer', () => {
    const state = given(history).state as ExistingInspection;
    const who = (roles: string[], departments: string[] = [], branches: string[] = []) => ({
      roles,
      departments,
      branches,
    });
    expect(disputingRole(state, 'supplier:SUP-7', who(['claims-officer']))).toEqual({
      role: 'claims-officer',
    });
    expect(disputingRole(state, 'department:production', who(['department-head'], ['production']))).toEqual({
      role: 'department-head',
    });
    expect(
      disputingRole(state, 'department:production', who(['department-head'], ['assembly'])),
    ).toHaveProperty('refused');
    expect(disputingRole(state, 'supplier:SUP-7', who(['department-head'], ['production']))).toHaveProperty(
      'refused',
    );
    expect(disputingRole(state, 'supplier:SUP-9', who(['claims-officer']))).toEqual({
      refused: 'supplier:SUP-9 is not blamed by the attribution in force',
    });
    expect(disputingRole(state, 'customer', who(['branch-manager'], [], ['HZ']))).toHaveProperty('refused');
  });

  it('QC-4: a party not blamed cannot dispute, and one dispute is reviewed before the next', () => {
    const dispute = {
      type: 'DisputeAttribution' as const,
      inspectionId,
      disputeId: 'd-2',
      attributionId: 'a-1',
      party: 'department:assembly',
      reason: 'r',
      evidence: [],
      by: claimsOfficer,
    };
    given(history)
      .when(dispute)
      .thenThrows('QC-4', /not blamed/);
    given([...history, disputed('d-1', 'a-1')])
      .when({ ...dispute, party: 'supplier:SUP-7' })
      .thenThrows('QC-4', /d-1 is still awaiting review/);
  });
});

describe("a supplier's dispute recorded in claims", () => {
  const history: InspectionEvent[] = [opened, finding(), a1];
  const fromClaim = {
    type: 'DisputeFromClaim' as const,
    inspectionId,
    disputeId: 'd-claim',
    attributionId: 'a-1',
    party: 'supplier:SUP-7',
    reason: 'the coil was within spec on delivery',
    evidence: [photo],
    by: claimsOfficer,
  };
  const byHand = { ...fromClaim, type: 'DisputeAttribution' as const, disputeId: 'd-hand' };

  it('QC-4/CLM-4: opens the dispute of the attribution the claim stands on, in the supplier name, with its reason and evidence', () => {
    given(history)
      .when(fromClaim)
      .then([disputed('d-claim', 'a-1')]);
  });

  it('QC-4: redelivered, it opens nothing more', () => {
    given([...history, disputed('d-claim', 'a-1')])
      .when(fromClaim)
      .then([]);
    const settled = given([...history, disputed('d-claim', 'a-1')])
      .when({
        type: 'ReviewDispute',
        decision: 'confirm',
        inspectionId,
        disputeId: 'd-claim',
        reason: 'r',
        by: reviewer,
      })
      .events();
    given([...history, disputed('d-claim', 'a-1'), ...settled])
      .when(fromClaim)
      .then([]);
  });

  it('QC-4: entered both ways, it is opened once: after the one by hand it opens nothing; by hand after it is refused', () => {
    given([...history, disputed('d-hand', 'a-1')])
      .when(fromClaim)
      .then([]);
    given([...history, disputed('d-claim', 'a-1')])
      .when(byHand)
      .thenThrows('QC-4', /d-claim is still awaiting review/);
  });

  it("QC-4: another party's dispute awaiting review, a signed-off inspection or an attribution superseded refuse it", () => {
    given([...history, disputed('d-1', 'a-1', 'department:production')])
      .when(fromClaim)
      .thenThrows('QC-4', /d-1 is still awaiting review/);
    const signedOff: InspectionEvent = {
      type: 'InspectionSignedOff',
      data: {
        inspectionId,
        caseId,
        branch: 'HZ',
        attributionId: 'a-1',
        shares: production70Supplier30,
        companyFault: true,
        signedBy: inspector,
        signedAt: T0.toISOString(),
      },
    };
    given([...history, signedOff])
      .when(fromClaim)
      .thenThrows('QC-5', /signed-off/);
    given([...history, attributed('a-2', production100, 'a-1')])
      .when(fromClaim)
      .thenThrows('QC-4', /a-1 the claim stands on is no longer in force \(in force: a-2\)/);
  });
});

describe('a disputed attribution', () => {
  const history: InspectionEvent[] = [opened, finding(), a1, disputed('d-1', 'a-1')];

  it('QC-4: the reviewer confirms it; it stays in force', () => {
    given(history)
      .when({
        type: 'ReviewDispute',
        decision: 'confirm',
        inspectionId,
        disputeId: 'd-1',
        reason: 'tests hold',
        by: reviewer,
      })
      .then([
        {
          type: 'AttributionConfirmed',
          data: {
            inspectionId,
            caseId,
            disputeId: 'd-1',
            attributionId: 'a-1',
            shares: production70Supplier30,
            reason: 'tests hold',
            reviewedBy: reviewer,
            confirmedAt: T0.toISOString(),
          },
        },
      ]);
  });

  it('QC-4: the reviewer supersedes it with a new attribution; the dispute is settled and the old one kept', () => {
    const review = {
      type: 'ReviewDispute' as const,
      decision: 'supersede' as const,
      inspectionId,
      disputeId: 'd-1',
      reason: 'supplier test report accepted',
      attribution: { attributionId: 'a-2', shares: production100, basis: ['f-1'] },
      by: reviewer,
    };
    const events = given(history).when(review).events();
    expect(events.map((e) => e.type)).toEqual(['AttributionSuperseded', 'ResponsibilityAttributed']);
    expect(events[0].data).toMatchObject({ disputeId: 'd-1', attributionId: 'a-1', supersededBy: 'a-2' });
    expect(events[1].data).toMatchObject({ supersedes: 'a-1', signedBy: reviewer, shares: production100 });
    given([...history, ...events])
      .when(review)
      .thenThrows(Conflict, /settled already/);
  });

  it('QC-4: while the dispute is open the inspector cannot supersede, and QC cannot sign off (QC-5)', () => {
    given(history)
      .when(attribute('a-2', production100, { supersedes: { attributionId: 'a-1', reason: 'r' } }))
      .thenThrows('QC-4', /d-1 is open/);
    given(history)
      .when({ type: 'SignOff', inspectionId, by: inspector })
      .thenThrows('QC-5', /dispute d-1 is open/);
  });
});

describe('signing off', () => {
  const capa = {
    capaId: 'c-1',
    ownerDepartment: 'production',
    owner: 'w-3',
    action: 'recalibrate the winding line',
  };

  it('QC-5: company fault: signed, and a CAPA is raised for a blamed department, due by the configured period', () => {
    given([opened, finding(), a1])
      .when({ type: 'SignOff', inspectionId, capa, by: inspector })
      .then([
        {
          type: 'InspectionSignedOff',
          data: {
            inspectionId,
            caseId,
            branch: 'HZ',
            attributionId: 'a-1',
            shares: production70Supplier30,
            companyFault: true,
            signedBy: inspector,
            signedAt: T0.toISOString(),
          },
        },
        {
          type: 'CapaRaised',
          data: {
            inspectionId,
            caseId,
            branch: 'HZ',
            capaId: 'c-1',
            ownerDepartment: 'production',
            owner: 'w-3',
            action: 'recalibrate the winding line',
            dueAt: '2026-04-01T08:00:00.000Z',
            raisedBy: inspector,
            raisedAt: T0.toISOString(),
          },
        },
      ]);
  });

  it('QC-5: company fault without a CAPA, a CAPA for a department not blamed, or none attributed is refused', () => {
    given([opened, finding(), a1])
      .when({ type: 'SignOff', inspectionId, by: inspector })
      .thenThrows('QC-5', /raise a CAPA/);
    given([opened, finding(), a1])
      .when({ type: 'SignOff', inspectionId, capa: { ...capa, ownerDepartment: 'technical' }, by: inspector })
      .thenThrows('QC-5', /not blamed/);
    given([opened, finding()])
      .when({ type: 'SignOff', inspectionId, by: inspector })
      .thenThrows('QC-5', /not attributed/);
  });

  it('QC-5: customer damage is refused with a detailed written explanation, never signed', () => {
    const history = [opened, finding(), attributed('a-1', customer100)];
    given(history)
      .when({ type: 'SignOff', inspectionId, by: inspector })
      .thenThrows('QC-5', /refuse/);
    given(history)
      .when({ type: 'RefuseReturn', inspectionId, explanation: 'dropped', by: inspector })
      .thenThrows('QC-5', /at least 20 characters/);
    const explanation = 'housing cracked by impact; drop marks on two corners, see photo-1';
    given(history)
      .when({ type: 'RefuseReturn', inspectionId, explanation, by: inspector })
      .then([
        {
          type: 'ReturnRefused',
          data: {
            inspectionId,
            caseId,
            branch: 'HZ',
            attributionId: 'a-1',
            explanation,
            refusedBy: inspector,
            refusedAt: T0.toISOString(),
          },
        },
      ]);
    given([opened, finding(), a1])
      .when({ type: 'RefuseReturn', inspectionId, explanation, by: inspector })
      .thenThrows('QC-5', /customer alone/);
  });

  it('QC-5: after sign-off responsibility is no longer attributed anew', () => {
    const signed = given([opened, finding(), a1])
      .when({ type: 'SignOff', inspectionId, capa, by: inspector })
      .events();
    given([opened, finding(), a1, ...signed])
      .when(attribute('a-2', production100, { supersedes: { attributionId: 'a-1', reason: 'r' } }))
      .thenThrows('QC-5', /signed-off/);
  });
});

describe('a raised CAPA', () => {
  const capa = {
    capaId: 'c-1',
    ownerDepartment: 'production',
    action: 'fix',
    dueAt: '2026-03-10T00:00:00.000Z',
  };
  const raised = given([opened, finding(), a1])
    .when({ type: 'SignOff', inspectionId, capa, by: inspector })
    .events();
  const history = [opened, finding(), a1, ...raised];
  const close = {
    type: 'CloseCapa' as const,
    inspectionId,
    capaId: 'c-1',
    effective: true,
    verification: { note: 'no recurrence in 200 units', evidence: [photo] },
    by: inspector,
  };

  it('QC-5: its due-date timer appends capa-overdue once when missed, and nothing before the date', () => {
    const check = { type: 'CheckCapaDue' as const, inspectionId, capaId: 'c-1' };
    given(history).when(check, new Date('2026-03-09T23:59:59.000Z')).then([]);
    const overdue = given(history).when(check, new Date('2026-03-10T00:00:00.000Z')).events();
    expect(overdue).toEqual([
      {
        type: 'CapaOverdue',
        data: {
          inspectionId,
          caseId,
          capaId: 'c-1',
          ownerDepartment: 'production',
          dueAt: '2026-03-10T00:00:00.000Z',
          detectedAt: '2026-03-10T00:00:00.000Z',
        },
      },
    ]);
    given([...history, ...overdue])
      .when(check, new Date('2026-03-11T00:00:00.000Z'))
      .then([]);
  });

  it('QC-5: it closes on a verification of effectiveness (also when overdue), not on an ineffective action', () => {
    expect(given(history).when(close).events()[0]).toMatchObject({
      type: 'CapaClosed',
      data: { capaId: 'c-1', verification: close.verification, closedBy: inspector },
    });
    given(history)
      .when({ ...close, effective: false })
      .thenThrows('QC-5', /not verified effective/);
    given(history)
      .when({ ...close, capaId: 'c-9' })
      .thenThrows(NotFound);
  });

  it('QC-5: a CAPA due in the past is refused at sign-off', () => {
    given([opened, finding(), a1])
      .when({
        type: 'SignOff',
        inspectionId,
        capa: { ...capa, dueAt: '2026-03-01T00:00:00.000Z' },
        by: inspector,
      })
      .thenThrows('QC-5', /future/);
  });
});

describe('an unsalable return', () => {
  const unsalable: InspectionEvent = {
    type: 'InspectionOpened',
    data: { ...(opened.data as object), origin: { kind: 'unsalable-return', ref: 'RMA-1' } } as never,
  };
  const check = {
    type: 'CheckUnsalableReturn' as const,
    inspectionId,
    intact: true,
    note: 'seal intact',
    evidence: [photo],
    by: inspector,
  };

  it('QC-6: QC checks its original quality is intact and signs', () => {
    expect(given([unsalable]).when(check).events()).toEqual([
      {
        type: 'UnsalableReturnChecked',
        data: {
          inspectionId,
          caseId,
          branch: 'HZ',
          intact: true,
          note: 'seal intact',
          evidence: [photo],
          signedBy: inspector,
          checkedAt: T0.toISOString(),
        },
      },
    ]);
  });

  it('QC-6: only unsalable returns are checked so, and they get no responsibility attribution', () => {
    given([opened])
      .when(check)
      .thenThrows('QC-6', /only an unsalable return/);
    given([unsalable, finding()]).when(attribute('a-1')).thenThrows('QC-6');
  });
});
