import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per visit, for lists, the auto-assigner's load, and dispatchers' queues (no personal data). */
@Entity({ name: 'visit_list', schema: 'dispatch' })
@Index(['branch', 'status'])
export class VisitListRow {
  @PrimaryColumn({ name: 'visit_id', type: 'text' })
  visitId!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  urgency!: string;

  @Column({ type: 'text' })
  zone!: string;

  @Column({ name: 'product_model', type: 'text' })
  productModel!: string;

  @Column({ name: 'product_line', type: 'text' })
  productLine!: string;

  @Column({ name: 'engineer_id', type: 'text', nullable: true })
  engineerId!: string | null;

  @Column({ name: 'arrival_due_at', type: 'timestamptz', nullable: true })
  arrivalDueAt!: Date | null;

  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true })
  arrivedAt!: Date | null;

  @Column({ name: 'arrival_missed', type: 'boolean', default: false })
  arrivalMissed!: boolean;

  @Column({ name: 'flagged_for_morning', type: 'boolean', default: false })
  flaggedForMorning!: boolean;

  @Column({ name: 'receipt_no', type: 'text', nullable: true })
  receiptNo!: string | null;

  @Column({ name: 'promised_by', type: 'timestamptz', nullable: true })
  promisedBy!: Date | null;

  @Column({ type: 'boolean', default: false })
  escalated!: boolean;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;
}

/** Statuses in which a visit counts towards its engineer's load (DSP-1). */
export const OPEN_VISIT_STATUSES = ['assigned', 'en-route', 'on-site'];
