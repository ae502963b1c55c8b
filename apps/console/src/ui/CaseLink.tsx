import { useCaseNumber } from '../api/cases';
import { href } from '../router';

/**
 * A link to a case's page, named by its number (INT-1): the one the answer carried, else intake's
 * where the user may read it, else the id.
 */
export function CaseLink({ caseId, caseNumber }: { caseId: string; caseNumber?: string | null }) {
  const asked = useCaseNumber(caseNumber ? undefined : caseId);
  return <a href={href('cases', caseId)}>{caseNumber || asked || caseId}</a>;
}
