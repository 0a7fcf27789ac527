import { unwrap } from '../validation/_lib/outcome.js';
import type { ImportSheetOptions } from './ImportSheetOptions.js';
import type { SheetImport } from './SheetImport.js';
import type { SheetMapping } from './SheetMappingSchema.js';
import type { SheetRow } from './SheetRow.js';
import { safeImportSheet } from './safeImportSheet.js';

/**
 * Throwing twin of {@link safeImportSheet}: the dataset and the import report, or a
 * `SwapledgerError` when the mapping is not valid. Refused rows are in the report, not thrown.
 *
 * @param rows - Rows, as {@link readSheet} gives them.
 * @param mapping - How the sheet maps onto the claim sheet.
 * @param options - `strict: true` turns guesses into refusals.
 * @returns The dataset and the report.
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { importSheet, readSheet } from 'swapledger/sheet';
 * const sheet = [
 *   'exchange,dates,parties,source,side,counted,figure,url',
 *   'ua-ru-2023-04-26,2023-04-26,UA|RU,Andrii Yermak,UA,returned to Ukraine,44,https://www.reuters.com/world/europe/',
 * ].join('\n');
 * const { dataset, report } = importSheet(readSheet(sheet).rows, {
 *   parties: [{ record: { id: 'UA', name: 'Ukraine', kind: 'state' } }, { record: { id: 'RU', name: 'Russia', kind: 'state' } }],
 *   subjects: [{ wording: 'returned to Ukraine', subject: { type: 'transferred', exchange: '{exchange}', to: 'UA' } }],
 * });
 * dataset.exchanges[0]?.transfers[0]?.count; // { low: 44, high: 44 }
 * report.guessed[0]?.code; // 'source-created'
 * ```
 */
export function importSheet(
  rows: readonly SheetRow[],
  mapping: SheetMapping,
  options?: ImportSheetOptions,
): SheetImport {
  return unwrap(safeImportSheet(rows, mapping, options));
}
