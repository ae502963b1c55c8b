import { ContractRegistry, publicContracts, type ContractDefinition } from '@aftersales/contracts';

/**
 * The events claims consumes from services whose contracts are not in the registry yet
 * (quality-inspection, finance, warehouse-returns), as loose schemas of the fields claims reads: the tests publish
 * them as those services would, and claims reads them through the same registry.
 */
const loose = (type: string, required: string[]): ContractDefinition => ({
  type,
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: type,
    type: 'object',
    required,
    properties: Object.fromEntries(required.map((field) => [field, {}])),
  },
});

export const foreignContracts = [
  loose('quality-inspection.responsibility-attributed.v1', [
    'inspectionId',
    'branch',
    'attributionId',
    'shares',
  ]),
  loose('quality-inspection.attribution-superseded.v1', [
    'inspectionId',
    'attributionId',
    'supersededBy',
    'shares',
  ]),
  loose('quality-inspection.attribution-confirmed.v1', ['inspectionId', 'attributionId', 'shares']),
  loose('warehouse-returns.serial-replaced.v1', [
    'rmaId',
    'branch',
    'model',
    'faultySerial',
    'replacementSerial',
  ]),
];

// Those registered since by their own services are read with their real schemas.
export const testContracts = new ContractRegistry([
  ...publicContracts,
  ...foreignContracts.filter((loose) => !publicContracts.some((c) => c.type === loose.type)),
]);
