import { Column, Entity, PrimaryColumn } from 'typeorm';

/** QC-5: a corrective and preventive action, open, overdue or closed. */
@Entity({ name: 'capa_list', schema: 'quality_inspection' })
export class CapaListRow {
  @PrimaryColumn({ name: 'capa_id', type: 'text' })
  capaId!: string;

  @Column({ name: 'inspection_id', type: 'text' })
  inspectionId!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ name: 'owner_department', type: 'text' })
  ownerDepartment!: string;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text' })
  status!: 'open' | 'overdue' | 'closed';

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
