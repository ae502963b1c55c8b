import { RuleViolation } from '@aftersales/kernel';
import type { ExistingInspection } from '../inspection.state';
import type { QualityPolicy } from '../inspection.decide-context';
import { FULL_SHARE_BP, partyKey, type Share } from '../inspection.vocabulary';

/**
 * QC-3 a share table: one or more distinct, known parties, each an integer share of at least
 * 1 basis point, summing to exactly 10,000 (100 %), resting on findings of this inspection that
 * no later finding corrected.
 */
export function checkShareTable(
  inspection: ExistingInspection,
  shares: readonly Share[],
  basis: readonly string[],
  policy: QualityPolicy,
): void {
  if (shares.length === 0) throw new RuleViolation('QC-3', 'an attribution names at least one party');
  const keys = new Set<string>();
  let total = 0;
  for (const { party, shareBp } of shares) {
    if (!Number.isInteger(shareBp) || shareBp < 1)
      throw new RuleViolation(
        'QC-3',
        `the share of ${partyKey(party)} must be a whole number of basis points ≥ 1`,
      );
    if (party.kind === 'department' && !policy.departments.includes(party.department))
      throw new RuleViolation(
        'QC-3',
        `unknown department ${party.department} (known: ${policy.departments.join(', ')})`,
      );
    const key = partyKey(party);
    if (keys.has(key)) throw new RuleViolation('QC-3', `${key} is named twice`);
    keys.add(key);
    total += shareBp;
  }
  if (total !== FULL_SHARE_BP)
    throw new RuleViolation('QC-3', `shares sum to ${total} basis points, not ${FULL_SHARE_BP}`);
  if (basis.length === 0) throw new RuleViolation('QC-3', 'an attribution rests on at least one finding');
  for (const findingId of basis) {
    const finding = inspection.findings.find((f) => f.findingId === findingId);
    if (!finding) throw new RuleViolation('QC-3', `basis: finding ${findingId} is not recorded`);
    if (finding.correctedBy)
      throw new RuleViolation('QC-3', `basis: finding ${findingId} was corrected by ${finding.correctedBy}`);
  }
}
