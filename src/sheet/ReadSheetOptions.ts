import type { SheetList } from './SheetMappingSchema.js';

/**
 * How {@link readSheet} reads a text. A mapping's `delimiter` and `lists` are what it takes.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { ReadSheetOptions } from 'swapledger/sheet';
 * const options: ReadSheetOptions = { delimiter: ';' };
 * ```
 */
export interface ReadSheetOptions {
  /** The CSV separator; found from the header line when absent. */
  readonly delimiter?: ',' | ';' | '\t' | undefined;
  /** Where the rows of a JSON document are, when it is not a flat array of rows. */
  readonly lists?: readonly SheetList[] | undefined;
}
