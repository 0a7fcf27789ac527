import type { Count } from '../count/Count.js';
import { fail, ok } from '../result/_lib/result.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import type { ParseCountOptions } from './ParseCountOptions.js';
import type { PhraseIssue } from './PhraseIssue.js';
import { safeExplainCount } from './safeExplainCount.js';

/**
 * Reads the words a figure was given in into a {@link Count}. Never throws; text it cannot read
 * gives an issue naming the offending part and where it is, never a guess.
 *
 * @param text - The figure as stated: "2,238", "over 2,200", "about 40", "up to 100", "сотні",
 * "более 1000", "thousands if not tens of thousands", "undisclosed".
 * @param options - The lexicon to read with; `defaultLexicon` when absent.
 * @returns The count (with `wording` and `lexicon` set), or the issues.
 * @example
 * ```ts
 * import { safeParseCount } from 'swapledger';
 * safeParseCount('over 2,200');
 * // { success: true, data: { low: 2201, high: null, wording: 'over 2,200', lexicon: 'swapledger@1.0.0' } }
 * safeParseCount('a lot').success; // false
 * ```
 */
export function safeParseCount(
  text: string,
  options?: ParseCountOptions,
): Result<Count, readonly (PhraseIssue | Issue)[]> {
  const result = safeExplainCount(text, options);
  return result.success ? ok(result.data.count) : fail(result.error);
}
