import { sheetRowsNotArray } from '../_lib/messages.js';
import type { Result } from '../result/Result.js';
import { constructors } from '../validation/_lib/construct.js';
import type { Issue } from '../validation/Issue.js';
import { safely } from '../validation/_lib/safely.js';
import type { ImportSheetOptions } from './ImportSheetOptions.js';
import type { SheetImport } from './SheetImport.js';
import { SheetMappingSchema, type SheetMapping } from './SheetMappingSchema.js';
import type { SheetRow } from './SheetRow.js';
import { mappingAmbiguities } from './_lib/ambiguity.js';
import { buildFromRows } from './_lib/build.js';

/**
 * Imports the rows of a claim sheet into a dataset, with a report of every row it could not take
 * and every guess it made. Fails only when the mapping is not valid (including a wording it gives
 * to two parties, sources, media, subjects, cohorts, date notes or categories, compared as cells
 * are matched: without regard to case or spacing), or when the records the mapping adds do not
 * make a valid dataset; a bad row is refused in the report, never a failure.
 * Pure: the same rows and mapping give the same dataset, in the order of the rows.
 *
 * @param rows - Rows, as {@link readSheet} gives them.
 * @param mapping - How the sheet maps onto the claim sheet (plain JSON; `{}` for the default layout).
 * @param options - `strict: true` refuses the rows it would otherwise take with a guess.
 * @returns The dataset and the report, or the mapping's issues.
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { safeImportSheet } from 'swapledger/sheet';
 * safeImportSheet([], { delimiter: '|' }).success; // false
 * safeImportSheet([], {}).success; // true
 * ```
 */
export function safeImportSheet(
  rows: readonly SheetRow[],
  mapping: unknown,
  options: ImportSheetOptions = {},
): Result<SheetImport, readonly Issue[]> {
  if (!Array.isArray(rows))
    return {
      success: false,
      error: [{ path: [], code: 'invalid-type', message: sheetRowsNotArray() }],
    };
  return safely(() => {
    const checked = constructors(SheetMappingSchema).safe(mapping as SheetMapping);
    if (!checked.success) return checked;
    const ambiguous = mappingAmbiguities(checked.data as SheetMapping);
    if (ambiguous.length > 0) return { success: false, error: ambiguous };
    return buildFromRows(rows, checked.data as SheetMapping, options.strict === true);
  });
}
