/** The product registry per serial number (stream `product-<serial>`). */
export interface ProductFacts {
  readonly serial: string;
  readonly model: string;
  readonly customerId: string;
  readonly branch: string;
  readonly deliveryDate?: string;
  readonly commissioningDate?: string;
}

export type ContractKind = 'maintenance' | 'software';

export interface Contract {
  readonly contractId: string;
  readonly kind: ContractKind;
  readonly startsOn: string;
  readonly endsOn: string;
  /** CLM-2: the day the customer is told of the expiry. */
  readonly noticeOn: string;
}

export type ProductEvent =
  | { type: 'ProductRegistered'; data: ProductFacts & { source: 'import' | 'intake'; registeredAt: string } }
  | { type: 'ProductDetailsChanged'; data: ProductFacts & { source: 'import' | 'intake'; changedAt: string } }
  | ContractAdded
  | {
      type: 'ContractExpiryNotified';
      data: { serial: string; branch: string; contractId: string; endsOn: string; notifiedAt: string };
    }
  | {
      type: 'ReplacementLinked';
      data: {
        serial: string;
        branch: string;
        /** CLM-7: the faulty unit this one replaces, and where its warranty now starts. */
        replaces: string;
        warrantyStartsOn: string;
        rmaId: string;
        linkedAt: string;
      };
    }
  | {
      type: 'ReplacedBy';
      data: { serial: string; branch: string; replacement: string; rmaId: string; at: string };
    };

export type ContractAdded = {
  type: 'ContractAdded';
  data: Contract & { serial: string; branch: string; addedAt: string };
};
