import { unwrap } from '../validation/_lib/outcome.js';
import type { Dataset } from './Dataset.js';
import type { ValidateDatasetOptions } from './ValidateDatasetOptions.js';
import { safeParseDataset } from './safeParseDataset.js';

/**
 * Throwing twin of {@link safeParseDataset}: returns the validated dataset or throws a
 * `SwapledgerError` carrying every issue.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - The cap on the number of issues listed.
 * @returns The dataset, a fresh copy.
 * @example
 * ```ts
 * import { parseDataset } from 'swapledger';
 * parseDataset({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] }).claims; // []
 * ```
 */
export function parseDataset(input: unknown, options?: ValidateDatasetOptions): Dataset {
  return unwrap(safeParseDataset(input, options));
}
