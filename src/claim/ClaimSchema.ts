import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { CountSchema } from '../count/CountSchema.js';
import { IdSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';
import { ReportedDateSchema } from '../date/ReportedDateSchema.js';
import { LEGAL_BASIS_KEYS } from '../taxonomy/legalBases.js';
import { CitationSchema } from '../source/CitationSchema.js';
import { SubjectSchema } from './SubjectSchema.js';

/**
 * How one claim relates to another.
 *
 * @example
 * ```ts
 * import { CLAIM_LINK_TYPES } from 'swapledger';
 * CLAIM_LINK_TYPES.includes('copies'); // true
 * ```
 */
export const CLAIM_LINK_TYPES = [
  'restates',
  'revises',
  'retracts',
  'contradicts',
  'is-part-of',
  'copies',
] as const;

/**
 * The zod schema of a {@link BreakdownPart}.
 *
 * @example
 * ```ts
 * import { BreakdownPartSchema } from 'swapledger';
 * BreakdownPartSchema.safeParse({ category: 'officer', count: { low: 6, high: 6 }, wording: 'officers' }).success; // true
 * ```
 */
export const BreakdownPartSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    category: IdSchema,
    count: CountSchema,
    wording: z.string().max(300).exactOptional(),
    cohort: OptionalIdSchema,
    stage: z.int().min(0).max(1000).exactOptional(),
    to: OptionalIdSchema,
    place: z.string().max(300).exactOptional(),
    agreement: OptionalIdSchema,
    legalBasis: z.enum(LEGAL_BASIS_KEYS).exactOptional(),
  }),
);

/**
 * One line of a breakdown: a category, how many, and the words the source used for the group.
 * A breakdown can also split along other lines than category, each part saying which: by stage
 * or batch (`stage`), by destination (`to`, a party) or route (`place`), by sub-deal
 * (`agreement`) or by legal basis. A part that only splits along such a line takes the whole's
 * category. One category may appear in two parts for two separate groups, each with its wording.
 * A part may name a cohort (`cohort`: those of its category who belong to it, "among them 30
 * Azovstal defenders"). A cohort may overlap any group, so a part for one beside a part of the same
 * category that names none is a note on some of the people that part counts: the audit does not
 * add it up, takes that part as at least the note, and holds the note alone against the total.
 * Give a note no wording, or its part's: parts of one category in different words are separate
 * groups, and are added up.
 *
 * @example
 * ```ts
 * import type { BreakdownPart } from 'swapledger';
 * const officers: BreakdownPart = { category: 'officer', count: { low: 6, high: 6 } };
 * ```
 */
export type BreakdownPart = z.output<typeof BreakdownPartSchema>;

/**
 * The zod schema of a {@link Claim}.
 *
 * @example
 * ```ts
 * import { ClaimSchema } from 'swapledger';
 * ClaimSchema.safeParse({
 *   id: 'c1',
 *   subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'RU' },
 *   value: { low: 40, high: 40 },
 *   source: 'ru-mod',
 *   citations: [],
 * }).success; // true
 * ```
 */
export const ClaimSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    subject: SubjectSchema,
    value: CountSchema,
    source: IdSchema,
    statedOn: OptionalDateSchema,
    asOf: OptionalDateSchema,
    exchange: OptionalIdSchema,
    citations: z.array(CitationSchema).max(100),
    breakdown: z.array(BreakdownPartSchema).max(200).exactOptional(),
    breakdownComplete: z.boolean().exactOptional(),
    derived: z.boolean().exactOptional(),
    rank: z
      .strictObject({
        level: z.enum(['preferred', 'normal', 'deprecated']),
        reason: z.string().max(1000).exactOptional(),
      })
      .exactOptional(),
    links: z
      .array(z.strictObject({ type: z.enum(CLAIM_LINK_TYPES), claim: IdSchema }))
      .max(100)
      .exactOptional(),
    dated: ReportedDateSchema.exactOptional(),
    share: z
      .strictObject({
        of: IdSchema,
        low: z.number().min(0).max(1),
        high: z.number().min(0).max(1),
        wording: z.string().max(300).exactOptional(),
      })
      .exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * One sourced figure: what is counted (`subject`), the count (`value`, whose `wording` keeps the
 * source's words), who said it (`source`), when it was stated (`statedOn`) and the date it refers
 * to (`asOf`), where it can be read (`citations`; an empty list is allowed and is itself a finding
 * of the audit), and optionally the exchange it was made about, a breakdown by category (with
 * `breakdownComplete` when the source presented it as the whole), `derived` when the source
 * computed the value from parts rather than stating it, a rank with its reason, and links to
 * other claims (an outlet repeating a ministry `copies` it, and is not independent corroboration).
 *
 * `dated` keeps the date the figure refers to as the source gave it, when that is a window or an
 * approximation ("early 2024"); `asOf`, when given too, lies inside it. `share` states the figure
 * relative to another claim (`of`): "more than half of them" is `{ low: 0.5, high: 1 }` of that
 * claim's count; the subject should count a part of what that claim counts. `safeParseDataset`
 * checks that the claim exists and that no chain of shares comes back to where it began.
 *
 * @example
 * ```ts
 * import type { Claim } from 'swapledger';
 * const yermak: Claim = {
 *   id: 'ua-ru-2023-04-26/1',
 *   subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' },
 *   value: { low: 44, high: 44 },
 *   source: 'ua-yermak',
 *   statedOn: '2023-04-26',
 *   citations: [{ url: 'https://example.org/where-it-was-read', medium: 'telegram' }],
 *   breakdown: [
 *     { category: 'enlisted', count: { low: 36, high: 36 }, wording: 'soldiers and sergeants' },
 *     { category: 'officer', count: { low: 6, high: 6 } },
 *     { category: 'civilian', count: { low: 2, high: 2 } },
 *   ],
 *   breakdownComplete: true,
 * };
 * ```
 */
export type Claim = z.output<typeof ClaimSchema>;

/**
 * What ClaimSchema accepts, before parsing: the same fields as {@link Claim}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Claim} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateClaim, type ClaimInput } from 'swapledger';
 * const read = (values: ClaimInput) => safeCreateClaim(values); // a Claim when it is valid
 * ```
 */
export type ClaimInput = z.input<typeof ClaimSchema>;

/**
 * One of {@link CLAIM_LINK_TYPES}.
 *
 * @example
 * ```ts
 * import type { ClaimLinkType } from 'swapledger';
 * const link: ClaimLinkType = 'revises';
 * ```
 */
export type ClaimLinkType = (typeof CLAIM_LINK_TYPES)[number];
