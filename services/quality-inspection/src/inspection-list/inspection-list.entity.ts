import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One inspection in the list (QC-1..QC-5): where it stands, its causes and who is responsible. */
@Entity({ name: 'inspection_list', schema: 'quality_inspection' })
export class InspectionListRow {
  @PrimaryColumn({ name: 'inspection_id', type: 'text' })
  inspectionId!: string;

  /** The log position of its opening: the list's order and cursor. */
  @Column({ name: 'opened_position', type: 'bigint' })
  openedPosition!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber!: string | null;

  @Column({ name: 'product_model', type: 'text' })
  productModel!: string;

  @Column({ name: 'serial_number', type: 'text' })
  serialNumber!: string;

  @Column({ name: 'origin_kind', type: 'text' })
  originKind!: string;

  @Column({ name: 'origin_ref', type: 'text' })
  originRef!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  findings!: { findingId: string; rootCause: string; correctedBy?: string }[];

  /** QC-2: the causes of the findings no later finding corrected. */
  @Column({ name: 'root_causes', type: 'text', array: true })
  rootCauses!: string[];

  @Column({ name: 'attribution_id', type: 'text', nullable: true })
  attributionId!: string | null;

  /** QC-3: the share table of the attribution in force. */
  @Column({ type: 'jsonb' })
  responsible!: { partyKey: string; shareBp: number }[];

  @Column({ name: 'responsible_keys', type: 'text', array: true })
  responsibleKeys!: string[];

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;
}
