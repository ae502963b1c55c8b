import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { In, type EntityManager } from 'typeorm';
import type { ProductEvent } from '../product.events';
import { ProductRow } from './product-registry.entity';

export const PRODUCT_REGISTRY = 'claims.product-registry';

/** The registry by serial from the product streams; a batch is one read and one write. */
export class ProductRegistryProjection implements Projection {
  readonly name = PRODUCT_REGISTRY;
  readonly version = 1;
  readonly streamPrefixes = ['product-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE claims.product_registry');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(ProductRow);
    const serials = [...new Set(events.map((e) => (e.data as { serial: string }).serial))];
    const rows = new Map((await repo.findBy({ serial: In(serials) })).map((r) => [r.serial, r]));
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as ProductEvent;
      const d = e.data;
      const row = rows.get(d.serial);
      if (e.type === 'ProductRegistered' || e.type === 'ProductDetailsChanged') {
        const facts = {
          serial: e.data.serial,
          model: e.data.model,
          customerId: e.data.customerId,
          branch: e.data.branch,
          deliveryDate: e.data.deliveryDate ?? null,
          commissioningDate: e.data.commissioningDate ?? null,
        };
        rows.set(
          d.serial,
          row
            ? Object.assign(row, facts)
            : Object.assign(new ProductRow(), facts, {
                warrantyStartsOn: null,
                replaces: null,
                replacedBy: null,
                contracts: [],
              }),
        );
      } else if (!row) {
        continue;
      } else if (e.type === 'ContractAdded') {
        const { contractId, kind, startsOn, endsOn, noticeOn } = e.data;
        row.contracts = [...row.contracts, { contractId, kind, startsOn, endsOn, noticeOn }];
      } else if (e.type === 'ReplacementLinked') {
        row.replaces = e.data.replaces;
        row.warrantyStartsOn = e.data.warrantyStartsOn;
      } else if (e.type === 'ReplacedBy') {
        row.replacedBy = e.data.replacement;
      }
    }
    if (rows.size > 0) await repo.save([...rows.values()], { chunk: 500 });
  }
}
