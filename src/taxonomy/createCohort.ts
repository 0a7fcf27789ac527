import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { CohortSchema, type Cohort } from './CohortSchema.js';

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
export const safeCreateCohort: (
  input: z.input<typeof CohortSchema>,
) => Result<Cohort, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(CohortSchema);

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
export const createCohort: (input: z.input<typeof CohortSchema>) => Cohort =
  /* @__PURE__ */ constructorOf(CohortSchema);
