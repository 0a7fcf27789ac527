/**
 * Why a row was refused, or what was guessed to take it. Refusals: `malformed-row` (CSV that
 * cannot be read), `unreadable-header`, `not-json`, `not-a-row`, `missing-field`,
 * `unknown-source`, `unknown-party`, `unknown-subject`, `unknown-category`, `unknown-medium`
 * (under `strict`), `unreadable-figure`, `invalid-date`, `duplicate-id` and `invalid-record` (the
 * claim built from the row does not validate). Guesses: `source-created`, `party-created`,
 * `medium-guessed` and `side-unknown`.
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
  | 'source-created'
  | 'party-created'
  | 'medium-guessed'
  | 'side-unknown';

/**
 * One line of an import report: the line of the sheet, the column (as the sheet names it; empty
 * when the whole row is meant), a stable code and a sentence saying what happened.
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
}
