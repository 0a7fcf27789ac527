import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { IdSchema, OptionalIdSchema } from '../_lib/fields.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';
import { LEGAL_BASIS_KEYS } from '../taxonomy/legalBases.js';

const category = OptionalIdSchema;

/**
 * Where people died, as a source reports deaths of prisoners: in the holder's custody, while
 * being moved (to an exchange or between places), or during the exchange itself.
 *
 * @since 0.2.0
 * @category Claims
 * @example
 * ```ts
 * import { DEATH_CIRCUMSTANCES } from 'swapledger';
 * DEATH_CIRCUMSTANCES.includes('transport'); // true
 * ```
 */
export const DEATH_CIRCUMSTANCES = ['custody', 'transport', 'exchange'] as const;

/**
 * What happened to a list of names: a side `submitted` it to the other (or to a mediator), it was
 * `requested`, `agreed` as the basis of an exchange, or `handed-over` with the people.
 *
 * @since 0.2.0
 * @category Claims
 * @example
 * ```ts
 * import { LIST_STAGES } from 'swapledger';
 * LIST_STAGES.includes('submitted'); // true
 * ```
 */
export const LIST_STAGES = ['submitted', 'requested', 'agreed', 'handed-over'] as const;

/**
 * The zod schema of a {@link Subject}: what a claim counts, as a structured key.
 *
 * @example
 * ```ts
 * import { SubjectSchema } from 'swapledger';
 * SubjectSchema.safeParse({ type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' }).success; // true
 * ```
 */
export const SubjectSchema = /* @__PURE__ */ model(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('transferred'),
      exchange: IdSchema,
      to: OptionalIdSchema,
      transfer: OptionalIdSchema,
      throughStage: z.int().min(0).max(1000).exactOptional(),
      category,
      cohort: OptionalIdSchema,
    }),
    z.strictObject({
      type: z.literal('exchanged'),
      exchange: IdSchema,
      category,
    }),
    z.strictObject({
      type: z.literal('returned-total'),
      to: IdSchema,
      from: OptionalIdSchema,
      since: OptionalDateSchema,
      through: OptionalIdSchema,
      agreement: OptionalIdSchema,
      legalBasis: z.enum(LEGAL_BASIS_KEYS).exactOptional(),
      registered: z.boolean().exactOptional(),
      category,
      cohort: OptionalIdSchema,
    }),
    z.strictObject({
      type: z.literal('exchanged-total'),
      parties: z.array(IdSchema).min(2).max(10),
      since: OptionalDateSchema,
      through: OptionalIdSchema,
      agreement: OptionalIdSchema,
      category,
    }),
    z.strictObject({
      type: z.literal('held'),
      holder: IdSchema,
      of: IdSchema,
      category,
      cohort: OptionalIdSchema,
      onOfficialLists: z.boolean().exactOptional(),
    }),
    z.strictObject({
      type: z.literal('captured-total'),
      captor: IdSchema,
      of: IdSchema,
      since: OptionalDateSchema,
      category,
      cohort: OptionalIdSchema,
    }),
    z.strictObject({
      type: z.literal('missing'),
      of: IdSchema,
      believedHeldBy: OptionalIdSchema,
      registered: z.boolean().exactOptional(),
      category,
    }),
    z.strictObject({
      type: z.literal('exchange-count'),
      parties: z.array(IdSchema).min(2).max(10),
      since: OptionalDateSchema,
      through: OptionalIdSchema,
      agreement: OptionalIdSchema,
    }),
    z.strictObject({
      type: z.literal('died'),
      of: IdSchema,
      holder: OptionalIdSchema,
      during: z.enum(DEATH_CIRCUMSTANCES).exactOptional(),
      exchange: OptionalIdSchema,
      since: OptionalDateSchema,
      category,
      cohort: OptionalIdSchema,
    }),
    z.strictObject({
      type: z.literal('listed'),
      by: IdSchema,
      to: OptionalIdSchema,
      stage: z.enum(LIST_STAGES).exactOptional(),
      exchange: OptionalIdSchema,
      agreement: OptionalIdSchema,
      category,
    }),
    z.strictObject({
      type: z.literal('agreed'),
      agreement: IdSchema,
      to: OptionalIdSchema,
      category,
    }),
  ]),
);

/**
 * What a claim counts. Claims about the same thing share a subject whatever words they used, so
 * they can be grouped (see `subjectKey`). `category` defaults to `people`; remains are counted
 * with the category `remains` or one of its children.
 * - `transferred`: people moved to a party (`to`) in an exchange; `to` may be absent when the
 *   source did not say which way; `transfer` pins one transfer of the exchange; `throughStage`
 *   makes it the running total inside a multi-day exchange up to that stage (0-based).
 * - `exchanged`: people moved in both directions of an exchange, together.
 * - `returned-total`: the running total returned to a party (`since` a date), optionally only
 *   `through` one intermediary, under one `agreement`, on one `legalBasis` (returned outside
 *   exchanges, for instance), or only the `registered` cases.
 * - `exchanged-total`: the running total moved in both directions between `parties`, with the
 *   same narrowings (a mediating state's count of all captives exchanged through it).
 * - `held`: how many of `of`'s people `holder` holds, optionally only those on official lists or
 *   of one cohort (the residents of a region).
 * - `captured-total`: how many of `of`'s people `captor` has captured in all (held or not),
 *   optionally of one cohort (captured in one operation).
 * - `missing`: how many of a party's people are missing (only `registered` cases, when said), and
 *   who is believed to hold them.
 * - `exchange-count`: how many exchanges the parties have carried out so far, optionally only
 *   those `through` one intermediary (its mediations so far) or under one agreement.
 * - `died`: how many of `of`'s people died while held by `holder`, in custody, in transport or
 *   during an exchange.
 * - `listed`: how many names were on a list `by` one party (`to` another), submitted, requested,
 *   agreed or handed over: names on paper, distinct from people moved.
 * - `agreed`: what an agreement promised to a party (both directions together when `to` is
 *   absent).
 *
 * @example
 * ```ts
 * import type { Subject } from 'swapledger';
 * const freedSoFar: Subject = { type: 'returned-total', to: 'UA', from: 'RU', since: '2022-02-24' };
 * ```
 */
export type Subject = z.output<typeof SubjectSchema>;

/**
 * What SubjectSchema accepts, before parsing: the same fields as {@link Subject}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Subject} from the schema.
 *
 * @example
 * ```ts
 * import { SubjectSchema, type SubjectInput } from 'swapledger';
 * const read = (values: SubjectInput) => SubjectSchema.safeParse(values); // a Subject when it is valid
 * ```
 */
export type SubjectInput = z.input<typeof SubjectSchema>;

/**
 * The kind of a {@link Subject}.
 *
 * @example
 * ```ts
 * import type { SubjectType } from 'swapledger';
 * const kind: SubjectType = 'held';
 * ```
 */
export type SubjectType = Subject['type'];
