import type { Count } from '../count/Count.js';
import type { PhrasePart } from './PhrasePart.js';

/**
 * A phrase read into a count, with the lexicon entries that decided it, so a reader can see why
 * "hundreds" became 200..999.
 *
 * @example
 * ```ts
 * import { explainCount } from 'swapledger';
 * const reading = explainCount('over 2,200');
 * reading.count; // { low: 2201, high: null, wording: 'over 2,200', lexicon: 'swapledger@1.0.0' }
 * reading.entries; // ['bounds["over"] = more-than']
 * explainCount('185 soldiers and 20 civilians').count; // { low: 205, high: 205 }
 * ```
 */
export interface PhraseReading {
  readonly count: Count;
  readonly entries: readonly string[];
  /**
   * When the phrase gave several figures ("185 soldiers and 20 civilians"), each with who it
   * counts; `count` is then their sum. Absent for a phrase with one figure.
   */
  readonly parts?: readonly PhrasePart[];
}
