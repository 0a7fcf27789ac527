import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { IdSchema, NameSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';

/**
 * The kinds of party that hold, release or receive people, or mediate between those who do.
 *
 * @example
 * ```ts
 * import { PARTY_KINDS } from 'swapledger';
 * PARTY_KINDS.includes('private-military-company'); // true
 * ```
 */
export const PARTY_KINDS = [
  'state',
  'de-facto-authority',
  'armed-group',
  'private-military-company',
  'state-body',
  'international-organisation',
  'other',
] as const;

/**
 * The zod schema of a {@link Party}: a state, a de facto authority, an armed group, a private
 * military company, a body of a state (an ombudsperson's office), or an international
 * organisation such as the ICRC. `alignedWith` names the party it fights or acts for: a PMC's
 * prisoners count on that side when holdings are summed.
 *
 * @example
 * ```ts
 * import { PartySchema } from 'swapledger';
 * PartySchema.safeParse({ id: 'wagner', name: 'PMC Wagner', kind: 'private-military-company', alignedWith: 'RU' }).success; // true
 * ```
 */
export const PartySchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.enum(PARTY_KINDS),
    alignedWith: OptionalIdSchema,
    note: OptionalNoteSchema,
  }),
);

/**
 * Whoever holds, releases or receives people, or mediates. Mediation and custody are roles on an
 * exchange, not kinds of party: any party can take them.
 *
 * @example
 * ```ts
 * import type { Party } from 'swapledger';
 * const ukraine: Party = { id: 'UA', name: 'Ukraine', kind: 'state' };
 * ```
 */
export type Party = z.output<typeof PartySchema>;

/**
 * What PartySchema accepts, before parsing: the same fields as {@link Party}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Party} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateParty, type PartyInput } from 'swapledger';
 * const read = (values: PartyInput) => safeCreateParty(values); // a Party when it is valid
 * ```
 */
export type PartyInput = z.input<typeof PartySchema>;

/**
 * One of {@link PARTY_KINDS}.
 *
 * @example
 * ```ts
 * import type { PartyKind } from 'swapledger';
 * const kind: PartyKind = 'de-facto-authority';
 * ```
 */
export type PartyKind = (typeof PARTY_KINDS)[number];
