import { parse } from 'csv-parse/sync';
import {
  sheetCellCount,
  sheetDuplicateColumn,
  sheetMalformedRow,
  sheetUnreadableHeader,
} from '../../_lib/messages.js';
import type { SheetProblem } from '../SheetProblem.js';
import type { SheetRead } from '../SheetRead.js';
import type { SheetRow } from '../SheetRow.js';

/** The separators a claim sheet may use. @internal */
export type Delimiter = ',' | ';' | '\t';

/**
 * Where the header ends: the offset just past its line break, found outside quotes, so a quoted
 * header cell may hold a line break of its own.
 *
 * @internal
 */
export function headerEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r'))
      return c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * Picks the separator of a sheet from its header line: whichever of comma, semicolon and tab
 * occurs most often outside quotes. A header of one column has none, and is read with commas.
 *
 * @internal
 */
export function sniffDelimiter(text: string): Delimiter {
  const end = headerEnd(text);
  const seen = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < end; i += 1) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) seen[c] += 1;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (seen[d] > seen[best]) best = d;
  return best;
}

/** Line starts of a text, to turn an offset into a 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // the \n of \r\n ends the line
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every line ending ends a row, whichever the sheet mixes (a quoted cell keeps its own). */
const ENDINGS = ['\r\n', '\n', '\r'];

/**
 * The cell name of a column whose header cell is empty ("Excel's trailing commas"): a name that
 * starts with `#`, as the importer's own cells do, so that nothing reads it; the importer tells
 * a text in it as a notice (`column-unnamed`).
 *
 * @internal
 */
export const unnamedKey = (position: number): string => `#column-${position}`;

/** csv-parse's error codes, said in the sheet's words. */
const WHY: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'it does not have as many cells as the header',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'it does not have as many cells as the header',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell is followed by text before the next separator',
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a quoted cell is followed by text before the next separator',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a cell',
};

/**
 * A header that names a column twice: refused at line 1 whole, for no row can say which of the
 * two cells it means. The refusal counts every record under the header as a row it stands for.
 */
function duplicateColumn(text: string, delimiter: Delimiter): SheetRead | undefined {
  let header: string[];
  try {
    header =
      (
        parse(text, {
          delimiter,
          record_delimiter: ENDINGS,
          to_line: 1,
          relax_column_count: true,
        }) as string[][]
      )[0] ?? [];
  } catch {
    return undefined; // The parse below says why the header cannot be read.
  }
  const seen = new Map<string, number>();
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    if (name === '') continue; // An unnamed column: see unnamedKey.
    const first = seen.get(name);
    if (first === undefined) {
      seen.set(name, i + 1);
      continue;
    }
    let records = 0;
    try {
      parse(text, {
        delimiter,
        record_delimiter: ENDINGS,
        from_line: 2,
        skip_empty_lines: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_records_with_error: true,
        on_record: (record: string[]) => {
          records += 1;
          return record;
        },
        on_skip: () => {
          records += 1;
        },
      });
    } catch {
      // A quote never closed: what was counted before it stands.
    }
    return {
      rows: [],
      refused: [
        {
          line: 1,
          column: name,
          code: 'duplicate-column',
          message: sheetDuplicateColumn(name, first, i + 1),
          ...(records === 1 ? {} : { rows: records }),
        },
      ],
    };
  }
  return undefined;
}

/**
 * Reads CSV text (its byte-order mark already gone) with csv-parse, keeping the line where each
 * record starts. The parser's own line count is off when a quoted cell holds a CRLF, so each
 * record's raw text is found in the input and its line counted from there. A record the parser
 * skips is refused at its line; where a broken quote made it swallow the rows after it, the
 * refusal says through which line.
 *
 * @internal
 */
export function readCsv(text: string, delimiter: Delimiter): SheetRead {
  const starts = lineStarts(text);
  const duplicate = duplicateColumn(text, delimiter);
  if (duplicate !== undefined) return duplicate;
  const rows: SheetRow[] = [];
  // A refusal over several lines counts every line that holds anything: a broken quote swallows
  // the rows after it, and each of them is a row of the sheet that is not taken.
  const covering = (first: number, last: number): { through?: number; rows?: number } => {
    if (last <= first) return {};
    let count = 0;
    for (let line = first; line <= last; line += 1) {
      const from = starts[line - 1] as number;
      const to = starts[line] ?? text.length;
      if (/\S/.test(text.slice(from, to))) count += 1;
    }
    return count > 1 ? { through: last, rows: count } : { through: last };
  };
  const refused: SheetProblem[] = [];
  let cursor = headerEnd(text);
  // The last refusal, which csv-parse may extend when it reads on from a broken quote.
  let lastSkip: { start: number; index: number } | undefined;
  // csv-parse's raw text of a record may carry the line breaks around it, not always whole (it
  // keeps the \r of a \r\n and drops the \n): what lies between them is found in the input.
  const content = (raw: string): string => raw.replace(/^[\r\n]+/, '').replace(/[\r\n]+$/, '');
  const place = (raw: string): number => {
    const at = text.indexOf(content(raw), cursor);
    return at === -1 ? cursor : at;
  };
  let records: { record: Record<string, string>; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      // Header names are trimmed, as wordings are; an empty one gets a name of its own.
      columns: (header: string[]) =>
        header.map((name, i) => (name.trim() === '' ? unnamedKey(i + 1) : name.trim())),
      delimiter,
      record_delimiter: ENDINGS,
      skip_empty_lines: true,
      relax_quotes: false,
      relax_column_count: false,
      raw: true,
      skip_records_with_error: true,
      on_record: (record: { record: Record<string, string>; raw: string }) => {
        const start = place(record.raw);
        cursor = start + content(record.raw).length;
        const cells: Record<string, string> = {};
        for (const [name, value] of Object.entries(record.record))
          if (!(name.startsWith('#column-') && value.trim() === '')) cells[name] = value;
        rows.push({ line: lineAt(starts, start), cells });
        return record;
      },
      on_skip: (error: { code?: string; message: string } | undefined, raw?: string) => {
        const chunk = content(raw ?? '');
        const cells = (error as { record?: unknown } | undefined)?.record;
        const columns = (error as { columns?: unknown } | undefined)?.columns;
        const why =
          Array.isArray(cells) && Array.isArray(columns)
            ? sheetCellCount(cells.length, columns.length)
            : (WHY[error?.code ?? ''] ?? error?.message ?? 'the parser refused it');
        if (lastSkip !== undefined && text.startsWith(chunk, lastSkip.start)) {
          // The same broken record, read further: it now ends later.
          const last = lineAt(starts, lastSkip.start + Math.max(chunk.length - 1, 0));
          const first = lineAt(starts, lastSkip.start);
          const problem = refused[lastSkip.index] as SheetProblem;
          refused[lastSkip.index] = {
            ...problem,
            message: sheetMalformedRow(why, last > first ? last : undefined),
            ...covering(first, last),
          };
          cursor = Math.max(cursor, lastSkip.start + chunk.length);
          return;
        }
        const start = place(chunk);
        cursor = start + chunk.length;
        lastSkip = { start, index: refused.length };
        const first = lineAt(starts, start);
        const last = lineAt(starts, start + Math.max(chunk.length - 1, 0));
        refused.push({
          line: first,
          column: '',
          code: 'malformed-row',
          message: sheetMalformedRow(why, last > first ? last : undefined),
          ...covering(first, last),
        });
      },
    }) as unknown as { record: Record<string, string>; raw: string }[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      refused: [
        { line: 1, column: '', code: 'unreadable-header', message: sheetUnreadableHeader(why) },
      ],
    };
  }
  void records;
  return { rows, refused };
}
