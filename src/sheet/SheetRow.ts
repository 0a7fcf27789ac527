/**
 * One row of a claim sheet as read: the line of the file where it starts (1-based; a row whose
 * quoted cell holds a line break spans several) and its cells by column name, as text.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetRow } from 'swapledger/sheet';
 * const row: SheetRow = { line: 2, cells: { exchange: 'ua-ru-2023-04-26', figure: '44' } };
 * ```
 */
export interface SheetRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}
