import type { z } from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructors } from '../validation/_lib/construct.js';
import { AgreementSchema, type Agreement } from './AgreementSchema.js';

// Not destructured: a bundler drops an unused pure call, but not a destructuring of one.
const record = /* @__PURE__ */ constructors(AgreementSchema);

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
export function safeCreateAgreement(
  input: z.input<typeof AgreementSchema>,
): Result<Agreement, readonly Issue[]> {
  return record.safe(input);
}

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
export function createAgreement(input: z.input<typeof AgreementSchema>): Agreement {
  return record.strict(input);
}
