import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Contract } from '../product.events';

/** One serial of the product registry (CLM-1, CLM-2, CLM-7). */
@Entity({ name: 'product_registry', schema: 'claims' })
export class ProductRow {
  @PrimaryColumn({ type: 'text' })
  serial!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'delivery_date', type: 'date', nullable: true })
  deliveryDate!: string | null;

  @Column({ name: 'commissioning_date', type: 'date', nullable: true })
  commissioningDate!: string | null;

  @Column({ name: 'warranty_starts_on', type: 'date', nullable: true })
  warrantyStartsOn!: string | null;

  @Column({ type: 'text', nullable: true })
  replaces!: string | null;

  @Column({ name: 'replaced_by', type: 'text', nullable: true })
  replacedBy!: string | null;

  @Column({ type: 'jsonb' })
  contracts!: Contract[];
}
