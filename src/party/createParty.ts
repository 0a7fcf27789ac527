import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { PartySchema, type Party } from './PartySchema.js';

/**
 * Checks the fields of a {@link Party} and returns a fresh copy, or every issue found. Never
 * throws. References to other records are checked by `safeParseDataset`.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateParty } from 'swapledger';
 * safeCreateParty({ id: 'wagner', name: 'PMC Wagner', kind: 'private-military-company', alignedWith: 'RU' }).success; // true
 * ```
 */
export const safeCreateParty: (
  input: z.input<typeof PartySchema>,
) => Result<Party, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(PartySchema);

/**
 * Makes a {@link Party}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateParty}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createParty } from 'swapledger';
 * const record = createParty({ id: 'wagner', name: 'PMC Wagner', kind: 'private-military-company', alignedWith: 'RU' });
 * ```
 */
export const createParty: (input: z.input<typeof PartySchema>) => Party =
  /* @__PURE__ */ constructorOf(PartySchema);
