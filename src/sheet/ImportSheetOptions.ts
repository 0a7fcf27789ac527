/**
 * Options of {@link importSheet}.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { ImportSheetOptions } from 'swapledger/sheet';
 * const options: ImportSheetOptions = { strict: true };
 * ```
 */
export interface ImportSheetOptions {
  /** Refuse a row rather than create a source or party for it, or guess its medium. */
  readonly strict?: boolean;
}
