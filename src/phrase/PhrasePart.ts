import type { KnownCount } from '../count/Count.js';

/**
 * One figure of a phrase that gave several ("185 soldiers and 20 civilians"): its count, and the
 * words that say who it counts, as written, for `categoryForWording` to look up.
 *
 * @example
 * ```ts
 * import { explainCount } from 'swapledger';
 * const [soldiers] = explainCount('185 soldiers and 20 civilians').parts ?? [];
 * soldiers?.categoryWording; // 'soldiers'
 * soldiers?.count; // { low: 185, high: 185, wording: '185 soldiers', lexicon: 'swapledger@1.0.0' }
 * ```
 */
export interface PhrasePart {
  readonly count: KnownCount;
  readonly categoryWording: string;
}
