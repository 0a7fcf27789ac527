import { pure } from '../_lib/pure.js';
import { model } from '../validation/_lib/model.js';
import { checkCount } from './_lib/checkCount.js';
import * as z from 'zod';
import * as messages from '../_lib/messages.js';
import { refine } from '../validation/_lib/verdicts.js';

/**
 * Longest `wording` kept on a count, in Unicode code points (an emoji is one).
 *
 * @example
 * ```ts
 * import { MAX_WORDING_LENGTH, safeAssertCount } from 'swapledger';
 * const wording = 'x'.repeat(MAX_WORDING_LENGTH + 1);
 * safeAssertCount({ low: 1, high: 1, wording }).success; // false
 * ```
 */
export const MAX_WORDING_LENGTH = 2000;

/**
 * A number of people: a safe, non-negative integer.
 *
 * @example
 * ```ts
 * import { HeadcountSchema } from 'swapledger';
 * HeadcountSchema.safeParse(44).success; // true
 * HeadcountSchema.safeParse(4.5).success; // false
 * ```
 */
export const HeadcountSchema = /* @__PURE__ */ model(() =>
  z
    .int({
      error: (issue) =>
        issue.code === 'too_big'
          ? messages.headcountTooLarge(Number(issue.input))
          : messages.headcountNotInteger(issue.input),
    })
    .min(0, { error: (issue) => messages.headcountNegative(issue.input as number) }),
);

const WordingSchema = /* @__PURE__ */ pure(() => z.string().max(MAX_WORDING_LENGTH));

/**
 * The zod schema of a {@link KnownCount}: `low` and `high` (or `null` for open-ended) are
 * headcounts with `low <= high`; `best`, if given, lies in `low..high`. Unknown fields are rejected.
 *
 * @example
 * ```ts
 * import { KnownCountSchema } from 'swapledger';
 * KnownCountSchema.safeParse({ low: 36, high: 44, best: 40 }).success; // true
 * KnownCountSchema.safeParse({ low: 44, high: 36 }).success; // false
 * ```
 */
export const KnownCountSchema = /* @__PURE__ */ model(() =>
  refine(
    z.strictObject({
      low: HeadcountSchema,
      high: HeadcountSchema.nullable(),
      best: HeadcountSchema.exactOptional(),
      wording: WordingSchema.exactOptional(),
      lexicon: z.string().max(200).exactOptional(),
    }),
    (count) =>
      (count.high === null || count.low <= count.high) &&
      (count.best === undefined ||
        (count.best >= count.low && (count.high === null || count.best <= count.high))),
    (count, ctx) => {
      if (count.high !== null && count.low > count.high) {
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          message: messages.lowAboveHigh(count.low, count.high),
          params: { swapledger: 'low-above-high' },
        });
      }
      if (
        count.best !== undefined &&
        (count.best < count.low || (count.high !== null && count.best > count.high))
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['best'],
          message: messages.bestOutside(count.best, count.low, count.high),
          params: { swapledger: 'best-outside-range' },
        });
      }
    },
  ),
);

/**
 * The zod schema of an {@link UnknownCount}: `{ status: "unknown" }` with optional wording.
 *
 * @example
 * ```ts
 * import { UnknownCountSchema } from 'swapledger';
 * UnknownCountSchema.safeParse({ status: 'unknown' }).success; // true
 * ```
 */
export const UnknownCountSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    status: z.literal('unknown'),
    wording: WordingSchema.exactOptional(),
  }),
);

/**
 * The zod schema of an {@link UndisclosedCount}: `{ status: "undisclosed" }` with optional wording.
 *
 * @example
 * ```ts
 * import { UndisclosedCountSchema } from 'swapledger';
 * UndisclosedCountSchema.safeParse({ status: 'undisclosed', wording: 'not revealed' }).success; // true
 * ```
 */
export const UndisclosedCountSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    status: z.literal('undisclosed'),
    wording: WordingSchema.exactOptional(),
  }),
);

// Unknown and undisclosed counts as one branch, so that a wrong status is answered with every
// status there is, and an object that is neither form is still read as a known count when it
// comes closer to one.
const StatusCountSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    status: z.enum(['unknown', 'undisclosed']),
    wording: WordingSchema.exactOptional(),
  }),
);

/**
 * The zod schema of any {@link Count}: a known interval, unknown, or undisclosed.
 *
 * @example
 * ```ts
 * import { CountSchema } from 'swapledger';
 * CountSchema.safeParse({ low: 2201, high: null }).success; // true
 * CountSchema.safeParse({ status: 'undisclosed' }).success; // true
 * CountSchema.safeParse({ low: -1, high: 3 }).success; // false
 * ```
 */
export const CountSchema = /* @__PURE__ */ model(
  () =>
    // Typed as the three forms it accepts, which is what the two branches are.
    z.union([KnownCountSchema, StatusCountSchema]) as unknown as z.ZodUnion<
      [typeof KnownCountSchema, typeof UnknownCountSchema, typeof UndisclosedCountSchema]
    >,
  // Its Standard Schema is safeAssertCount's check, with the fields of the form aimed at.
  (schema) => (input) => checkCount(schema, input),
);
