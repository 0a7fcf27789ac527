import type { Lexicon } from './Lexicon.js';

/**
 * Options for reading a phrase.
 *
 * @example
 * ```ts
 * import { defaultLexicon, type ParseCountOptions } from 'swapledger';
 * const options: ParseCountOptions = { lexicon: { ...defaultLexicon, approximateShare: 0.05 } };
 * ```
 */
export interface ParseCountOptions {
  /** The policy to read with; `defaultLexicon` when absent. */
  readonly lexicon?: Lexicon;
}
