import { harden } from '../validation/_lib/harden.js';
import { z } from 'zod';
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
export const CrosswalkSchema = z.strictObject({
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
});

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

// Hostile values (throwing getters, Proxies) fail validation instead of throwing.
harden(CrosswalkSchema);
