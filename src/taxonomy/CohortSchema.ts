import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { CountSchema } from '../count/CountSchema.js';
import { IdSchema, NameSchema, OptionalNoteSchema } from '../_lib/fields.js';

/**
 * The zod schema of a {@link Cohort}.
 *
 * @example
 * ```ts
 * import { CohortSchema } from 'swapledger';
 * CohortSchema.safeParse({ id: 'azovstal-defenders', name: 'Azovstal defenders', knownSize: { low: 2250, high: 2750, best: 2500 } }).success; // true
 * ```
 */
export const CohortSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    knownSize: CountSchema.exactOptional(),
    categories: z.array(IdSchema).max(100).exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * A named group that cuts across categories ("Azovstal defenders", "crew of a rescue ship"),
 * with its known size when there is one. Cohorts are tracked (how many of them have come home)
 * but never summed with categories or with each other.
 *
 * @example
 * ```ts
 * import type { Cohort } from 'swapledger';
 * const crew: Cohort = { id: 'sapfir-crew', name: 'crew of the rescue ship Sapfir', categories: ['seafarer'] };
 * ```
 */
export type Cohort = z.output<typeof CohortSchema>;

/**
 * What CohortSchema accepts, before parsing: the same fields as {@link Cohort}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Cohort} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateCohort, type CohortInput } from 'swapledger';
 * const read = (values: CohortInput) => safeCreateCohort(values); // a Cohort when it is valid
 * ```
 */
export type CohortInput = z.input<typeof CohortSchema>;
