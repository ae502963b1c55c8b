import { useCaseNumber } from '../api/cases';
import { href } from '../router';

/**
 * A link to a case's page, named by its number (INT-1): the one the answer carried, else intake's
 * where the user may read it, else the id.
 */
export function CaseLink({
  caseId,
  caseNumber,
  to = href('cases', caseId),
}: {
  caseId: string;
  caseNumber?: string | null;
  /** Where it leads, when not the case's own page (its money in finance). */
  to?: string;
}) {
  const asked = useCaseNumber(caseNumber ? undefined : caseId);
  return <a href={to}>{caseNumber || asked || caseId}</a>;
}
