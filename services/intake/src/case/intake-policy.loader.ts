import { readFileSync } from 'node:fs';
import { DEFAULT_INTAKE_POLICY, type IntakePolicy } from './intake-policy';

/** The organisation's numbers for INT-4/5/9: defaults from docs/domain.md, overridden from a JSON file. */
export function loadIntakePolicy(file?: string): IntakePolicy {
  if (!file) return DEFAULT_INTAKE_POLICY;
  const override = JSON.parse(readFileSync(file, 'utf8')) as Partial<IntakePolicy>;
  return { ...DEFAULT_INTAKE_POLICY, ...override };
}
