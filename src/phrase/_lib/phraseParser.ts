import type { BoundKind, Lexicon, LexiconRange } from '../Lexicon.js';
import type { PhraseIssue } from '../PhraseIssue.js';
import type { IssueCode } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';

/** The most characters a phrase may have; longer text is refused before it is scanned. */
export const MAX_PHRASE_LENGTH = 500;

type TokenKind = 'number' | 'word' | 'dash' | 'open' | 'close' | 'comma';

interface Token {
  readonly kind: TokenKind;
  /** Lower-cased text with apostrophes unified; for numbers, the raw digits and separators. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A number written with an ordinal suffix ("36th"). */
  readonly ordinal: boolean;
  /** The token touches the previous one with no space between ("2,200-plus", "forty-four"). */
  readonly joined: boolean;
}

/** A reading in progress: an interval with an optional best estimate. */
export interface Interval {
  readonly low: number;
  readonly high: number | null;
  readonly best?: number;
}

export type Reading =
  | { readonly kind: 'count'; readonly interval: Interval; readonly entries: readonly string[] }
  | {
      readonly kind: 'absent';
      readonly status: 'unknown' | 'undisclosed' | 'zero';
      readonly entries: readonly string[];
    };

class Unreadable extends Error {
  constructor(readonly issue: PhraseIssue) {
    super(issue.message);
  }
}

const APOSTROPHES = /[\u2019\u02bc\u0060\u2032\u00b4]/g;
const SPACE = /[\s\u00a0\u202f\u2009\u2007]/u;

function normalizeWord(text: string): string {
  return text.replace(APOSTROPHES, "'").toLowerCase();
}

// Digits grouped by spaces ("2 238") come first so the space is read as a separator; then digits
// grouped by commas, dots or apostrophes ("2,238", "2.238", "1'000") or a decimal ("2.2").
const NUMBER_SPACED = /\d{1,3}(?:[\u0020\u00a0\u202f\u2009\u2007]\d{3}(?![\d]))+(?![.,]\d)/y;
const NUMBER_PLAIN = /\d+(?:[.,']\d+)*/y;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/uy;
const WORD = /[\p{L}'\u2019\u02bc][\p{L}'\u2019\u02bc]*\.?/uy;

function tokenize(text: string, lexiconWords: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = -1;
  const push = (kind: TokenKind, value: string, start: number, end: number, ordinal = false) => {
    tokens.push({ kind, text: value, start, end, ordinal, joined: start === lastEnd });
    lastEnd = end;
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    if (SPACE.test(ch)) {
      i += 1;
      continue;
    }
    if (/\d/.test(ch)) {
      NUMBER_SPACED.lastIndex = i;
      let m = NUMBER_SPACED.exec(text);
      if (!m) {
        NUMBER_PLAIN.lastIndex = i;
        m = NUMBER_PLAIN.exec(text);
      }
      const raw = m ? m[0] : ch;
      let end = i + raw.length;
      ORDINAL_SUFFIX.lastIndex = end;
      const ord = ORDINAL_SUFFIX.exec(text);
      if (ord) end += ord[0].length;
      push('number', raw, i, end, ord !== null);
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      let value = normalizeWord(word[0]);
      let end = i + word[0].length;
      // A trailing dot belongs to the word only for abbreviations the lexicon knows ("тис.").
      if (value.endsWith('.') && !lexiconWords.has(value)) {
        value = value.slice(0, -1);
        end -= 1;
      }
      push('word', value, i, end);
      i = end;
      continue;
    }
    if (/[-\u2010\u2011\u2012\u2013\u2014\u2212]/.test(ch)) push('dash', '-', i, i + 1);
    else if (ch === '(') push('open', ch, i, i + 1);
    else if (ch === ')') push('close', ch, i, i + 1);
    else if (ch === ',') push('comma', ch, i, i + 1);
    else {
      // Any other symbol is a one-character word, so the lexicon can give it a meaning ("+", "~").
      const cp = text.codePointAt(i) ?? 0;
      const symbol = String.fromCodePoint(cp);
      push('word', symbol, i, i + symbol.length);
      i += symbol.length;
      continue;
    }
    i += 1;
  }
  return tokens;
}

interface Entry<V> {
  readonly key: string;
  readonly words: readonly string[];
  readonly value: V;
}

type Table<V> = ReadonlyMap<string, readonly Entry<V>[]>;

function index<V>(record: Readonly<Record<string, V>>): Table<V> {
  const map = new Map<string, Entry<V>[]>();
  for (const key of Object.keys(record)) {
    const words = normalizeWord(key)
      .split(/\s+/)
      .filter((w) => w !== '');
    const first = words[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push({ key, words, value: record[key] as V });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly words: ReadonlySet<string>;
  readonly numbers: Table<number>;
  readonly multipliers: Table<number>;
  readonly bounds: Table<BoundKind>;
  readonly suffixBounds: Table<BoundKind>;
  readonly magnitudes: Table<LexiconRange>;
  readonly vagueMultiples: Table<LexiconRange>;
  readonly disjunctions: Table<true>;
  readonly rangeOpeners: Table<string>;
  readonly rangeJoiners: Table<true>;
  readonly absent: Table<'unknown' | 'undisclosed' | 'zero'>;
  readonly ordinals: Table<number>;
  readonly nouns: Table<true>;
}

const flags = (list: readonly string[]): Record<string, true> =>
  Object.fromEntries(list.map((w) => [w, true] as const));

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/** Indexes a lexicon for matching; cached per lexicon object, a frozen snapshot. */
export function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const words = new Set<string>();
  const collect = (keys: readonly string[]) => {
    for (const key of keys) for (const w of normalizeWord(key).split(/\s+/)) words.add(w);
  };
  collect(Object.keys(lexicon.numbers));
  collect(Object.keys(lexicon.multipliers));
  collect(Object.keys(lexicon.bounds));
  collect(Object.keys(lexicon.suffixBounds));
  collect(Object.keys(lexicon.ordinals));
  const result: CompiledLexicon = {
    lexicon,
    words,
    numbers: index(lexicon.numbers),
    multipliers: index(lexicon.multipliers),
    bounds: index(lexicon.bounds),
    suffixBounds: index(lexicon.suffixBounds),
    magnitudes: index(lexicon.magnitudes),
    vagueMultiples: index(lexicon.vagueMultiples),
    disjunctions: index(flags(lexicon.disjunctions)),
    rangeOpeners: index(
      Object.fromEntries(lexicon.rangeWords.map(([open, close]) => [open, close])),
    ),
    rangeJoiners: index(flags(lexicon.rangeJoiners)),
    absent: index(lexicon.absent),
    ordinals: index(lexicon.ordinals),
    nouns: index(flags(lexicon.nouns)),
  };
  compiled.set(lexicon, result);
  return result;
}

interface Amount {
  readonly value: number;
  /** For a rounded figure ("2.2 thousand"), the whole numbers that round to it. */
  readonly rounding?: { readonly low: number; readonly high: number };
  readonly start: number;
  readonly end: number;
  readonly entries: readonly string[];
}

/** Reads one phrase with a compiled lexicon. Throws `Unreadable`; callers catch it. */
class Parser {
  private i = 0;
  private readonly entries: string[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledLexicon,
  ) {}

  private fail(code: IssueCode, from: number, to: number, why: string): never {
    const part = this.text.slice(from, to);
    const message =
      code === 'ambiguous-number'
        ? messages.phraseAmbiguous(part, from, why)
        : messages.phraseUnreadable(part, from, why);
    throw new Unreadable({ path: [], code, message, part, start: from, end: to });
  }

  private failAt(token: Token | undefined, why: string): never {
    if (token === undefined) {
      return this.fail('unreadable-phrase', this.text.length, this.text.length, why);
    }
    const last = this.tokens[this.tokens.length - 1] ?? token;
    return this.fail('unreadable-phrase', token.start, Math.max(token.end, last.end), why);
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  /** Tries to match an entry of `table` at the current position; advances past it on success. */
  private take<V>(table: Table<V>, name: string, at = this.i): Entry<V> | undefined {
    const first = this.tokens[at];
    if (first === undefined || first.kind !== 'word') return undefined;
    const candidates = table.get(first.text);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      let ok = true;
      for (let k = 0; k < entry.words.length; k += 1) {
        const token = this.tokens[at + k];
        if (token === undefined || token.kind !== 'word' || token.text !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        this.i = at + entry.words.length;
        this.entries.push(`${name}[${JSON.stringify(entry.key)}]${describeValue(entry.value)}`);
        return entry;
      }
    }
    return undefined;
  }

  private peekTable<V>(table: Table<V>): boolean {
    const saveI = this.i;
    const saveEntries = this.entries.length;
    const found = this.take(table, '') !== undefined;
    this.i = saveI;
    this.entries.length = saveEntries;
    return found;
  }

  read(): Reading {
    const absent = this.take(this.lex.absent, 'absent');
    if (absent && this.i === this.tokens.length) {
      return { kind: 'absent', status: absent.value, entries: this.entries };
    }
    this.i = 0;
    this.entries.length = 0;
    let interval = this.quantity();
    for (;;) {
      const save = this.i;
      if (this.peek()?.kind === 'comma') this.i += 1;
      if (!this.take(this.lex.disjunctions, 'disjunctions')) {
        this.i = save;
        break;
      }
      const other = this.quantity();
      interval = {
        low: Math.min(interval.low, other.low),
        high:
          interval.high === null || other.high === null
            ? null
            : Math.max(interval.high, other.high),
      };
    }
    this.nouns();
    const rest = this.peek();
    if (rest !== undefined) {
      if (
        rest.kind === 'word' &&
        (rest.text === 'for' || rest.text === 'на' || rest.text === 'за')
      ) {
        this.failAt(rest, 'this reads as an exchange ratio ("N for M"); give one side\'s figure');
      }
      this.failAt(rest, 'the lexicon has no meaning for these words after the figure');
    }
    return { kind: 'count', interval, entries: this.entries };
  }

  private nouns(): void {
    // "thousands, if not tens of thousands, of civilians": a comma may set the nouns apart.
    if (this.peek()?.kind === 'comma') {
      this.i += 1;
      if (!this.peekTable(this.lex.nouns)) {
        this.i -= 1;
        return;
      }
    }
    while (this.take(this.lex.nouns, 'nouns')) {
      // Words naming who was counted carry no number; skip them.
    }
  }

  /**
   * One reading, refused when a bound would leave the whole numbers a headcount can be (at most
   * `Number.MAX_SAFE_INTEGER`, as everywhere in the package): "over 9007199254740991" would start
   * above it, "about 9007199254740991" end above it.
   */
  private quantity(): Interval {
    const from = this.i;
    const interval = this.reading();
    const { low, high, best } = interval;
    const whole = (n: number | null | undefined) =>
      n === null || n === undefined || Number.isSafeInteger(n);
    if (!whole(low) || !whole(high) || !whole(best)) {
      const first = this.tokens[from];
      const last = this.tokens[this.i - 1];
      this.fail(
        'unreadable-phrase',
        first?.start ?? 0,
        last?.end ?? this.text.length,
        messages.phraseTooLarge(),
      );
    }
    return interval;
  }

  private reading(): Interval {
    const start = this.peek();
    if (start === undefined) return this.failAt(undefined, 'a number was expected here');

    const opener = this.take(this.lex.rangeOpeners, 'rangeWords');
    if (opener) {
      const closeWords = normalizeWord(opener.value).split(/\s+/);
      const low = this.amount(closeWords[0]);
      const closer = this.take(index({ [closeWords.join(' ')]: true }), 'rangeWords');
      if (!closer) this.failAt(this.peek(), `expected "${opener.value}" and a second number`);
      const high = this.amount();
      return this.range(low, high);
    }

    const bound = this.take(this.lex.bounds, 'bounds');
    if (bound) {
      const amount = this.amount();
      if (bound.value === 'about' && this.peek()?.kind === 'open') return this.bracketed(amount);
      return this.applyBound(bound.value, amount);
    }

    const magnitude = this.magnitude();
    if (magnitude) return magnitude;

    const amount = this.amount();
    const next = this.peek();
    if (next?.kind === 'dash' && this.peek(1)?.kind === 'number') {
      this.i += 1;
      return this.range(amount, this.amount());
    }
    if (
      next?.kind === 'word' &&
      this.peekTable(this.lex.rangeJoiners) &&
      this.peek(1)?.kind === 'number'
    ) {
      this.take(this.lex.rangeJoiners, 'rangeJoiners');
      return this.range(amount, this.amount());
    }
    // "2,200-plus", "2,200+" and "44 or more" bound the number from after it.
    const save = this.i;
    if (next?.kind === 'dash' && next.joined) this.i += 1;
    const suffix = this.take(this.lex.suffixBounds, 'suffixBounds');
    if (suffix) return this.applyBound(suffix.value, amount);
    this.i = save;
    if (amount.rounding) return { ...amount.rounding, best: amount.value };
    return { low: amount.value, high: amount.value };
  }

  /** "about 40 (36–44)": the bracket gives the interval, the number before it the best estimate. */
  private bracketed(amount: Amount): Interval {
    const open = this.peek();
    this.i += 1;
    const inner = this.quantity();
    const close = this.peek();
    if (close?.kind !== 'close') this.failAt(close ?? open, 'a closing bracket was expected');
    this.i += 1;
    if (amount.value < inner.low || (inner.high !== null && amount.value > inner.high)) {
      this.fail(
        'unreadable-phrase',
        open?.start ?? amount.start,
        close.end,
        `the bracketed range does not contain ${amount.value}`,
      );
    }
    return inner.low === inner.high
      ? { low: inner.low, high: inner.high }
      : { low: inner.low, high: inner.high, best: amount.value };
  }

  private range(low: Amount, high: Amount): Interval {
    if (low.value > high.value) {
      this.fail(
        'unreadable-phrase',
        low.start,
        high.end,
        `a range runs from the lower number to the higher, but ${low.value} is above ${high.value}`,
      );
    }
    return { low: low.value, high: high.value };
  }

  private applyBound(kind: BoundKind, amount: Amount): Interval {
    const n = amount.value;
    const share = this.lex.lexicon.approximateShare;
    switch (kind) {
      case 'more-than':
        return { low: n + 1, high: null };
      case 'at-least':
        return { low: n, high: null };
      case 'at-most':
        return { low: 0, high: n };
      case 'fewer-than':
        if (n === 0)
          this.fail(
            'unreadable-phrase',
            amount.start,
            amount.end,
            'fewer than zero people is impossible',
          );
        return { low: 0, high: n - 1 };
      case 'about': {
        const spread = Math.ceil(n * share);
        const low = Math.max(0, n - spread);
        return spread === 0 ? { low: n, high: n } : { low, high: n + spread, best: n };
      }
      case 'almost':
        return { low: Math.max(0, n - Math.ceil(n * share)), high: n };
    }
  }

  /** A vague magnitude ("hundreds", "tens of thousands", "several hundred"), or undefined. */
  private magnitude(): Interval | undefined {
    const direct = this.take(this.lex.magnitudes, 'magnitudes');
    if (direct) return direct.value;
    const save = this.i;
    const saveEntries = this.entries.length;
    const vague = this.take(this.lex.vagueMultiples, 'vagueMultiples');
    if (!vague) return undefined;
    const multiplier = this.take(this.lex.multipliers, 'multipliers');
    if (!multiplier) {
      this.i = save;
      this.entries.length = saveEntries;
      return undefined;
    }
    const m = multiplier.value;
    const { low, high } = vague.value;
    return { low: low * m, high: high === null ? null : (high + 1) * m - 1 };
  }

  /**
   * A number: digits (with an optional multiplier word after them), or number words. `closer` is
   * the first word that ends the range being read, if any.
   */
  private amount(closer?: string): Amount {
    const token = this.peek();
    if (token === undefined) return this.failAt(undefined, 'a number was expected at the end');
    if (token.kind === 'number') {
      this.i += 1;
      const read = this.readDigits(token);
      const multiplier = token.ordinal ? undefined : this.take(this.lex.multipliers, 'multipliers');
      if (multiplier) {
        const value = Math.round(read.value * multiplier.value * 1e6) / 1e6;
        if (!Number.isInteger(value)) {
          this.fail(
            'unreadable-phrase',
            token.start,
            this.tokens[this.i - 1]?.end ?? token.end,
            'this is not a whole number of people',
          );
        }
        const end = this.tokens[this.i - 1]?.end ?? token.end;
        // "2.2 thousand" is given to the nearest hundred: every whole number that rounds to it.
        const unit = multiplier.value / 10 ** read.decimals;
        if (read.decimals === 0 || unit < 2) {
          return this.safe({ value, start: token.start, end, entries: [] });
        }
        const rounding = {
          low: Math.ceil(value - unit / 2),
          high: Math.ceil(value + unit / 2) - 1,
        };
        return this.safe({ value, rounding, start: token.start, end, entries: [] });
      }
      if (!Number.isInteger(read.value)) {
        this.fail(
          'ambiguous-number',
          token.start,
          token.end,
          'a headcount is a whole number, and this reads as a fraction',
        );
      }
      return this.safe({ value: read.value, start: token.start, end: token.end, entries: [] });
    }
    const words = this.numberWords(closer);
    if (words) return this.safe(words);
    const ordinal = this.take(this.lex.ordinals, 'ordinals');
    if (ordinal) return { value: ordinal.value, start: token.start, end: token.end, entries: [] };
    if (token.kind === 'word' && this.lex.words.has(token.text)) {
      return this.failAt(token, 'a number was expected here');
    }
    return this.failAt(token, 'this is not a number the lexicon knows');
  }

  private safe(amount: Amount): Amount {
    if (amount.value > Number.MAX_SAFE_INTEGER) {
      this.fail('unreadable-phrase', amount.start, amount.end, messages.phraseTooLarge());
    }
    return amount;
  }

  /** Reads a digit group: "2,238", "2 238", "2.238" (thousands) or "2.2" (a decimal, kept as such). */
  private readDigits(token: Token): { value: number; decimals: number } {
    const raw = token.text;
    const separators = raw.match(/[^\d]/g) ?? [];
    if (separators.length === 0) return { value: Number(raw), decimals: 0 };
    const groups = raw.split(/[^\d]/);
    const sameSeparator = separators.every((s) => s === separators[0]);
    const thousands =
      sameSeparator &&
      (groups[0]?.length ?? 0) <= 3 &&
      groups.slice(1).every((g) => g.length === 3);
    if (thousands) return { value: Number(groups.join('')), decimals: 0 };
    if (separators.length === 1 && (separators[0] === '.' || separators[0] === ',')) {
      return {
        value: Number(`${groups[0] ?? ''}.${groups[1] ?? ''}`),
        decimals: groups[1]?.length ?? 0,
      };
    }
    return this.fail(
      'ambiguous-number',
      token.start,
      token.end,
      'the separators do not group digits in threes, so the number cannot be told apart from a decimal',
    );
  }

  /**
   * English, Ukrainian or Russian number words: "forty-four", "one hundred and six", "дві тисячі".
   * The words are collected first (number words, scale words, "and" after a scale word, a hyphen
   * between two number words), then {@link evaluateNumeral} decides whether they name one number.
   * `closer` is the word that ends a range being read ("between … and …"): an "and" that would make
   * the words unreadable is then taken as the end of the first number instead.
   */
  private numberWords(closer?: string): Amount | undefined {
    const startToken = this.peek();
    if (startToken === undefined) return undefined;
    const save = this.i;
    const saveEntries = this.entries.length;
    const items: NumeralItem[] = [];
    /** Where each "and" joiner sat: the token, the entries and the items read before it. */
    const joiners: { token: number; entries: number; items: number }[] = [];
    const span = (from: number) => ({
      start: this.tokens[from]?.start ?? startToken.start,
      end: this.tokens[this.i - 1]?.end ?? startToken.end,
    });
    // "a hundred", "a thousand": the article stands for one, before a scale word only.
    if (startToken.kind === 'word' && (startToken.text === 'a' || startToken.text === 'an')) {
      this.i += 1;
      const scale = this.take(this.lex.multipliers, 'multipliers');
      if (scale) {
        const article = { start: startToken.start, end: startToken.end };
        items.push({ kind: 'number', value: 1, hyphen: false, ...article });
        items.push({ kind: 'scale', value: scale.value, hyphen: false, ...span(save + 1) });
      } else {
        // Not "a hundred": let the number table try the article as part of a phrase ("a dozen").
        this.i = save;
      }
    }
    let hyphen = false;
    for (;;) {
      const token = this.peek();
      if (token === undefined) break;
      const last = items[items.length - 1];
      const next = this.peek(1);
      const numberNext = next?.kind === 'word' && this.lex.numbers.has(next.text);
      if (last?.kind === 'number' && token.kind === 'dash' && token.joined) {
        // "forty-four": a hyphen between two number words.
        if (!numberNext) break;
        this.i += 1;
        hyphen = true;
        continue;
      }
      if (last?.kind === 'scale' && token.kind === 'word' && token.text === 'and') {
        // "one hundred and six": "and" after a scale word, before a number word.
        if (!numberNext) break;
        joiners.push({ token: this.i, entries: this.entries.length, items: items.length });
        this.i += 1;
        continue;
      }
      const from = this.i;
      const number = this.take(this.lex.numbers, 'numbers');
      if (number) {
        items.push({ kind: 'number', value: number.value, hyphen, ...span(from) });
        hyphen = false;
        continue;
      }
      if (hyphen) {
        // The hyphen led to no number word after all ("twenty-a …"): leave it unread.
        this.i -= 1;
        break;
      }
      if (items.length === 0) break;
      const scale = this.take(this.lex.multipliers, 'multipliers');
      if (!scale) break;
      items.push({ kind: 'scale', value: scale.value, hyphen: false, ...span(from) });
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) {
      this.i = save;
      this.entries.length = saveEntries;
      return undefined;
    }
    const numeral = evaluateNumeral(items, this.text);
    if ('value' in numeral) {
      return { value: numeral.value, start: first.start, end: last.end, entries: [] };
    }
    if (closer === 'and') {
      // "between two hundred and three hundred": the last "and" that leaves a number before it.
      for (const joiner of [...joiners].reverse()) {
        const head = items.slice(0, joiner.items);
        const before = evaluateNumeral(head, this.text);
        const end = head[head.length - 1]?.end;
        if ('value' in before && end !== undefined) {
          this.i = joiner.token;
          this.entries.length = joiner.entries;
          return { value: before.value, start: first.start, end, entries: [] };
        }
      }
    }
    return this.fail('ambiguous-number', first.start, last.end, numeral.why);
  }
}

/** One word of a numeral: a number word ("forty", "сто") or a scale word ("thousand", "тисяч"). */
interface NumeralItem {
  readonly kind: 'number' | 'scale';
  readonly value: number;
  /** Joined to the word before it by a hyphen ("forty-four"). */
  readonly hyphen: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * How much may still be added after a number word of value `v` within one group: "twenty" leaves
 * room for a unit (below 10), "сто" for anything below 100; a unit, a teen ("twelve", "десять")
 * or zero leave none.
 */
function room(v: number): number {
  if (v === 0) return 0;
  const lastTwo = v % 100;
  if (lastTwo >= 10 && lastTwo <= 19) return 1;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}

const isTens = (v: number): boolean => v >= 20 && v <= 90 && v % 10 === 0;

/**
 * The value a run of number and scale words names, or why it names none. The grammar, by value:
 * - with no scale word, each number word must fit in the room the one before it leaves:
 *   "twenty five" (5 < 10), "сто двадцать пять", "one hundred and twelve"; not "five six",
 *   "сто сто", "twenty twelve", "ten five"; a hyphen joins only tens and a unit ("forty-four");
 * - otherwise the largest scale word splits the run at its first occurrence into a multiplier
 *   before it and a remainder after it, each read the same way: the multiplier must be from 1 to
 *   just below the scale ("two hundred", "three hundred thousand", "twelve hundred") and the
 *   remainder, if any, too ("two thousand three hundred"); so "one million million", "two
 *   thousand hundred" and "сто сотен" name no number.
 */
export function evaluateNumeral(
  items: readonly NumeralItem[],
  text: string,
): { readonly value: number } | { readonly why: string } {
  const words = (part: readonly NumeralItem[]) =>
    text.slice(part[0]?.start ?? 0, part[part.length - 1]?.end ?? 0);
  let top = -1;
  items.forEach((item, k) => {
    if (item.kind === 'scale' && (top < 0 || item.value > (items[top]?.value ?? 0))) top = k;
  });
  const scale = items[top];
  if (scale === undefined) {
    let total = 0;
    let previous: NumeralItem | undefined;
    for (const item of items) {
      if (previous !== undefined) {
        const v = item.value;
        if (v < 1 || v >= room(previous.value)) {
          return { why: messages.numberWordsSideBySide(words([previous]), words([item])) };
        }
        if (item.hyphen && !(isTens(previous.value % 100) && v <= 9)) {
          return { why: messages.hyphenNotTensAndUnit(words([previous]), words([item])) };
        }
      }
      total += item.value;
      previous = item;
    }
    return { value: total };
  }
  const name = words([scale]);
  const before = items.slice(0, top);
  const after = items.slice(top + 1);
  if (before.length === 0) return { why: messages.scaleWithoutNumber(name) };
  const multiplier = evaluateNumeral(before, text);
  if (!('value' in multiplier)) return multiplier;
  if (multiplier.value < 1 || multiplier.value >= scale.value) {
    return {
      why: messages.scaleCoefficient(name, words(before), multiplier.value, scale.value),
    };
  }
  let remainder = 0;
  if (after.length > 0) {
    const rest = evaluateNumeral(after, text);
    if (!('value' in rest)) return rest;
    if (rest.value < 1 || rest.value >= scale.value) {
      return { why: messages.scaleRemainder(name, words(after), rest.value, scale.value) };
    }
    remainder = rest.value;
  }
  return { value: multiplier.value * scale.value + remainder };
}

function describeValue(value: unknown): string {
  if (value === true) return '';
  if (typeof value === 'object' && value !== null) {
    const range = value as LexiconRange;
    return ` = ${range.low}..${range.high === null ? 'open' : range.high}`;
  }
  return ` = ${String(value)}`;
}

/** Reads `text` with `lexicon`; returns the reading or the issue that stopped it. */
export function readPhrase(text: string, lexicon: Lexicon): Reading | PhraseIssue {
  const trimmed = text.trim();
  if (trimmed === '') {
    return {
      path: [],
      code: 'unreadable-phrase',
      message: messages.phraseEmpty(),
      part: text,
      start: 0,
      end: text.length,
    };
  }
  const lex = compile(lexicon);
  const tokens = tokenize(text, lex.words);
  try {
    return new Parser(text, tokens, lex).read();
  } catch (error) {
    if (error instanceof Unreadable) return error.issue;
    throw error;
  }
}
