/**
 * Why a row was refused, or what was guessed to take it. Refusals: `malformed-row` (CSV that
 * cannot be read), `unreadable-header`, `not-json`, `not-a-row`, `missing-field`,
 * `unknown-source`, `unknown-party`, `unknown-subject`, `unknown-category`, `unknown-medium`
 * (under `strict`), `unreadable-figure`, `invalid-date`, `duplicate-id`, `invalid-record` (the
 * record built from the row does not validate), `duplicate-column` (the header, or a JSON row,
 * names a column twice), and under `strict` `exchange-conflict` and `column-missing`. Guesses:
 * `source-created`, `party-created`, `medium-guessed`, `side-unknown`, `side-conflict` (refused
 * under `strict`) and `exchange-conflict` (a row contradicts the first row taken of its exchange,
 * whose value is kept). Notices about the sheet as a whole: `column-missing` (a column the mapping
 * names is not in the sheet), `column-unread` (nothing reads a column of the sheet) and
 * `column-unnamed` (a column with no name in the header holds text).
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetProblemCode } from 'swapledger/sheet';
 * const code: SheetProblemCode = 'unreadable-figure';
 * ```
 */
export type SheetProblemCode =
  | 'malformed-row'
  | 'unreadable-header'
  | 'not-json'
  | 'not-a-row'
  | 'missing-field'
  | 'unknown-source'
  | 'unknown-party'
  | 'unknown-subject'
  | 'unknown-category'
  | 'unknown-medium'
  | 'unreadable-figure'
  | 'invalid-date'
  | 'duplicate-id'
  | 'invalid-record'
  | 'duplicate-column'
  | 'exchange-conflict'
  | 'column-missing'
  | 'column-unread'
  | 'source-created'
  | 'party-created'
  | 'medium-guessed'
  | 'side-unknown'
  | 'side-conflict'
  | 'column-unnamed';

/**
 * One line of an import report: the line of the sheet, the column (as the sheet names it; empty
 * when the whole row is meant), a stable code and a sentence saying what happened. A refusal that
 * stands for more than one row (a broken quote that swallowed the lines after it, a header that
 * cannot be read) says through which line it goes (`through`) and how many rows it counts for
 * (`rows`); a report's totals count those rows.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetProblem } from 'swapledger/sheet';
 * const problem: SheetProblem = { line: 7, column: 'цифра', code: 'unreadable-figure', message: 'cannot read the figure "кілька"' };
 * ```
 */
export interface SheetProblem {
  readonly line: number;
  readonly column: string;
  readonly code: SheetProblemCode;
  readonly message: string;
  /** The last line this problem covers, when it covers several. */
  readonly through?: number;
  /** How many rows of the sheet this refusal stands for, when more than one. */
  readonly rows?: number;
}
