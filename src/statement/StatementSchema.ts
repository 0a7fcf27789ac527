import { pure } from '../_lib/pure.js';
import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { CountSchema } from '../count/CountSchema.js';
import { IdSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';
import { ReportedDateSchema } from '../date/ReportedDateSchema.js';
import { CitationSchema } from '../source/CitationSchema.js';

/**
 * The parts a party other than the two sides can play in an exchange, as sources credit them:
 * `mediator` (brokered it), `host` (it took place on its soil), `guarantor` (vouched for the
 * terms), `carrier` (moved the people), `custodian` (held them in between), `observer` (was
 * present, such as the ICRC).
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import { EXCHANGE_ROLES } from 'swapledger';
 * EXCHANGE_ROLES.includes('mediator'); // true
 * ```
 */
export const EXCHANGE_ROLES = [
  'mediator',
  'host',
  'guarantor',
  'carrier',
  'custodian',
  'observer',
] as const;

/**
 * What a source can say happened to an exchange as a whole: it was carried out, only in part,
 * put off, called off before it began, or aborted once under way.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import { EXCHANGE_OUTCOMES } from 'swapledger';
 * EXCHANGE_OUTCOMES.includes('aborted'); // true
 * ```
 */
export const EXCHANGE_OUTCOMES = [
  'completed',
  'partly-done',
  'postponed',
  'cancelled',
  'aborted',
] as const;

/** A whole number of people in a ratio or an equivalence: at least one. */
const Units = /* @__PURE__ */ pure(() => z.int().min(1).max(1_000_000));

/**
 * The zod schema of {@link Terms}.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import { TermsSchema } from 'swapledger';
 * TermsSchema.safeParse({ formula: 'n-for-n', count: 1000 }).success; // true
 * ```
 */
export const TermsSchema = /* @__PURE__ */ model(() =>
  z.discriminatedUnion('formula', [
    z.strictObject({
      formula: z.literal('ratio'),
      give: Units,
      get: Units,
      by: OptionalIdSchema,
      category: OptionalIdSchema,
    }),
    z.strictObject({
      formula: z.literal('n-for-n'),
      count: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
      category: OptionalIdSchema,
    }),
    z.strictObject({ formula: z.literal('all-for-all'), category: OptionalIdSchema }),
    z.strictObject({
      formula: z.literal('scale'),
      unit: IdSchema,
      equivalents: z
        .array(
          z.strictObject({
            category: IdSchema,
            worth: Units,
            wording: z.string().max(300).exactOptional(),
          }),
        )
        .min(1)
        .max(50),
    }),
    z.strictObject({
      formula: z.literal('stages'),
      planned: z
        .array(
          z.strictObject({
            on: ReportedDateSchema.exactOptional(),
            count: CountSchema.exactOptional(),
            to: OptionalIdSchema,
          }),
        )
        .min(1)
        .max(100),
    }),
  ]),
);

/**
 * Terms of an exchange that are not one headcount:
 * - `ratio`: `give` of one side's people for `get` of the other's ("one for ten"); `by` names
 *   the party that gives the `give` side, when said.
 * - `n-for-n`: the same number each way ("1,000 for 1,000").
 * - `all-for-all`: every prisoner of the category each way.
 * - `scale`: a table of equivalents in a `unit` category (an officer of a rank is worth so many
 *   privates, as in the exchange cartels of the 19th century).
 * - `stages`: the split into stages that was planned, to compare with the stages carried out.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import type { Terms } from 'swapledger';
 * const oneForTen: Terms = { formula: 'ratio', give: 1, get: 10 };
 * ```
 */
export type Terms = z.output<typeof TermsSchema>;

/**
 * The zod schema of a {@link Statement}'s `about`.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import { StatedSchema } from 'swapledger';
 * StatedSchema.safeParse({ type: 'role', exchange: 'ua-ru-2025-01-15', party: 'AE', role: 'mediator' }).success; // true
 * ```
 */
export const StatedSchema = /* @__PURE__ */ model(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('role'),
      exchange: OptionalIdSchema,
      agreement: OptionalIdSchema,
      party: IdSchema,
      role: z.enum(EXCHANGE_ROLES),
    }),
    z.strictObject({
      type: z.literal('date'),
      exchange: IdSchema,
      stage: z.int().min(0).max(1000).exactOptional(),
      on: ReportedDateSchema,
    }),
    z.strictObject({
      type: z.literal('ordinal'),
      exchange: IdSchema,
      ordinal: z.int().min(1).max(1_000_000),
      among: z.array(IdSchema).min(2).max(10).exactOptional(),
      through: OptionalIdSchema,
      since: OptionalDateSchema,
    }),
    z.strictObject({
      type: z.literal('outcome'),
      exchange: IdSchema,
      outcome: z.enum(EXCHANGE_OUTCOMES),
      reason: z.string().max(1000).exactOptional(),
    }),
    z.strictObject({
      type: z.literal('terms'),
      exchange: OptionalIdSchema,
      agreement: OptionalIdSchema,
      terms: TermsSchema,
    }),
  ]),
);

/**
 * What a {@link Statement} says, when it is not a headcount:
 * - `role`: a party played a part in an exchange (or an agreement) other than sending or
 *   receiving: mediator, host, guarantor, carrier, custodian, observer.
 * - `date`: when an exchange (or one of its stages) took place, as the source dated it.
 * - `ordinal`: which exchange this was in a series ("the 49th"), counted `among` the parties
 *   (all of the exchange's parties when absent), `through` one intermediary, or `since` a date.
 * - `outcome`: the exchange was completed, partly done, postponed, cancelled or aborted.
 * - `terms`: what was to be exchanged for what (see {@link Terms}).
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import type { Stated } from 'swapledger';
 * const forty9th: Stated = { type: 'ordinal', exchange: 'ua-ru-2024-01-03', ordinal: 49 };
 * ```
 */
export type Stated = z.output<typeof StatedSchema>;

/**
 * The zod schema of a {@link Statement}.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import { StatementSchema } from 'swapledger';
 * StatementSchema.safeParse({
 *   id: 's1',
 *   about: { type: 'role', exchange: 'ua-ru-2025-01-15', party: 'AE', role: 'mediator' },
 *   source: 'ru-mod',
 *   citations: [],
 * }).success; // true
 * ```
 */
export const StatementSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    about: StatedSchema,
    source: IdSchema,
    statedOn: OptionalDateSchema,
    citations: z.array(CitationSchema).max(100),
    denies: z.boolean().exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * A sourced statement that is not a headcount: who mediated or hosted an exchange, when it took
 * place, its number in a series, whether it went ahead, its terms. Like a claim it has a source
 * and citations, so sources that disagree (one side credits one state with mediating, an outlet
 * another) are each recorded and can be compared. `denies` records a denial ("Türkiye played no
 * part"), so a dispute is two statements, not a deleted one.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import type { Statement } from 'swapledger';
 * const uaeMediated: Statement = {
 *   id: 'ua-ru-2025-01-15/mediator',
 *   about: { type: 'role', exchange: 'ua-ru-2025-01-15', party: 'AE', role: 'mediator' },
 *   source: 'ru-mod',
 *   statedOn: '2025-01-15',
 *   citations: [{ url: 'https://themoscowtimes.com/2025/01/15/russia-and-ukraine-exchange-50-pows-in-first-swap-of-2025-a87622' }],
 * };
 * ```
 */
export type Statement = z.output<typeof StatementSchema>;

/**
 * What StatementSchema accepts, before parsing: the same fields as {@link Statement}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Statement} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateStatement, type StatementInput } from 'swapledger';
 * const read = (values: StatementInput) => safeCreateStatement(values); // a Statement when it is valid
 * ```
 */
export type StatementInput = z.input<typeof StatementSchema>;

/**
 * One of {@link EXCHANGE_ROLES}.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import type { ExchangeRole } from 'swapledger';
 * const role: ExchangeRole = 'host';
 * ```
 */
export type ExchangeRole = (typeof EXCHANGE_ROLES)[number];

/**
 * One of {@link EXCHANGE_OUTCOMES}.
 *
 * @since 0.2.0
 * @category Statements
 * @example
 * ```ts
 * import type { ExchangeOutcome } from 'swapledger';
 * const outcome: ExchangeOutcome = 'aborted';
 * ```
 */
export type ExchangeOutcome = (typeof EXCHANGE_OUTCOMES)[number];
