import { useQuery } from '@tanstack/react-query';
import { useCan } from './access';
import { ApiError, intake, ok } from './client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether what staff typed is a case id (a UUID) rather than a case number. */
export const isCaseId = (ref: string): boolean => UUID.test(ref);

/**
 * The case id behind what staff type: the id itself, or the number intake registered the case
 * under (INT-1), which is what they quote. An unknown number answers as the services do: 404.
 */
export async function caseIdOf(ref: string): Promise<string> {
  const typed = ref.trim();
  if (isCaseId(typed)) return typed;
  const page = await ok(intake.GET('/intake/cases', { params: { query: { caseNumber: typed, limit: 1 } } }));
  const found = page.items[0];
  if (!found) throw new ApiError(404, { message: `case ${typed} not found` });
  return found.caseId;
}

/** The number of a case, for showing in place of its id where the user may read intake's cases. */
export function useCaseNumber(caseId: string | undefined): string | undefined {
  const can = useCan();
  const number = useQuery({
    queryKey: ['case-number', caseId],
    enabled: !!caseId && can('GET /intake/cases/{caseId}'),
    staleTime: Infinity,
    queryFn: () =>
      ok(intake.GET('/intake/cases/{caseId}', { params: { path: { caseId: caseId! } } })).then(
        (c) => c.case.caseNumber as string,
      ),
  });
  return number.data;
}
