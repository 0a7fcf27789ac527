import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { BreakdownPartSchema } from '../claim/ClaimSchema.js';
import { CountSchema } from '../count/CountSchema.js';
import { PartialDateSchema } from '../date/PartialDateSchema.js';
import { IdSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';
import { LEGAL_BASIS_KEYS } from '../taxonomy/legalBases.js';

/**
 * The states an exchange can be in.
 *
 * @example
 * ```ts
 * import { EXCHANGE_STATUSES } from 'swapledger';
 * EXCHANGE_STATUSES.includes('aborted'); // true
 * ```
 */
export const EXCHANGE_STATUSES = [
  'announced',
  'completed',
  'partly-done',
  'cancelled',
  'aborted',
] as const;

/**
 * The zod schema of a {@link Transfer}.
 *
 * @example
 * ```ts
 * import { TransferSchema } from 'swapledger';
 * TransferSchema.safeParse({ id: 't1', from: 'RU', to: 'UA', category: 'people', count: { low: 44, high: 44 } }).success; // true
 * ```
 */
export const TransferSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    from: IdSchema,
    to: IdSchema,
    stage: z.int().min(0).max(1000).exactOptional(),
    category: IdSchema,
    count: CountSchema,
    breakdown: z.array(BreakdownPartSchema).max(200).exactOptional(),
    breakdownComplete: z.boolean().exactOptional(),
    legalBasis: z.enum(LEGAL_BASIS_KEYS).exactOptional(),
    cohorts: z
      .array(z.strictObject({ cohort: IdSchema, count: CountSchema.exactOptional() }))
      .max(50)
      .exactOptional(),
    settles: z.strictObject({ exchange: IdSchema, transfer: IdSchema }).exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * Who released whom to whom in an exchange: the parties, the category (`people`, `remains` or a
 * narrower one), the recorded count and its breakdown, the legal basis, the cohorts it brought
 * home, the stage it happened in, and the earlier transfer it settles (75 returned in return for
 * commanders handed to a third country a year before).
 *
 * @example
 * ```ts
 * import type { Transfer } from 'swapledger';
 * const toRussia: Transfer = { id: 'to-RU', from: 'UA', to: 'RU', category: 'people', count: { low: 40, high: 40 }, legalBasis: 'exchange' };
 * ```
 */
export type Transfer = z.output<typeof TransferSchema>;

/**
 * What TransferSchema accepts, before parsing: the same fields as {@link Transfer}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Transfer} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateTransfer, type TransferInput } from 'swapledger';
 * const read = (values: TransferInput) => safeCreateTransfer(values); // a Transfer when it is valid
 * ```
 */
export type TransferInput = z.input<typeof TransferSchema>;

/**
 * The zod schema of an {@link ExchangeStage}.
 *
 * @example
 * ```ts
 * import { ExchangeStageSchema } from 'swapledger';
 * ExchangeStageSchema.safeParse({ on: '2022-09-21', place: 'Chernihiv region' }).success; // true
 * ```
 */
export const ExchangeStageSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    on: PartialDateSchema,
    place: z.string().max(300).exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * One stage of an exchange: a day (or month) and a place. An exchange over several days has
 * several stages, in date order.
 *
 * @example
 * ```ts
 * import type { ExchangeStage } from 'swapledger';
 * const stage: ExchangeStage = { on: '2022-09-22' };
 * ```
 */
export type ExchangeStage = z.output<typeof ExchangeStageSchema>;

/**
 * The zod schema of an {@link Exchange}.
 *
 * @example
 * ```ts
 * import { ExchangeSchema } from 'swapledger';
 * ExchangeSchema.safeParse({
 *   id: 'ua-ru-2023-04-26', parties: ['UA', 'RU'], status: 'completed',
 *   stages: [{ on: '2023-04-26' }], transfers: [],
 * }).success; // true
 * ```
 */
export const ExchangeSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    parties: z.array(IdSchema).min(2).max(10),
    mediators: z.array(IdSchema).max(10).exactOptional(),
    custodians: z.array(IdSchema).max(10).exactOptional(),
    agreement: OptionalIdSchema,
    agreements: z.array(IdSchema).min(1).max(20).exactOptional(),
    sides: z.array(z.array(IdSchema).min(1).max(10)).min(2).max(10).exactOptional(),
    status: z.enum(EXCHANGE_STATUSES),
    stages: z.array(ExchangeStageSchema).min(1).max(100),
    transfers: z.array(TransferSchema).max(100),
    note: OptionalNoteSchema,
  }),
);

/**
 * What was delivered: the parties, the mediators, third countries that took custody, the
 * agreement it delivers on, its status, its stages over one or more days, and its transfers.
 * Ratios (1 for 1, 1 for 3) are derived from the transfers, never typed in.
 *
 * An exchange that delivers on several agreements (a truce and its extension) lists them in
 * `agreements`. A multilateral exchange, with several states releasing on one side, names its
 * `sides`: each a list of parties, every party on exactly one side; ratios and asymmetry are
 * then computed between sides. Who mediated or hosted it, as each source tells it, is a
 * statement (see `Statement`); `mediators` is the dataset's own summary.
 *
 * @example
 * ```ts
 * import type { Exchange } from 'swapledger';
 * const swap: Exchange = {
 *   id: 'ua-ru-2023-04-26',
 *   parties: ['UA', 'RU'],
 *   status: 'completed',
 *   stages: [{ on: '2023-04-26' }],
 *   transfers: [
 *     { id: 'to-UA', from: 'RU', to: 'UA', category: 'people', count: { low: 44, high: 44 } },
 *     { id: 'to-RU', from: 'UA', to: 'RU', category: 'people', count: { low: 40, high: 40 } },
 *   ],
 * };
 * ```
 */
export type Exchange = z.output<typeof ExchangeSchema>;

/**
 * What ExchangeSchema accepts, before parsing: the same fields as {@link Exchange}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Exchange} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateExchange, type ExchangeInput } from 'swapledger';
 * const read = (values: ExchangeInput) => safeCreateExchange(values); // a Exchange when it is valid
 * ```
 */
export type ExchangeInput = z.input<typeof ExchangeSchema>;

/**
 * One of {@link EXCHANGE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { ExchangeStatus } from 'swapledger';
 * const status: ExchangeStatus = 'partly-done';
 * ```
 */
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];
