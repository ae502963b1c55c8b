import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ExistingRma } from '../rma.state';

const bigint = { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number) => v };

/** One return request in the list (queries: branch, status, reason, customer). */
@Entity({ name: 'rma_list', schema: 'warehouse_returns' })
export class RmaListRow {
  @PrimaryColumn({ name: 'rma_id', type: 'text' })
  rmaId!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'total_minor', type: 'bigint', transformer: bigint })
  totalMinor!: number;

  @Column({ type: 'text' })
  currency!: string;

  /** RET-7: whose signatures the form still needs. */
  @Column({ name: 'missing_signatures', type: 'text', array: true })
  missingSignatures!: string[];

  @Column({ name: 'receipt_no', type: 'text', nullable: true })
  receiptNo!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** The request folded from its events: the next event evolves it. */
  @Column({ type: 'jsonb', select: false })
  state!: ExistingRma;

  @Column({ name: 'last_position', type: 'bigint', transformer: bigint, select: false })
  lastPosition!: number;
}
