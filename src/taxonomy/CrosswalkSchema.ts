import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { IdSchema, LanguageSchema, OptionalIdSchema } from '../_lib/fields.js';

/**
 * The zod schema of a {@link Crosswalk}.
 *
 * @example
 * ```ts
 * import { CrosswalkSchema, defaultCrosswalk } from 'swapledger';
 * CrosswalkSchema.safeParse(defaultCrosswalk).success; // true
 * ```
 */
export const CrosswalkSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    version: z.string().min(1).max(50),
    entries: z
      .array(
        z.strictObject({
          wording: z.string().min(1).max(200),
          category: IdSchema,
          language: LanguageSchema.exactOptional(),
          party: OptionalIdSchema,
        }),
      )
      .max(100_000),
  }),
);

/**
 * A map from the words each side uses for a group of people ("soldiers and sergeants",
 * "національні гвардійці", "военнослужащие") onto categories of the taxonomy. An entry may be
 * limited to the wording of one party.
 *
 * @example
 * ```ts
 * import type { Crosswalk } from 'swapledger';
 * const ours: Crosswalk = { id: 'ours', version: '1', entries: [{ wording: 'defenders', category: 'military', language: 'en' }] };
 * ```
 */
export type Crosswalk = z.output<typeof CrosswalkSchema>;

/**
 * What CrosswalkSchema accepts, before parsing: the same fields as {@link Crosswalk}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Crosswalk} from the schema.
 *
 * @example
 * ```ts
 * import { CrosswalkSchema, type CrosswalkInput } from 'swapledger';
 * const read = (values: CrosswalkInput) => CrosswalkSchema.safeParse(values); // a Crosswalk when it is valid
 * ```
 */
export type CrosswalkInput = z.input<typeof CrosswalkSchema>;
