import type { ContractDefinition } from '../contract-definition';
import attributionConfirmed from '../../schemas/quality-inspection/attribution-confirmed.v1.schema.json';
import attributionDisputed from '../../schemas/quality-inspection/attribution-disputed.v1.schema.json';
import attributionSuperseded from '../../schemas/quality-inspection/attribution-superseded.v1.schema.json';
import capaClosed from '../../schemas/quality-inspection/capa-closed.v1.schema.json';
import capaOverdue from '../../schemas/quality-inspection/capa-overdue.v1.schema.json';
import capaRaised from '../../schemas/quality-inspection/capa-raised.v1.schema.json';
import findingRecorded from '../../schemas/quality-inspection/finding-recorded.v1.schema.json';
import inspectionOpened from '../../schemas/quality-inspection/inspection-opened.v1.schema.json';
import inspectionSignedOff from '../../schemas/quality-inspection/inspection-signed-off.v1.schema.json';
import responsibilityAttributed from '../../schemas/quality-inspection/responsibility-attributed.v1.schema.json';
import returnRefused from '../../schemas/quality-inspection/return-refused.v1.schema.json';
import unsalableReturnChecked from '../../schemas/quality-inspection/unsalable-return-checked.v1.schema.json';

/** The key of an inspection opened without a case (by hand) is its inspection id. */
const key = 'the case id; the inspection id for an inspection opened without a case';

/** Every public event quality inspection can publish, each with its schema file. */
export const qualityInspectionContracts: readonly ContractDefinition[] = [
  inspectionOpened,
  findingRecorded,
  responsibilityAttributed,
  attributionDisputed,
  attributionConfirmed,
  attributionSuperseded,
  inspectionSignedOff,
  returnRefused,
  capaRaised,
  capaOverdue,
  capaClosed,
  unsalableReturnChecked,
].map((schema) => ({ type: schema.title, schema, key }));
