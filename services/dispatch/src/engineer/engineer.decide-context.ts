import { NotFound, RuleViolation } from '@aftersales/kernel';
import type { PartLine } from '../dispatch.vocabulary';
import type { EngineerState, ExistingEngineer } from './engineer.state';

/** What engineer decide functions are given besides command and state: time, never read. */
export interface EngineerDecideContext {
  readonly now: Date;
}

export function existingEngineer(state: EngineerState, engineerId: string): ExistingEngineer {
  if (!state.exists) throw new NotFound('engineer', engineerId);
  return state;
}

export function requireText(value: string | undefined, rule: string, what: string): string {
  if (!value || !value.trim()) throw new RuleViolation(rule, `${what} is required`);
  return value.trim();
}

export function requireSkills(skills: readonly string[]): string[] {
  const cleaned = [...new Set(skills.map((s) => s.trim()).filter(Boolean))].sort();
  if (cleaned.length === 0)
    throw new RuleViolation('DSP-1', 'an engineer has at least one product-line skill');
  return cleaned;
}

export function requirePartLines(lines: readonly PartLine[], rule: string): PartLine[] {
  if (lines.length === 0) throw new RuleViolation(rule, 'at least one part line is required');
  for (const line of lines) {
    requireText(line.partNo, rule, 'a part number');
    if (!Number.isInteger(line.qty) || line.qty <= 0) {
      throw new RuleViolation(rule, `quantity of ${line.partNo} must be a positive integer, got ${line.qty}`);
    }
  }
  return lines.map((l) => ({ partNo: l.partNo.trim(), qty: l.qty }));
}
