/**
 * What warehouse returns reads of quality inspection's events (RET-6, RET-7), the fewest fields,
 * until quality inspection's contracts are in the registry; then these become its generated
 * types. The inspection names the request it inspects in `origin.ref` when it is opened.
 */
export interface QcInspectionOpened {
  readonly inspectionId: string;
  readonly caseId?: string;
  readonly origin: { readonly kind: string; readonly ref: string };
}
export interface QcInspectionSignedOff {
  readonly inspectionId: string;
  readonly signedBy: { readonly userId: string };
  readonly signedAt: string;
}
export interface QcUnsalableReturnChecked {
  readonly inspectionId: string;
  readonly intact: boolean;
  readonly note: string;
  readonly signedBy: { readonly userId: string };
  readonly checkedAt: string;
}
export interface QcReturnRefused {
  readonly inspectionId: string;
  readonly explanation: string;
  readonly refusedAt: string;
}

export const QC_EVENTS = {
  opened: 'quality-inspection.inspection-opened.v1',
  signedOff: 'quality-inspection.inspection-signed-off.v1',
  unsalableChecked: 'quality-inspection.unsalable-return-checked.v1',
  refused: 'quality-inspection.return-refused.v1',
} as const;

/** The inspection origins that are warehouse returns' requests. */
export const RETURN_ORIGINS: readonly string[] = ['quality-return', 'unsalable-return'];
