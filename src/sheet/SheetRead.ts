import type { SheetProblem } from './SheetProblem.js';
import type { SheetRow } from './SheetRow.js';

/**
 * What {@link readSheet} returns: the rows it could read, and the ones it could not, each with
 * its line. Nothing is dropped without a line in `refused`.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { readSheet, type SheetRead } from 'swapledger/sheet';
 * const read: SheetRead = readSheet('exchange,figure\nx1,44\n');
 * read.rows.length; // 1
 * ```
 */
export interface SheetRead {
  readonly rows: readonly SheetRow[];
  readonly refused: readonly SheetProblem[];
}
