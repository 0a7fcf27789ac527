import type { Count } from '../count/Count.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { ParseCountOptions } from './ParseCountOptions.js';
import { safeParseCount } from './safeParseCount.js';

/**
 * Reads the words a figure was given in into a {@link Count}; throwing twin of
 * {@link safeParseCount} (it throws a `SwapledgerError` carrying the issue).
 *
 * @param text - The figure as stated.
 * @param options - The lexicon to read with; `defaultLexicon` when absent.
 * @returns The count, with `wording` and `lexicon` set.
 * @example
 * ```ts
 * import { parseCount } from 'swapledger';
 * parseCount('about 40'); // { low: 36, high: 44, best: 40, wording: 'about 40', lexicon: 'swapledger@1.0.0' }
 * parseCount('понад 2200'); // { low: 2201, high: null, … }
 * ```
 */
export function parseCount(text: string, options?: ParseCountOptions): Count {
  return unwrap(safeParseCount(text, options));
}
