import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigint = {
  type: 'bigint' as const,
  transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
};

/** One line of a posted journal entry (FIN-9), with the cause of its entry (AUD-2). */
@Entity({ name: 'journal_line', schema: 'finance' })
export class JournalLineRow {
  @PrimaryColumn({ name: 'entry_id', type: 'text' }) entryId!: string;
  @PrimaryColumn({ name: 'line_no', type: 'int' }) lineNo!: number;
  @Column({ name: 'case_id', type: 'text' }) caseId!: string;
  @Column({ type: 'text' }) branch!: string;
  @Column({ type: 'text' }) account!: string;
  @Column({ name: 'debit_minor', ...bigint }) debitMinor!: number;
  @Column({ name: 'credit_minor', ...bigint }) creditMinor!: number;
  @Column({ type: 'text' }) currency!: string;
  @Column({ name: 'cause_kind', type: 'text' }) causeKind!: string;
  @Column({ name: 'cost_id', type: 'text', nullable: true }) costId!: string | null;
  @Column({ name: 'claim_id', type: 'text', nullable: true }) claimId!: string | null;
  @Column({ name: 'invoice_id', type: 'text', nullable: true }) invoiceId!: string | null;
  @Column({ name: 'attribution_id', type: 'text', nullable: true }) attributionId!: string | null;
  @Column({ type: 'text', nullable: true }) reverses!: string | null;
  /** FIN-8: the month (YYYY-MM) in the branch's zone. */
  @Column({ type: 'text' }) period!: string;
  @Column({ name: 'posted_at', type: 'timestamptz' }) postedAt!: Date;
  @Column({ ...bigint }) position!: number;
}

/** A case's cost and where its audit stands (FIN-1). */
@Entity({ name: 'cost', schema: 'finance' })
export class CostRow {
  @PrimaryColumn({ name: 'case_id', type: 'text' }) caseId!: string;
  @PrimaryColumn({ name: 'cost_id', type: 'text' }) costId!: string;
  @Column({ type: 'text' }) branch!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'amount_minor', ...bigint }) amountMinor!: number;
  @Column({ type: 'text' }) currency!: string;
  @Column({ type: 'text' }) bearer!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'jsonb' }) source!: unknown;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'audited_by', type: 'text', nullable: true }) auditedBy!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ ...bigint }) position!: number;
}
