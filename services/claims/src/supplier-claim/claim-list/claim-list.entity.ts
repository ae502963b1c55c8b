import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One supplier claim as the list shows it (CLM-4, FIN-6). */
@Entity({ name: 'supplier_claim', schema: 'claims' })
export class SupplierClaimRow {
  @PrimaryColumn({ name: 'claim_id', type: 'text' })
  claimId!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  /** INT-1: null for a claim issued before claims kept the case's number. */
  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber!: string | null;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'supplier_id', type: 'text' })
  supplierId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'share_bp', type: 'integer' })
  shareBp!: number;

  @Column({
    name: 'amount_minor',
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'confirmed_by', type: 'text', nullable: true })
  confirmedBy!: string | null;

  /** FIN-6: what finance credited back of the claim's chargeback, in minor units of `currency`. */
  @Column({
    name: 'refunded_minor',
    type: 'bigint',
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  refundedMinor!: number;
}
