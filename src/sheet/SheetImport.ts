import type { Dataset } from '../dataset/Dataset.js';
import type { SheetProblem } from './SheetProblem.js';

/**
 * What an import did with a sheet: how many rows it was given and took, each refused row with
 * its line, column and reason, each guess it made to take a row, and the notices about the sheet
 * as a whole (a column the mapping names that the sheet does not have, a column nothing reads).
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetReport } from 'swapledger/sheet';
 * const report: SheetReport = { rows: 3, taken: 3, refused: [], guessed: [], notices: [] };
 * ```
 */
export interface SheetReport {
  readonly rows: number;
  readonly taken: number;
  readonly refused: readonly SheetProblem[];
  readonly guessed: readonly SheetProblem[];
  readonly notices: readonly SheetProblem[];
}

/**
 * The result of {@link importSheet}: a dataset that validates, and the report of every row that
 * is not in it and every guess that is.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { importSheet, type SheetImport } from 'swapledger/sheet';
 * const result: SheetImport = importSheet([], {});
 * result.report.rows; // 0
 * ```
 */
export interface SheetImport {
  readonly dataset: Dataset;
  readonly report: SheetReport;
}
