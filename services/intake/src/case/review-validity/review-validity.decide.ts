import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState, ExistingCase } from '../case.state';
import { costsOf, type Remedy } from '../case.vocabulary';
import { existing, requireText, type DecideContext } from '../case.decide-context';

export interface ReviewValidity {
  readonly type: 'ReviewValidity';
  readonly caseId: string;
  readonly founded: boolean;
  /** Required when unfounded: the explanation the customer is given (INT-6). */
  readonly explanation?: string;
  /** Required for a founded quality complaint: the remedy the customer chose (INT-6). */
  readonly remedy?: Remedy;
}

export function acceptanceEvent(
  c: ExistingCase,
  founded: boolean,
  explanation: string | undefined,
  remedy: Remedy | undefined,
  overturn?: { previous: 'accepted' | 'rejected'; reason: string },
): CaseEvent {
  if (!founded) {
    const text = requireText(explanation, 'INT-6', 'an explanation for an unfounded complaint');
    return {
      type: 'CaseRejected',
      data: { caseId: c.caseId, explanation: text, ...(overturn ? { overturn } : {}) },
    };
  }
  if (c.kind === 'quality-complaint' && !remedy) {
    throw new RuleViolation('INT-6', 'a founded quality complaint records the remedy the customer chose');
  }
  if (c.kind !== 'quality-complaint' && remedy) {
    throw new RuleViolation('INT-6', `a remedy is chosen for founded quality complaints, not for ${c.kind}`);
  }
  return {
    type: 'CaseAccepted',
    data: {
      caseId: c.caseId,
      kind: c.kind,
      ...(remedy ? { remedy } : {}),
      ...(explanation?.trim() ? { note: explanation.trim() } : {}),
      ...(overturn ? { overturn } : {}),
      ...costsOf(c.kind),
    },
  };
}

/** INT-6 the clerk judges whether the complaint is founded; the decision is made once (ORG-2 overturns). */
export function reviewValidity(command: ReviewValidity, state: CaseState, _ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.status !== 'registered') {
    // Said to whoever reviewed second, a branch manager too: what stands, and how it is changed.
    const decision =
      c.status === 'accepted' || c.status === 'rejected'
        ? `${c.status}${c.remedy ? ` with remedy ${c.remedy}` : ''}`
        : `reviewed and is now ${c.status}`;
    throw new RuleViolation(
      'ORG-2',
      `case ${c.caseNumber} was already ${decision}; a branch manager changes that decision with POST /intake/cases/${c.caseId}/review/overturn`,
    );
  }
  return [acceptanceEvent(c, command.founded, command.explanation, command.remedy)];
}
