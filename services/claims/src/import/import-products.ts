import { AccessDenied } from '@aftersales/platform';
import { RuleViolation } from '@aftersales/kernel';
import type { DataSource } from 'typeorm';
import type { ClaimsParts } from '../claims.runtime';
import type { ProductState } from '../product/product.decider';
import type { ParsedRow, RejectedRow } from './product-import';

/** Rows of an import registered at once. */
export const IMPORT_CHUNK = 64;

export interface ImportReport {
  registered: number;
  unchanged: number;
  rejected: RejectedRow[];
}

/**
 * CLM-1: registers the parsed rows of an import, reporting every rejected row by line. The rows
 * of a chunk go in parallel so the event store commits them in groups. One query asks the
 * registry which of a chunk's serials it knows; the others are decided as new without reading
 * their streams: a serial registered meanwhile (the registry behind the log, a serial twice in
 * one file) fails its append on the version and is decided again on its stream, as any
 * concurrent write.
 */
export async function importProducts(
  runtime: { readonly products: ClaimsParts['products']; readonly dataSource: DataSource },
  parsed: Iterable<ParsedRow>,
  authorize: (branch: string) => void,
  chunkSize = IMPORT_CHUNK,
): Promise<ImportReport> {
  const report: ImportReport = { registered: 0, unchanged: 0, rejected: [] };
  const registerChunk = async (rows: Array<Extract<ParsedRow, { row: unknown }>>) => {
    const known = new Set(
      (
        (await runtime.dataSource.query(
          'SELECT serial FROM claims.product_registry WHERE serial = ANY($1::text[])',
          [rows.map((r) => r.row.serial)],
        )) as Array<{ serial: string }>
      ).map((r) => r.serial),
    );
    await Promise.all(
      rows.map(async ({ line, row }) => {
        try {
          authorize(row.branch);
          const { events } = await runtime.products.execute(
            { type: 'RegisterProduct', source: 'import', ...row },
            {
              authorize: (s: ProductState) => s.exists && authorize(s.branch),
              assumeNew: !known.has(row.serial),
            },
          );
          if (events.length > 0) report.registered++;
          else report.unchanged++;
        } catch (error) {
          if (error instanceof RuleViolation)
            report.rejected.push({ line, reason: `${error.rule}: ${error.message}` });
          else if (error instanceof AccessDenied)
            report.rejected.push({ line, reason: `ORG-1: ${error.reason}` });
          else throw error;
        }
      }),
    );
  };
  let chunk: Array<Extract<ParsedRow, { row: unknown }>> = [];
  for (const row of parsed) {
    if ('reason' in row) report.rejected.push(row);
    else chunk.push(row);
    if (chunk.length >= chunkSize) {
      await registerChunk(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await registerChunk(chunk);
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}
