import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { TransferSchema, type Transfer } from './ExchangeSchema.js';

/**
 * Checks the fields of a {@link Transfer} and returns a fresh copy, or every issue found. Never
 * throws. The legal basis is one of `legalBases`.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateTransfer } from 'swapledger';
 * safeCreateTransfer({ id: 'to-RU', from: 'UA', to: 'RU', category: 'seriously-wounded', count: { low: 5, high: 5 }, legalBasis: 'repatriation-of-wounded' }).success; // true
 * ```
 */
export const safeCreateTransfer: (
  input: z.input<typeof TransferSchema>,
) => Result<Transfer, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(TransferSchema);

/**
 * Makes a {@link Transfer}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateTransfer}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createTransfer } from 'swapledger';
 * const record = createTransfer({ id: 'to-RU', from: 'UA', to: 'RU', category: 'seriously-wounded', count: { low: 5, high: 5 }, legalBasis: 'repatriation-of-wounded' });
 * ```
 */
export const createTransfer: (input: z.input<typeof TransferSchema>) => Transfer =
  /* @__PURE__ */ constructorOf(TransferSchema);
