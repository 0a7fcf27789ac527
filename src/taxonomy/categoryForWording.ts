import { defaultCrosswalk } from './defaultCrosswalk.js';
import type { Crosswalk } from './CrosswalkSchema.js';

const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/**
 * Looks up the category a side's own words stand for. Matching ignores case, spacing and
 * apostrophe style. An entry limited to one party is preferred for that party's wording.
 *
 * @param wording - The words as stated ("soldiers and sergeants", "нацгвардійці").
 * @param crosswalk - Where to look; `defaultCrosswalk` when absent.
 * @param party - The party whose wording it is, if known.
 * @returns The category id, or `undefined` when the crosswalk has no entry.
 * @example
 * ```ts
 * import { categoryForWording } from 'swapledger';
 * categoryForWording('Soldiers and sergeants'); // 'enlisted'
 * categoryForWording('военнопленные'); // 'military'
 * categoryForWording('volunteers'); // undefined
 * ```
 */
export function categoryForWording(
  wording: string,
  crosswalk: Crosswalk = defaultCrosswalk,
  party?: string,
): string | undefined {
  const wanted = normalize(wording);
  let general: string | undefined;
  for (const entry of crosswalk.entries) {
    if (normalize(entry.wording) !== wanted) continue;
    if (entry.party === undefined) general ??= entry.category;
    else if (entry.party === party) return entry.category;
  }
  return general;
}
