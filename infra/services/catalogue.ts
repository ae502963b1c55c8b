// Every service of the back office, as declared on the service kit: the standalone, the CLIs,
// the harnesses and the contract checks start and describe them from here.
import type { AnyServiceDeclaration } from '@aftersales/platform';
import { claimsService } from '../../services/claims/src/claims.service';
import { dispatchService } from '../../services/dispatch/src/dispatch.service';
import { financeService } from '../../services/finance/src/finance.service';
import { intakeService } from '../../services/intake/src/intake.service';
import { qualityInspectionService } from '../../services/quality-inspection/src/quality-inspection.service';
import { warehouseReturnsService } from '../../services/warehouse-returns/src/warehouse-returns.service';

export const SERVICES: readonly AnyServiceDeclaration[] = [
  intakeService,
  dispatchService,
  qualityInspectionService,
  warehouseReturnsService,
  claimsService,
  financeService,
];

export function serviceNamed(name: string): AnyServiceDeclaration {
  const found = SERVICES.find((s) => s.name === name);
  if (!found) throw new Error(`no service named ${name}; known: ${SERVICES.map((s) => s.name).join(', ')}`);
  return found;
}
