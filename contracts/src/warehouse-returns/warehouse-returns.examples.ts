import type { WarehouseReturnsPublicEvents } from './warehouse-returns.events';

const rmaId = '7c1f4e2a-9b3d-4f6e-8a1c-2d3e4f5a6b7c';
const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const at = '2026-03-02T08:30:00.000Z';
const ofRma = { rmaId, branch: 'HZ', caseId };
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/** One valid payload per warehouse-returns event type, typed by the TypeScript contract. */
export const warehouseReturnsExamples: {
  [T in keyof WarehouseReturnsPublicEvents]: WarehouseReturnsPublicEvents[T];
} = {
  'warehouse-returns.return-requested.v1': {
    ...ofRma,
    customerId: 'cust-1',
    source: 'intake',
    reason: 'unsalable',
    lines: [
      {
        lineNo: 1,
        model: 'KYN28-12',
        serialNumber: 'SN-0001',
        quantity: 2,
        unitPrice: cny(500_000),
        amount: cny(1_000_000),
        orderRef: 'SO-2026-0042',
      },
    ],
    total: cny(1_000_000),
    limitCheck: {
      limitBp: 500,
      purchased: cny(100_000_000),
      exchanged: cny(3_000_000),
      currentRateBp: 300,
      resultingRateBp: 400,
      withinRate: true,
      timeLimitDays: 90,
      oldestDeliveredOn: '2026-02-01',
      daysSinceDelivery: 29,
      withinTime: true,
    },
    requestedAt: at,
  },
  'warehouse-returns.return-approved.v1': {
    ...ofRma,
    customerId: 'cust-1',
    reason: 'unsalable',
    approvedAt: at,
  },
  'warehouse-returns.return-rejected.v1': {
    ...ofRma,
    rule: 'RET-6',
    explanation: 'housing cracked by a fall: customer damage',
    inspectionId: 'insp-1',
    rejectedAt: at,
  },
  'warehouse-returns.transport-order-issued.v1': {
    ...ofRma,
    orderNo: 'TO-7C1F4E2A9B3D',
    driverId: 'drv-1',
    vehicle: '浙A-12345',
    issuedAt: at,
  },
  'warehouse-returns.return-received.v1': {
    ...ofRma,
    customerId: 'cust-1',
    reason: 'quality',
    lines: [{ lineNo: 1, model: 'KYN28-12', serialNumber: 'SN-0001', quantity: 1 }],
    receivedAt: at,
  },
  'warehouse-returns.return-stocked-in.v1': {
    ...ofRma,
    customerId: 'cust-1',
    receiptNo: 'RR-7C1F4E2A9B3D',
    lines: [{ lineNo: 1, model: 'KYN28-12', quantity: 2, amount: cny(1_000_000) }],
    total: cny(1_000_000),
    stockedInAt: at,
    receiptDueAt: '2026-03-03T04:00:00.000Z',
  },
  'warehouse-returns.receipt-deadline-missed.v1': {
    ...ofRma,
    receiptNo: 'RR-7C1F4E2A9B3D',
    dueAt: at,
    detectedAt: at,
  },
  'warehouse-returns.exchange-shipped.v1': {
    ...ofRma,
    customerId: 'cust-1',
    replacements: [{ lineNo: 1, model: 'KYN28-12', quantity: 1, replacementSerial: 'SN-0999' }],
    shippedAt: at,
  },
  'warehouse-returns.serial-replaced.v1': {
    ...ofRma,
    model: 'KYN28-12',
    faultySerial: 'SN-0001',
    replacementSerial: 'SN-0999',
    replacedAt: at,
  },
  'warehouse-returns.refund-requested.v1': {
    ...ofRma,
    customerId: 'cust-1',
    amount: cny(1_000_000),
    requestedAt: at,
  },
};
