import type { UnknownCount } from './Count.js';

/**
 * Makes the count of a figure that exists but that nobody gave.
 *
 * @param wording - Optional words that said so.
 * @returns `{ status: 'unknown' }`, with the wording when given.
 * @example
 * ```ts
 * import { unknownCount } from 'swapledger';
 * unknownCount(); // { status: 'unknown' }
 * ```
 */
export function unknownCount(wording?: string): UnknownCount {
  return wording === undefined ? { status: 'unknown' } : { status: 'unknown', wording };
}
