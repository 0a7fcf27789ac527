import type { UndisclosedCount } from './Count.js';

/**
 * Makes the count of a figure that a party declined to give.
 *
 * @param wording - Optional words of the refusal.
 * @returns `{ status: 'undisclosed' }`, with the wording when given.
 * @example
 * ```ts
 * import { undisclosedCount } from 'swapledger';
 * undisclosedCount('number not disclosed'); // { status: 'undisclosed', wording: 'number not disclosed' }
 * ```
 */
export function undisclosedCount(wording?: string): UndisclosedCount {
  return wording === undefined ? { status: 'undisclosed' } : { status: 'undisclosed', wording };
}
