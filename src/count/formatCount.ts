import { isKnownCount } from './isKnownCount.js';
import type { Count } from './Count.js';

/** Writes a whole number with commas between thousands, independent of the host's locale. */
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * Writes a count for people to read, in English with comma thousands separators: `44`,
 * `2,201 or more`, `up to 100`, `200–999`, `about 40 (36–44)`, `unknown`, `undisclosed`. The output
 * does not depend on the machine's locale, and `parseCount` reads every form back to the same
 * interval.
 *
 * @param count - Any count.
 * @returns A short phrase.
 * @example
 * ```ts
 * import { formatCount } from 'swapledger';
 * formatCount({ low: 2201, high: null }); // '2,201 or more'
 * formatCount({ low: 36, high: 44, best: 40 }); // 'about 40 (36–44)'
 * formatCount({ status: 'unknown' }); // 'unknown'
 * ```
 */
export function formatCount(count: Count): string {
  if (!isKnownCount(count)) return count.status;
  const { low, high, best } = count;
  let range: string;
  if (high === low) return grouped(low);
  if (high === null) range = `${grouped(low)} or more`;
  else if (low === 0) range = `up to ${grouped(high)}`;
  else range = `${grouped(low)}–${grouped(high)}`;
  return best === undefined ? range : `about ${grouped(best)} (${range})`;
}
