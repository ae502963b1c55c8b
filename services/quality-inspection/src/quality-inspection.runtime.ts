import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import type { QualityInspectionConfig } from './quality-inspection.config';
import type { QualityPolicy } from './inspection/inspection.decide-context';
import { inspectionAggregate } from './inspection/inspection.decider';

/** QC's numbers and lists, and the zone the monthly summary (QC-7) counts months in. */
export interface QualityInspectionSettings {
  readonly policy: QualityPolicy;
  readonly timeZone: string;
}

export function qualityInspectionSettings(config: QualityInspectionConfig): QualityInspectionSettings {
  return {
    policy: {
      departments: config.QC_DEPARTMENTS.split(','),
      capaDueDays: config.QC_CAPA_DUE_DAYS,
      refusalExplanationMinChars: config.QC_REFUSAL_MIN_CHARS,
    },
    timeZone: config.DEFAULT_TIME_ZONE,
  };
}

/** What quality inspection's handlers, timers and reactions work with. */
export function qualityInspectionParts({
  store,
  settings,
  clock,
  config,
}: ServiceInfrastructure<QualityInspectionConfig, QualityInspectionSettings>) {
  return {
    inspections: new AggregateCommands(
      store,
      inspectionAggregate(settings.policy),
      clock,
      config.STATE_CACHE_SIZE,
    ),
  };
}

export type QualityInspectionParts = ReturnType<typeof qualityInspectionParts>;

/** The runtime as handlers inject it: `@Inject(QualityInspectionRuntime) runtime: QualityInspectionRuntime`. */
export const QualityInspectionRuntime = SERVICE_RUNTIME;
export type QualityInspectionRuntime = ServiceRuntime<
  QualityInspectionConfig,
  QualityInspectionSettings,
  QualityInspectionParts
>;
