import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { ClaimSchema, type Claim } from './ClaimSchema.js';

/**
 * Checks the fields of a {@link Claim} and returns a fresh copy, or every issue found. Never
 * throws. The source, exchange and other records it names are checked by `safeParseDataset`.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateClaim } from 'swapledger';
 * safeCreateClaim({ id: 'c1', subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'RU' }, value: { low: 40, high: 40 }, source: 'ru-mod', statedOn: '2023-04-26', citations: [{ url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/' }] }).success; // true
 * ```
 */
export const safeCreateClaim: (
  input: z.input<typeof ClaimSchema>,
) => Result<Claim, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(ClaimSchema);

/**
 * Makes a {@link Claim}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateClaim}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createClaim } from 'swapledger';
 * const record = createClaim({ id: 'c1', subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'RU' }, value: { low: 40, high: 40 }, source: 'ru-mod', statedOn: '2023-04-26', citations: [{ url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/' }] });
 * ```
 */
export const createClaim: (input: z.input<typeof ClaimSchema>) => Claim =
  /* @__PURE__ */ constructorOf(ClaimSchema);
