import type { NumeralSystem } from './NumeralSystem.js';

/**
 * What a bound word does to the number after it. With N the number:
 * - `more-than`: N+1 or more ("over 2,200" → 2,201..open)
 * - `just-over`: from N+1 up to N plus the approximate share ("just over 2,000" → 2,001..2,200)
 * - `at-least`: N or more
 * - `at-most`: 0..N ("up to 100")
 * - `fewer-than`: 0..N−1
 * - `about`: N ± the lexicon's approximate share, with N as the best estimate
 * - `almost`: from N less the approximate share up to N ("almost 300" → 270..300)
 * - `just-under`: from N less the approximate share up to N−1 ("just under 2,000" → 1,800..1,999)
 *
 * @example
 * ```ts
 * import type { BoundKind } from 'swapledger';
 * const over: BoundKind = 'more-than';
 * ```
 */
export type BoundKind =
  | 'more-than'
  | 'just-over'
  | 'at-least'
  | 'at-most'
  | 'fewer-than'
  | 'about'
  | 'almost'
  | 'just-under';

/**
 * What a bracketed remark after a figure does to it: a `note` ("(planned)", "(official)")
 * changes nothing; an `estimate` ("(rough estimate)") reads an exact figure as "about" it, and is
 * refused after a bound or a range, where it cannot say how far the bound moves.
 *
 * @example
 * ```ts
 * import type { RemarkKind } from 'swapledger';
 * const planned: RemarkKind = 'note';
 * ```
 */
export type RemarkKind = 'note' | 'estimate';

/**
 * A range that a vague word stands for, such as "hundreds" → 200..999. `high: null` is open.
 *
 * @example
 * ```ts
 * import type { LexiconRange } from 'swapledger';
 * const hundreds: LexiconRange = { low: 200, high: 999 };
 * ```
 */
export interface LexiconRange {
  readonly low: number;
  readonly high: number | null;
}

/**
 * The policy that turns words into counts. It is plain data: what "hundreds" or "about" means is
 * written here once, versioned, and every count read with it records `id@version` in its
 * `lexicon` field. Keys are lower-case phrases of one or more words; apostrophes are written `'`.
 *
 * @example
 * ```ts
 * import { defaultLexicon, type Lexicon } from 'swapledger';
 * const strict: Lexicon = {
 *   ...defaultLexicon,
 *   id: 'newsroom-strict',
 *   version: '1',
 *   magnitudes: { ...defaultLexicon.magnitudes, hundreds: { low: 200, high: 900 } },
 * };
 * ```
 */
export interface Lexicon {
  /** A name for the policy, kept on every count it produced. */
  readonly id: string;
  /** The policy's version; change it whenever a meaning changes. */
  readonly version: string;
  /** How far "about N" may stray from N, as a share of N (0.1 = ±10 %, rounded outward). */
  readonly approximateShare: number;
  /** Number words and their values ("forty" → 40, "двісті" → 200). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Words that multiply what comes before them ("hundred", "thousand", "тисяч"). */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Words before a number that bound it ("over", "up to", "понад", "около"). */
  readonly bounds: Readonly<Record<string, BoundKind>>;
  /** Words after a number that bound it ("or more", "+", "і більше"). */
  readonly suffixBounds: Readonly<Record<string, BoundKind>>;
  /** Vague magnitudes and the ranges they stand for ("hundreds" → 200..999). */
  readonly magnitudes: Readonly<Record<string, LexiconRange>>;
  /** Vague quantities that combine with a multiplier ("several" hundred → 3..9 × 100). */
  readonly vagueMultiples: Readonly<Record<string, LexiconRange>>;
  /** Words that join two readings into their hull ("thousands if not tens of thousands"). */
  readonly disjunctions: readonly string[];
  /** Pairs of words around a range ("between … and …", "від … до …"). */
  readonly rangeWords: readonly (readonly [string, string])[];
  /** Words that join two numbers into a range ("200 to 300"); dashes always do. */
  readonly rangeJoiners: readonly string[];
  /** Whole phrases that say there is no figure, or that it is zero. */
  readonly absent: Readonly<Record<string, 'unknown' | 'undisclosed' | 'zero'>>;
  /** Ordinal words ("third" → 3), read as the number they name. */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Words that may follow a figure to say who was counted; they do not change the count. */
  readonly nouns: readonly string[];
  /**
   * Number words of further languages, by language tag ("tr", "de", "ar" …), each read with its
   * own grammar. A numeral is read in one system; words of the tables above are read as before.
   */
  readonly numeralSystems?: Readonly<Record<string, NumeralSystem>>;
  /** Words that name a round number loosely ("une centaine" → about 100, "un millar" → about 1,000). */
  readonly approximateNumbers?: Readonly<Record<string, number>>;
  /** Words before a figure that say how it was given ("reportedly", "a total of"); the count is unchanged. */
  readonly fillers?: readonly string[];
  /** Remarks in brackets after a figure ("(planned)", "(rough estimate)") and what they do to it. */
  readonly remarks?: Readonly<Record<string, RemarkKind>>;
  /** Words that join the parts of a breakdown ("50 soldiers and 20 civilians"); commas always do. */
  readonly partJoiners?: readonly string[];
  /** Beginnings of words that say who was counted, for languages that inflect them ("asker" → askerin). */
  readonly nounStems?: readonly string[];
  /** Words that may open who was counted ("of", "de", "من") and are left out of a part's wording. */
  readonly nounLinks?: readonly string[];
}
