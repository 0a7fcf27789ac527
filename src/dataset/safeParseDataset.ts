import * as messages from '../_lib/messages.js';
import { fail } from '../result/_lib/result.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { safely } from '../validation/_lib/safely.js';
import type { Dataset } from './Dataset.js';
import type { ValidateDatasetOptions } from './ValidateDatasetOptions.js';
import { checkDataset } from './_lib/checkDataset.js';

/**
 * Checks a whole dataset: the format version, every record's shape, and every reference between
 * records — a claim's source, party, exchange, transfer, category, cohort or agreement that does
 * not exist; duplicate ids; stages out of date order; a transfer between parties that are not in
 * its exchange; a breakdown naming a category outside the taxonomy or outside the category of
 * its total; a party aligned with itself through others; the dataset's own taxonomy additions.
 * Returns every problem at once, each with a JSON path, a stable code and a readable message.
 * Never throws, whatever it is given.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - The cap on the number of issues listed; a cap that is not a whole number of 0
 *   or more (or `Infinity`) gives one `invalid-option` issue at `maxIssues`.
 * @returns The dataset (a fresh copy), or the issues.
 * @example
 * ```ts
 * import { safeParseDataset } from 'swapledger';
 * const result = safeParseDataset({
 *   format: 'swapledger/1',
 *   parties: [{ id: 'UA', name: 'Ukraine', kind: 'state' }, { id: 'RU', name: 'Russia', kind: 'state' }],
 *   sources: [{ id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', kind: 'ministry', affiliation: 'RU' }],
 *   exchanges: [],
 *   claims: [{ id: 'c1', subject: { type: 'held', holder: 'RU', of: 'UA' }, value: { low: 6001, high: null }, source: 'ru-mod', citations: [] }],
 * });
 * result.success; // false
 * result.success ? '' : result.error[0]?.message; // 'no source with id "ru-mod" (known: "ru-ministry-of-defence")'
 * ```
 */
export function safeParseDataset(
  input: unknown,
  options?: ValidateDatasetOptions,
): Result<Dataset, readonly Issue[]> {
  // The options are read inside the guard too: a hostile options object gives an issue.
  return safely(() => {
    const max = options?.maxIssues;
    // A cap that is no count is refused rather than read as another (-1 as the default, 2.5 as
    // 2, as it once was).
    if (max !== undefined && max !== Infinity && !(Number.isSafeInteger(max) && max >= 0))
      return fail([
        { path: ['maxIssues'], code: 'invalid-option', message: messages.maxIssuesInvalid(max) },
      ]);
    return checkDataset(input, max ?? 1000).result;
  });
}
