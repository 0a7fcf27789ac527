import { pure } from '../_lib/pure.js';
import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { noProtoRecord } from './_lib/noProtoRecord.js';
import type { Lexicon } from './Lexicon.js';

const Key = /* @__PURE__ */ pure(() => z.string().min(1).max(100));

const Headcount = /* @__PURE__ */ pure(() => z.int().min(0));
const Range = /* @__PURE__ */ pure(() =>
  z
    .strictObject({ low: Headcount, high: Headcount.nullable() })
    .refine((r) => r.high === null || r.low <= r.high, {
      message: 'low must not exceed high',
      params: { swapledger: 'low-above-high' },
    }),
);
const Bound = /* @__PURE__ */ pure(() =>
  z.enum([
    'more-than',
    'just-over',
    'at-least',
    'at-most',
    'fewer-than',
    'about',
    'almost',
    'just-under',
  ]),
);
const Words = /* @__PURE__ */ pure(() => z.array(Key).readonly());

const NumeralSystem = /* @__PURE__ */ pure(() =>
  z.strictObject({
    numbers: noProtoRecord(Key, Headcount),
    multipliers: noProtoRecord(Key, z.int().min(1)).exactOptional(),
    bareScales: Words.exactOptional(),
    joiners: Words.exactOptional(),
    unitsBeforeTens: z.boolean().exactOptional(),
    compounds: z.boolean().exactOptional(),
    extendsBase: z.boolean().exactOptional(),
  }),
);

/**
 * The zod schema of a {@link Lexicon}, used to check a user's lexicon before it is used. It is
 * built on first use, so that importing the package costs nothing for it.
 *
 * @example
 * ```ts
 * import { LexiconSchema, defaultLexicon } from 'swapledger';
 * LexiconSchema.safeParse(defaultLexicon).success; // true
 * LexiconSchema.safeParse({ ...defaultLexicon, approximateShare: 2 }).success; // false
 * ```
 */
export const LexiconSchema: z.ZodType<Lexicon> = /* @__PURE__ */ model(() =>
  z.lazy(() =>
    z.strictObject({
      id: z.string().min(1).max(100),
      version: z.string().min(1).max(50),
      approximateShare: z.number().min(0).max(1),
      numbers: noProtoRecord(Key, Headcount),
      multipliers: noProtoRecord(Key, z.int().min(1)),
      bounds: noProtoRecord(Key, Bound),
      suffixBounds: noProtoRecord(Key, Bound),
      magnitudes: noProtoRecord(Key, Range),
      vagueMultiples: noProtoRecord(Key, Range),
      disjunctions: z.array(Key).readonly(),
      rangeWords: z.array(z.tuple([Key, Key]).readonly()).readonly(),
      rangeJoiners: z.array(Key).readonly(),
      absent: noProtoRecord(Key, z.enum(['unknown', 'undisclosed', 'zero'])),
      ordinals: noProtoRecord(Key, Headcount),
      nouns: z.array(Key).readonly(),
      numeralSystems: noProtoRecord(Key, NumeralSystem).exactOptional(),
      approximateNumbers: noProtoRecord(Key, z.int().min(1)).exactOptional(),
      fillers: Words.exactOptional(),
      remarks: noProtoRecord(Key, z.enum(['note', 'estimate'])).exactOptional(),
      partJoiners: Words.exactOptional(),
      nounStems: Words.exactOptional(),
      nounLinks: Words.exactOptional(),
    }),
  ),
);
