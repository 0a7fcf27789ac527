/**
 * The number words of one language and how they combine. Values decide the grammar, as for the
 * top-level tables of a {@link Lexicon}: a word may follow another only to fill the room it leaves
 * ("yirmi beş"), and a scale word multiplies the words before it ("iki yüz"). The fields say what
 * differs between languages.
 *
 * @example
 * ```ts
 * import type { NumeralSystem } from 'swapledger';
 * const turkish: NumeralSystem = {
 *   numbers: { iki: 2, elli: 50 },
 *   multipliers: { yüz: 100, bin: 1000 },
 *   bareScales: ['yüz', 'bin'],
 * };
 * ```
 */
export interface NumeralSystem {
  /** Number words and their values ("iki" → 2, "vingt" → 20, "doscientos" → 200). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Scale words that multiply the number before them ("yüz", "bin", "ribu", "mille"). */
  readonly multipliers?: Readonly<Record<string, number>>;
  /** Scale words that stand for one of themselves when no number comes before ("bin" → 1,000). */
  readonly bareScales?: readonly string[];
  /** Words that join the parts of one numeral ("und", "et", "y", "و"); they add nothing. */
  readonly joiners?: readonly string[];
  /** The unit comes first, joined to the tens ("fünfundzwanzig", "خمسة وعشرون"). */
  readonly unitsBeforeTens?: boolean;
  /** Numerals may be written as one word, split into the words above ("zweihundertfünfzig"). */
  readonly compounds?: boolean;
  /** The top-level number and scale words of the lexicon may be used in this system's numerals too. */
  readonly extendsBase?: boolean;
}
