import type { z } from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructors } from '../validation/_lib/construct.js';
import { CohortSchema, type Cohort } from './CohortSchema.js';

// Not destructured: a bundler drops an unused pure call, but not a destructuring of one.
const record = /* @__PURE__ */ constructors(CohortSchema);

/**
 * Checks the fields of a {@link Cohort} and returns a fresh copy, or every issue found. Never
 * throws. A cohort's known size is a count; cohorts are tracked, never summed.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateCohort } from 'swapledger';
 * safeCreateCohort({ id: 'azovstal-defenders', name: 'defenders of the Azovstal steelworks' }).success; // true
 * ```
 */
export function safeCreateCohort(
  input: z.input<typeof CohortSchema>,
): Result<Cohort, readonly Issue[]> {
  return record.safe(input);
}

/**
 * Makes a {@link Cohort}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateCohort}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createCohort } from 'swapledger';
 * const record = createCohort({ id: 'azovstal-defenders', name: 'defenders of the Azovstal steelworks' });
 * ```
 */
export function createCohort(input: z.input<typeof CohortSchema>): Cohort {
  return record.strict(input);
}
