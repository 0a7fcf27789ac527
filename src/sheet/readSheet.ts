import { isObject } from '../_lib/own.js';
import { sheetDuplicateKey, sheetNoRows, sheetNotARow, sheetNotJson } from '../_lib/messages.js';
import type { ReadSheetOptions } from './ReadSheetOptions.js';
import type { SheetList } from './SheetMappingSchema.js';
import type { SheetProblem } from './SheetProblem.js';
import type { SheetRead } from './SheetRead.js';
import type { SheetRow } from './SheetRow.js';
import { readCsv, sniffDelimiter } from './_lib/csv.js';
import { duplicateKey, flatten, parsePlaced, type Placed } from './_lib/json.js';
import { fillTemplate } from './_lib/template.js';

/** The value at a dotted path. */
const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value);

/** Adds a list's computed cells to a row's cells. */
function withCells(
  cells: Record<string, string>,
  list: SheetList | undefined,
): Record<string, string> {
  if (list?.cells === undefined) return cells;
  const out = { ...cells };
  for (const [name, template] of Object.entries(list.cells))
    out[name] = fillTemplate(template, (key) => cells[key]) ?? '';
  return out;
}

/** Rows of a JSON value: the array itself, or the lists the mapping names in a document. */
function jsonRows(placed: Placed, lists: readonly SheetList[] | undefined): SheetRead {
  const rows: SheetRow[] = [];
  const refused: SheetProblem[] = [];
  const { value, lines, duplicates } = placed;
  const lineOf = (v: unknown, fallback: number) =>
    isObject(v) || Array.isArray(v) ? (lines.get(v) ?? fallback) : fallback;
  const take = (
    item: unknown,
    index: number,
    extra: Record<string, string>,
    list: SheetList | undefined,
    fallback: number,
  ) => {
    const line = lineOf(item, fallback);
    if (!isObject(item)) {
      refused.push({ line, column: '', code: 'not-a-row', message: sheetNotARow(item) });
      return;
    }
    const twice = duplicateKey(item, duplicates);
    if (twice !== undefined) {
      refused.push({
        line,
        column: twice,
        code: 'duplicate-column',
        message: sheetDuplicateKey(twice),
      });
      return;
    }
    const cells = flatten(item, '', { ...extra, '#index': String(index + 1) });
    rows.push({ line, cells: withCells(cells, list) });
  };
  if (Array.isArray(value) && lists === undefined) {
    value.forEach((item, i) => take(item, i, {}, undefined, lineOf(value, 1)));
    return { rows, refused };
  }
  for (const list of lists ?? []) {
    const items = at(value, list.path);
    if (!Array.isArray(items)) {
      refused.push({
        line: lineOf(value, 1),
        column: list.path,
        code: 'not-a-row',
        message: sheetNoRows(list.path),
      });
      continue;
    }
    items.forEach((item, i) => {
      if (list.rows === undefined)
        return take(item, i, { '#list': list.path }, list, lineOf(items, 1));
      const inner = isObject(item) ? item[list.rows] : undefined;
      if (!Array.isArray(inner)) {
        refused.push({
          line: lineOf(item, 1),
          column: list.rows,
          code: 'not-a-row',
          message: sheetNoRows(`${list.path}.${list.rows}`),
        });
        return;
      }
      const parent: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(item as Record<string, unknown>))
        if (key !== list.rows) parent[key] = v;
      const extra = flatten(parent, list.parent ?? list.path, { '#list': list.path });
      inner.forEach((row, k) => take(row, k, extra, list, lineOf(inner, 1)));
    });
  }
  return { rows, refused };
}

/** NDJSON: one object a line; a line that is not JSON is refused at that line. */
function ndjsonRows(text: string): SheetRead {
  const rows: SheetRow[] = [];
  const refused: SheetProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((source, i) => {
    if (source.trim() === '') return;
    let placed: Placed;
    try {
      placed = parsePlaced(source, i + 1);
    } catch (error) {
      refused.push({
        line: i + 1,
        column: '',
        code: 'not-json',
        message: sheetNotJson((error as Error).message),
      });
      return;
    }
    if (!isObject(placed.value)) {
      refused.push({
        line: i + 1,
        column: '',
        code: 'not-a-row',
        message: sheetNotARow(placed.value),
      });
      return;
    }
    const twice = duplicateKey(placed.value, placed.duplicates);
    if (twice !== undefined) {
      refused.push({
        line: i + 1,
        column: twice,
        code: 'duplicate-column',
        message: sheetDuplicateKey(twice),
      });
      return;
    }
    rows.push({ line: i + 1, cells: flatten(placed.value) });
  });
  return { rows, refused };
}

/**
 * Reads a claim sheet's text into rows: CSV or TSV (the separator found from the header line
 * unless given; quoted cells may hold separators, quotes and line breaks), NDJSON (one object a
 * line), a JSON array of objects, or a nested JSON document whose lists `options.lists` names. A
 * byte-order mark is ignored. Each row keeps the line where it starts. A row that cannot be read
 * is refused with its line and why; it is never dropped. Never throws.
 *
 * @param text - The sheet's text.
 * @param options - The separator, and where the rows of a nested JSON document are.
 * @returns The rows, and the refusals.
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { readSheet } from 'swapledger/sheet';
 * const read = readSheet('exchange;figure;note\nx1;44;"two lines,\nin one cell"\nx2;"40\n');
 * read.rows; // [{ line: 2, cells: { exchange: 'x1', figure: '44', note: 'two lines,\nin one cell' } }]
 * read.refused[0]?.line; // 4
 * ```
 */
export function readSheet(text: string, options: ReadSheetOptions = {}): SheetRead {
  const body = text.replace(/^\uFEFF/, '');
  const first = /\S/.exec(body)?.[0];
  if (first === undefined) return { rows: [], refused: [] };
  if (first === '[' || first === '{') {
    try {
      const placed = parsePlaced(body);
      if (Array.isArray(placed.value) || options.lists !== undefined)
        return jsonRows(placed, options.lists);
    } catch {
      // Not one document: NDJSON, read a line at a time.
    }
    return ndjsonRows(body);
  }
  return readCsv(body, options.delimiter ?? sniffDelimiter(body));
}
