import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { CitationSchema, type Citation } from './CitationSchema.js';

/**
 * Checks the fields of a {@link Citation} and returns a fresh copy, or every issue found. Never
 * throws. Use `reportedBy` for a statement known second-hand.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateCitation } from 'swapledger';
 * safeCreateCitation({ url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/', medium: 'statement' }).success; // true
 * ```
 */
export const safeCreateCitation: (
  input: z.input<typeof CitationSchema>,
) => Result<Citation, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(CitationSchema);

/**
 * Makes a {@link Citation}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateCitation}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createCitation } from 'swapledger';
 * const record = createCitation({ url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/', medium: 'statement' });
 * ```
 */
export const createCitation: (input: z.input<typeof CitationSchema>) => Citation =
  /* @__PURE__ */ constructorOf(CitationSchema);
