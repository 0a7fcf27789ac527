import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { CountSchema } from '../count/CountSchema.js';
import { IdSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';
import { CitationSchema } from '../source/CitationSchema.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';

/**
 * The zod schema of an {@link AgreementTerm}.
 *
 * @example
 * ```ts
 * import { AgreementTermSchema } from 'swapledger';
 * AgreementTermSchema.safeParse({ category: 'people', formula: 'all-for-all' }).success; // true
 * ```
 */
export const AgreementTermSchema = /* @__PURE__ */ model(() =>
  z.discriminatedUnion('formula', [
    z.strictObject({ formula: z.literal('all-for-all'), category: IdSchema }),
    z.strictObject({
      formula: z.literal('numbers'),
      category: IdSchema,
      numbers: z
        .array(z.strictObject({ to: IdSchema, count: CountSchema }))
        .min(1)
        .max(20),
    }),
    z.strictObject({ formula: z.literal('both-ways'), category: IdSchema, count: CountSchema }),
  ]),
);

/**
 * One promise of an agreement: either "all for all" of a category, or numbers for each receiving
 * party ("1,000 for 1,000" is two numbers; "6,000 bodies each" is two numbers of `remains`), or
 * a `both-ways` figure for the two directions together ("a swap of 1,200 people").
 *
 * @example
 * ```ts
 * import type { AgreementTerm } from 'swapledger';
 * const thousandForThousand: AgreementTerm = {
 *   formula: 'numbers',
 *   category: 'people',
 *   numbers: [{ to: 'UA', count: { low: 1000, high: 1000 } }, { to: 'RU', count: { low: 1000, high: 1000 } }],
 * };
 * ```
 */
export type AgreementTerm = z.output<typeof AgreementTermSchema>;

/**
 * The zod schema of an {@link Agreement}.
 *
 * @example
 * ```ts
 * import { AgreementSchema } from 'swapledger';
 * AgreementSchema.safeParse({ id: 'a1', parties: ['UA', 'RU'], terms: [{ formula: 'all-for-all', category: 'people' }] }).success; // true
 * ```
 */
export const AgreementSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    parties: z.array(IdSchema).min(2).max(10),
    mediators: z.array(IdSchema).max(10).exactOptional(),
    agreedOn: OptionalDateSchema,
    announcedOn: OptionalDateSchema,
    terms: z.array(AgreementTermSchema).max(50),
    extends: OptionalIdSchema,
    source: OptionalIdSchema,
    citations: z.array(CitationSchema).max(100).exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * What the parties agreed to exchange, as terms. The terms may be left empty when they are known
 * only from claims about the agreement (subject `agreed`). What was delivered is recorded on
 * exchanges that name the agreement.
 *
 * `extends` names the agreement this one prolongs or adds to (a truce and its extension); an
 * exchange may deliver on both. `source` and `citations` say who made the terms known and where;
 * terms that sources state differently are statements of type `terms`. A `both-ways` term is a
 * figure agreed for both directions together.
 *
 * @example
 * ```ts
 * import type { Agreement } from 'swapledger';
 * const allForAll: Agreement = { id: 'all-for-all', parties: ['UA', 'RU'], terms: [{ formula: 'all-for-all', category: 'people' }] };
 * ```
 */
export type Agreement = z.output<typeof AgreementSchema>;

/**
 * What AgreementSchema accepts, before parsing: the same fields as {@link Agreement}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Agreement} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateAgreement, type AgreementInput } from 'swapledger';
 * const read = (values: AgreementInput) => safeCreateAgreement(values); // a Agreement when it is valid
 * ```
 */
export type AgreementInput = z.input<typeof AgreementSchema>;
