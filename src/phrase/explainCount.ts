import { unwrap } from '../validation/_lib/outcome.js';
import type { ParseCountOptions } from './ParseCountOptions.js';
import type { PhraseReading } from './PhraseReading.js';
import { safeExplainCount } from './safeExplainCount.js';

/**
 * Reads a phrase into a count with the lexicon entries that decided it; throwing twin of
 * {@link safeExplainCount}.
 *
 * @param text - The figure as stated.
 * @param options - The lexicon to read with.
 * @returns The count and the entries used.
 * @example
 * ```ts
 * import { explainCount } from 'swapledger';
 * explainCount('сотні').entries; // ['magnitudes["сотні"] = 200..999']
 * ```
 */
export function explainCount(text: string, options?: ParseCountOptions): PhraseReading {
  return unwrap(safeExplainCount(text, options));
}
