import { Column, Entity, PrimaryColumn } from 'typeorm';

/** RET-5: a return transport order (退货运输单), to a named driver and vehicle. */
@Entity({ name: 'transport_orders', schema: 'warehouse_returns' })
export class TransportOrderRow {
  @PrimaryColumn({ name: 'order_no', type: 'text' })
  orderNo!: string;

  @Column({ name: 'rma_id', type: 'text' })
  rmaId!: string;

  @Column({ type: 'text' })
  branch!: string;

  @Column({ name: 'driver_id', type: 'text' })
  driverId!: string;

  @Column({ name: 'driver_name', type: 'text' })
  driverName!: string;

  @Column({ type: 'text' })
  vehicle!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'picked_up_at', type: 'timestamptz', nullable: true })
  pickedUpAt!: Date | null;
}
