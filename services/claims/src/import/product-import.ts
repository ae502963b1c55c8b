import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterProductDto } from '../product/product.dto';

export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
}

export type ParsedRow = { readonly line: number; readonly row: RegisterProductDto } | RejectedRow;

const CSV_FIELDS = ['serial', 'model', 'customerId', 'branch', 'deliveryDate', 'commissioningDate'];

/** One CSV line into its cells: quoted cells may hold commas and doubled quotes. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells.map((s) => s.trim());
}

function checked(line: number, raw: unknown): ParsedRow {
  const row = plainToInstance(RegisterProductDto, raw);
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return { line, row };
  const reason = errors
    .map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ') || 'invalid'}`)
    .join('; ');
  return { line, reason };
}

/**
 * The rows of an import, one by one with their line numbers (1-based, the CSV header is line 1),
 * each either a product to register or the reason it is refused.
 */
export function* parseImport(format: 'jsonl' | 'csv', content: string): Generator<ParsedRow> {
  const lines = content.split(/\r?\n/);
  let header: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const text = lines[i];
    if (text.trim() === '') continue;
    if (format === 'jsonl') {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        yield { line, reason: 'not a JSON object' };
        continue;
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        yield { line, reason: 'not a JSON object' };
        continue;
      }
      yield checked(line, raw);
      continue;
    }
    const cells = csvCells(text);
    if (!header) {
      header = cells;
      const unknown = header.filter((h) => !CSV_FIELDS.includes(h));
      if (unknown.length > 0 || !header.includes('serial')) {
        yield {
          line,
          reason: `header must name the columns ${CSV_FIELDS.join(',')}; unknown: ${unknown.join(',')}`,
        };
        return;
      }
      continue;
    }
    if (cells.length !== header.length) {
      yield { line, reason: `${cells.length} cells, the header has ${header.length}` };
      continue;
    }
    const raw = Object.fromEntries(header.flatMap((h, k) => (cells[k] === '' ? [] : [[h, cells[k]]])));
    yield checked(line, raw);
  }
}
