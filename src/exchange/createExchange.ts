import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { ExchangeSchema, type Exchange } from './ExchangeSchema.js';

/**
 * Checks the fields of a {@link Exchange} and returns a fresh copy, or every issue found. Never
 * throws. Stage order and the parties of transfers are checked by `safeParseDataset`.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateExchange } from 'swapledger';
 * safeCreateExchange({ id: 'x1', parties: ['UA', 'RU'], status: 'announced', stages: [{ on: '2023-04' }], transfers: [] }).success; // true
 * ```
 */
export const safeCreateExchange: (
  input: z.input<typeof ExchangeSchema>,
) => Result<Exchange, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(ExchangeSchema);

/**
 * Makes a {@link Exchange}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateExchange}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createExchange } from 'swapledger';
 * const record = createExchange({ id: 'x1', parties: ['UA', 'RU'], status: 'announced', stages: [{ on: '2023-04' }], transfers: [] });
 * ```
 */
export const createExchange: (input: z.input<typeof ExchangeSchema>) => Exchange =
  /* @__PURE__ */ constructorOf(ExchangeSchema);
