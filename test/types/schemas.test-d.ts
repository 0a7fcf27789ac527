// Type-level tests, compiled by `npm run typecheck`: the hand-written types are exactly the types
// the zod schemas infer, so the runtime rules and the static types cannot drift apart.
import { expectTypeOf } from 'expect-type';
import type { z } from 'zod';
import type {
  Count,
  CountSchema,
  KnownCount,
  KnownCountSchema,
  Lexicon,
  PartialDate,
  PartialDateSchema,
  Result,
  UndisclosedCount,
  UndisclosedCountSchema,
  UnknownCount,
  UnknownCountSchema,
} from '../../src/index.js';
import { defaultLexicon, parseCount, safeParseCount, sumCounts } from '../../src/index.js';

expectTypeOf<Readonly<z.output<typeof KnownCountSchema>>>().toEqualTypeOf<KnownCount>();
expectTypeOf<Readonly<z.output<typeof UnknownCountSchema>>>().toEqualTypeOf<UnknownCount>();
expectTypeOf<Readonly<z.output<typeof UndisclosedCountSchema>>>().toEqualTypeOf<UndisclosedCount>();
expectTypeOf<z.output<typeof CountSchema>>().toExtend<Count>();
expectTypeOf<Count>().toExtend<Readonly<z.output<typeof CountSchema>>>();
expectTypeOf<z.output<typeof PartialDateSchema>>().toEqualTypeOf<PartialDate>();

// The algebra works on known counts only: an absent figure must be handled before summing.
// @ts-expect-error an unknown count cannot be summed
sumCounts([{ status: 'unknown' }]);
expectTypeOf(parseCount).returns.toEqualTypeOf<Count>();
expectTypeOf(safeParseCount('44')).toExtend<Result<Count, readonly unknown[]>>();

// The default lexicon keeps its literal types and satisfies the Lexicon contract.
expectTypeOf(defaultLexicon).toExtend<Lexicon>();
expectTypeOf(defaultLexicon.magnitudes.hundreds.low).toEqualTypeOf<200>();

// Exact optional properties: `best` may be absent but never explicitly undefined.
// @ts-expect-error best is optional, not undefined-valued
const withUndefinedBest: KnownCount = { low: 1, high: 2, best: undefined };
void withUndefinedBest;

// A PartialDate is checked at compile time for the obvious mistakes.
const date: PartialDate = '2023-04-26';
void date;
// @ts-expect-error not shaped like a date
const notADate: PartialDate = 'April 2023';
void notADate;
