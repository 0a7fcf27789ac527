import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { PartialDateSchema } from './PartialDateSchema.js';

/**
 * How sure a source says it is of a date: `stated` (given as fact), `likely` ("probably on the
 * 8th"), `uncertain` ("on the 8th or the 9th, it is not clear").
 *
 * @since 0.2.0
 * @category Dates
 * @example
 * ```ts
 * import { DATE_CERTAINTIES } from 'swapledger';
 * DATE_CERTAINTIES.includes('likely'); // true
 * ```
 */
export const DATE_CERTAINTIES = ['stated', 'likely', 'uncertain'] as const;

/**
 * The zod schema of a {@link ReportedDate}.
 *
 * @since 0.2.0
 * @category Dates
 * @example
 * ```ts
 * import { ReportedDateSchema } from 'swapledger';
 * ReportedDateSchema.safeParse({ from: '2025-06-08', to: '2025-06-09', wording: '8 or 9 June' }).success; // true
 * ```
 */
export const ReportedDateSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    from: PartialDateSchema,
    to: PartialDateSchema.exactOptional(),
    approximate: z.boolean().exactOptional(),
    certainty: z.enum(DATE_CERTAINTIES).exactOptional(),
    wording: z.string().max(300).exactOptional(),
  }),
);

/**
 * A date as a source gave it: a day, month or year (`from`), or a window from `from` to `to`
 * (both inclusive: "8 or 9 June" is `2025-06-08` to `2025-06-09`); `approximate` when the source
 * hedged it ("end of March", "early 2024": the window then bounds the words as read), how sure
 * the source says it is, and its words. A window never ends before it begins (checked by
 * `safeParseDataset`).
 *
 * @since 0.2.0
 * @category Dates
 * @example
 * ```ts
 * import type { ReportedDate } from 'swapledger';
 * const endOfMarch: ReportedDate = { from: '2024-03-21', to: '2024-03-31', approximate: true, wording: 'end of March' };
 * ```
 */
export type ReportedDate = z.output<typeof ReportedDateSchema>;

/**
 * What ReportedDateSchema accepts, before parsing: the same fields as {@link ReportedDate}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link ReportedDate} from the schema.
 *
 * @example
 * ```ts
 * import { ReportedDateSchema, type ReportedDateInput } from 'swapledger';
 * const read = (values: ReportedDateInput) => ReportedDateSchema.safeParse(values); // a ReportedDate when it is valid
 * ```
 */
export type ReportedDateInput = z.input<typeof ReportedDateSchema>;

/**
 * One of {@link DATE_CERTAINTIES}.
 *
 * @since 0.2.0
 * @category Dates
 * @example
 * ```ts
 * import type { DateCertainty } from 'swapledger';
 * const sure: DateCertainty = 'stated';
 * ```
 */
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];
