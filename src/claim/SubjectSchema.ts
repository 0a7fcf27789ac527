import { harden } from '../validation/_lib/harden.js';
import { z } from 'zod';
import { IdSchema, OptionalIdSchema } from '../_lib/fields.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';

const category = OptionalIdSchema;

/**
 * The zod schema of a {@link Subject}: what a claim counts, as a structured key.
 *
 * @example
 * ```ts
 * import { SubjectSchema } from 'swapledger';
 * SubjectSchema.safeParse({ type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' }).success; // true
 * ```
 */
export const SubjectSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('transferred'),
    exchange: IdSchema,
    to: OptionalIdSchema,
    transfer: OptionalIdSchema,
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
    category,
    cohort: OptionalIdSchema,
  }),
  z.strictObject({
    type: z.literal('held'),
    holder: IdSchema,
    of: IdSchema,
    category,
    onOfficialLists: z.boolean().exactOptional(),
  }),
  z.strictObject({
    type: z.literal('captured-total'),
    captor: IdSchema,
    of: IdSchema,
    since: OptionalDateSchema,
    category,
  }),
  z.strictObject({
    type: z.literal('missing'),
    of: IdSchema,
    believedHeldBy: OptionalIdSchema,
    category,
  }),
  z.strictObject({
    type: z.literal('exchange-count'),
    parties: z.array(IdSchema).min(2).max(10),
    since: OptionalDateSchema,
  }),
  z.strictObject({
    type: z.literal('agreed'),
    agreement: IdSchema,
    to: OptionalIdSchema,
    category,
  }),
]);

/**
 * What a claim counts. Claims about the same thing share a subject whatever words they used, so
 * they can be grouped (see `subjectKey`). `category` defaults to `people`; remains are counted
 * with the category `remains` or one of its children.
 * - `transferred`: people moved to a party (`to`) in an exchange; `to` may be absent when the
 *   source did not say which way; `transfer` pins one transfer of the exchange.
 * - `exchanged`: people moved in both directions of an exchange, together.
 * - `returned-total`: the running total returned to a party (`since` a date, optionally only
 *   `through` one intermediary).
 * - `held`: how many of `of`'s people `holder` holds, optionally only those on official lists.
 * - `captured-total`: how many of `of`'s people `captor` has captured in all (held or not).
 * - `missing`: how many of a party's people are missing, and who is believed to hold them.
 * - `exchange-count`: how many exchanges the parties have carried out so far.
 * - `agreed`: what an agreement promised to a party.
 *
 * @example
 * ```ts
 * import type { Subject } from 'swapledger';
 * const freedSoFar: Subject = { type: 'returned-total', to: 'UA', from: 'RU', since: '2022-02-24' };
 * ```
 */
export type Subject = z.output<typeof SubjectSchema>;

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

// Hostile values (throwing getters, Proxies) fail validation instead of throwing.
harden(SubjectSchema);
