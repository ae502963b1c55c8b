import { useCaseNumber } from '../api/cases';
import { href } from '../router';

/** A link to a case's page, named by its number (INT-1) where the user may read it, else by its id. */
export function CaseLink({ caseId }: { caseId: string }) {
  const number = useCaseNumber(caseId);
  return <a href={href('cases', caseId)}>{number ?? caseId}</a>;
}
