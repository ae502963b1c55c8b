import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The complaint register (客户投诉登记追踪表, INT-1): one row per case, for lists and KPIs.
 * Personal data stays out of it (AUD-4): the customer is named by id only.
 */
@Entity({ name: 'complaint_register', schema: 'intake' })
@Index(['branch', 'status'])
@Index(['branch', 'registeredAt'])
export class ComplaintRegisterRow {
  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'case_number', type: 'text', unique: true })
  caseNumber!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  severity!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  priority!: string;

  @Column({ type: 'boolean' })
  vip!: boolean;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'product_model', type: 'text' })
  productModel!: string;

  @Column({ name: 'serial_number', type: 'text' })
  serialNumber!: string;

  @Column({ name: 'symptom_code', type: 'text', nullable: true })
  symptomCode!: string | null;

  @Column({ type: 'text', nullable: true })
  remedy!: string | null;

  /** INT-7: 'customer' while the case is a non-quality complaint that was not rejected. */
  @Column({ name: 'costs_recovered_from', type: 'text', nullable: true })
  costsRecoveredFrom!: 'customer' | null;

  /** Month of registration in the branch's time zone, e.g. 2026-03 (KPI-2). */
  @Column({ type: 'text' })
  month!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'response_due_at', type: 'timestamptz' })
  responseDueAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'responded_in_time', type: 'boolean', nullable: true })
  respondedInTime!: boolean | null;

  @Column({ name: 'response_missed', type: 'boolean', default: false })
  responseMissed!: boolean;

  @Column({ name: 'resolution_due_at', type: 'timestamptz' })
  resolutionDueAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolution_missed', type: 'boolean', default: false })
  resolutionMissed!: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'follow_up_owner', type: 'text', nullable: true })
  followUpOwner!: string | null;

  /** Sum of the four survey scores (4..16), null until answered. */
  @Column({ name: 'survey_total', type: 'int', nullable: true })
  surveyTotal!: number | null;

  @Column({ name: 'complaint_about_service', type: 'boolean', default: false })
  complaintAboutService!: boolean;

  @Column({ name: 'recurring_alert', type: 'boolean', default: false })
  recurringAlert!: boolean;

  /** Global position of the last event applied to this row. */
  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;
}
