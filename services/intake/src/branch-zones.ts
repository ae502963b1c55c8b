import { assertTimeZone } from '@aftersales/scheduling';
import type { BranchZones } from './case/complaint-register/complaint-register.projection';

export function branchZones(spec: string, fallback: string): BranchZones {
  assertTimeZone(fallback);
  const zones = new Map<string, string>();
  for (const pair of spec.split(',').filter(Boolean)) {
    const [branch, zone] = pair.split('=');
    assertTimeZone(zone);
    zones.set(branch, zone);
  }
  return { zoneOf: (branch) => zones.get(branch) ?? fallback };
}
