import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { AgreementSchema, type Agreement } from './AgreementSchema.js';

/**
 * Checks the fields of a {@link Agreement} and returns a fresh copy, or every issue found. Never
 * throws. Terms name the receiving parties and the category.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateAgreement } from 'swapledger';
 * safeCreateAgreement({ id: 'all-for-all', parties: ['UA', 'RU'], terms: [{ formula: 'all-for-all', category: 'people' }] }).success; // true
 * ```
 */
export const safeCreateAgreement: (
  input: z.input<typeof AgreementSchema>,
) => Result<Agreement, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(AgreementSchema);

/**
 * Makes a {@link Agreement}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateAgreement}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createAgreement } from 'swapledger';
 * const record = createAgreement({ id: 'all-for-all', parties: ['UA', 'RU'], terms: [{ formula: 'all-for-all', category: 'people' }] });
 * ```
 */
export const createAgreement: (input: z.input<typeof AgreementSchema>) => Agreement =
  /* @__PURE__ */ constructorOf(AgreementSchema);
